using System.Globalization;

namespace Parley.Analysis;

/// <summary>
/// What <see cref="ScenarioAnalyzer.Analyze"/> should do. A plain mutable bag that binds from the CLI or JSON;
/// <see cref="Validate"/> checks it once, and the analyzer never changes it.
/// </summary>
public sealed class AnalysisOptions
{
    /// <summary>
    /// The default <see cref="MaxEnumeratedOutcomes"/>: 2·10^7 outcomes. Enumeration holds one 8-byte utility per
    /// outcome and party plus at most about 24 bytes per outcome of sort scratch, so 4 parties at 2·10^7 outcomes stay
    /// near 1.2 GB, inside 2 GiB.
    /// </summary>
    public const long DefaultMaxEnumeratedOutcomes = 20_000_000;

    /// <summary>The method; <see cref="AnalysisMethod.Auto"/> by default.</summary>
    public AnalysisMethod Method { get; set; } = AnalysisMethod.Auto;

    /// <summary>How many distinct outcomes to draw when <see cref="Method"/> is <see cref="AnalysisMethod.Sampling"/> (all of them when the space is smaller).</summary>
    public long SampleSize { get; set; }

    /// <summary>The seed of the sample and of the outcome cloud (the cloud uses a seed derived from it).</summary>
    public int Seed { get; set; }

    /// <summary>How many outcomes' utility vectors to return for plotting (all of them when the space is smaller); 0 for none.</summary>
    public int CloudSize { get; set; }

    /// <summary>The largest outcome space (or sample) evaluated in memory; <see cref="DefaultMaxEnumeratedOutcomes"/> by default.</summary>
    public long MaxEnumeratedOutcomes { get; set; } = DefaultMaxEnumeratedOutcomes;

    /// <summary>The most threads a pass may use; −1 (the default) for as many as the machine has.</summary>
    public int MaxDegreeOfParallelism { get; set; } = -1;

    /// <summary>The most partial outcomes the linear-additive merge may keep after an issue before it gives up.</summary>
    internal int MaxMergePoints { get; set; } = Analysis.LinearAdditiveMerge.DefaultMaxPoints;

    /// <summary>
    /// Throws <see cref="ArgumentException"/> naming the first invalid field. <see cref="ScenarioAnalyzer.Analyze"/>
    /// calls it; call it yourself to fail early.
    /// </summary>
    public void Validate()
    {
        if (!Enum.IsDefined(Method))
        {
            throw Invalid(nameof(Method), $"must be one of {string.Join(", ", Enum.GetNames<AnalysisMethod>())} (got {(int)Method})");
        }

        if (MaxEnumeratedOutcomes < 1 || MaxEnumeratedOutcomes > Array.MaxLength)
        {
            throw Invalid(nameof(MaxEnumeratedOutcomes), $"must be between 1 and {Array.MaxLength:N0} (got {MaxEnumeratedOutcomes:N0})");
        }

        if (SampleSize < 0)
        {
            throw Invalid(nameof(SampleSize), $"must be ≥ 0 (got {SampleSize:N0})");
        }

        if (Method == AnalysisMethod.Sampling && SampleSize < 1)
        {
            throw Invalid(nameof(SampleSize), $"must be ≥ 1 when Method is Sampling (got {SampleSize:N0})");
        }

        if (SampleSize > MaxEnumeratedOutcomes)
        {
            throw Invalid(
                nameof(SampleSize),
                $"must be at most MaxEnumeratedOutcomes = {MaxEnumeratedOutcomes:N0}, the in-memory budget (got {SampleSize:N0})");
        }

        if (CloudSize < 0 || CloudSize > MaxEnumeratedOutcomes)
        {
            throw Invalid(nameof(CloudSize), $"must be between 0 and MaxEnumeratedOutcomes = {MaxEnumeratedOutcomes:N0} (got {CloudSize:N0})");
        }

        if (MaxDegreeOfParallelism is 0 or < -1)
        {
            throw Invalid(nameof(MaxDegreeOfParallelism), $"must be −1 (all cores) or ≥ 1 (got {MaxDegreeOfParallelism})");
        }

        if (MaxMergePoints < 1)
        {
            throw Invalid(nameof(MaxMergePoints), $"must be ≥ 1 (got {MaxMergePoints})");
        }
    }

    private static ArgumentException Invalid(string field, FormattableString problem) =>
        new($"AnalysisOptions.{field} {problem.ToString(CultureInfo.InvariantCulture)}.");
}
