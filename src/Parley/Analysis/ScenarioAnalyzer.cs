using System.Collections.Immutable;
using System.Globalization;
using Parley.Outcomes;
using Parley.Preferences;
using Parley.Scenarios;

namespace Parley.Analysis;

/// <summary>
/// Finds a scenario's Pareto frontier, Nash and Kalai–Smorodinsky solutions and maximum social welfare, exactly
/// (by enumeration or by merging linear-additive contributions) or on a seeded sample. See docs/analysis.md.
/// </summary>
public static class ScenarioAnalyzer
{
    /// <summary>
    /// Analyses <paramref name="scenario"/> (at least 2 parties). <see cref="AnalysisMethod.Auto"/> merges when every
    /// party is purely linear-additive, else enumerates when the space fits
    /// <see cref="AnalysisOptions.MaxEnumeratedOutcomes"/>, else throws <see cref="AnalysisTooLargeException"/>.
    /// </summary>
    /// <exception cref="ArgumentException">Invalid options, fewer than 2 parties, or an explicit merge on parties it does not apply to.</exception>
    /// <exception cref="AnalysisTooLargeException">The exact analysis does not fit its limits; sample instead.</exception>
    public static ScenarioAnalysis Analyze(Scenario scenario, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        options ??= new AnalysisOptions();
        options.Validate();
        if (scenario.Parties.Length < 2)
        {
            throw new ArgumentException(
                $"Scenario '{scenario.Name}' has {scenario.Parties.Length} part{(scenario.Parties.Length == 1 ? "y" : "ies")}; analysis needs at least 2.",
                nameof(scenario));
        }

        var run = options.Method switch
        {
            AnalysisMethod.Enumeration => Enumerate(scenario, options, reason: null),
            AnalysisMethod.LinearAdditiveMerge => MergeOrThrow(scenario, options),
            AnalysisMethod.HyperRectangleSearch => SearchOrThrow(scenario, options),
            AnalysisMethod.Sampling => Sample(scenario, options),
            _ => Choose(scenario, options),
        };

        return Assemble(scenario, options, run);
    }

    private static Run Choose(Scenario scenario, AnalysisOptions options)
    {
        var functions = PurelyAdditiveFunctions(scenario, out var reason);
        if (functions is not null)
        {
            var merge = new LinearAdditiveMerge(scenario.Space, functions, options.MaxMergePoints);
            var frontier = merge.TryCompute(options.MaxDegreeOfParallelism, out var failure);
            if (frontier is not null)
            {
                return new Run(AnalysisMethod.LinearAdditiveMerge, frontier, 0, null, "every party is purely linear-additive");
            }

            reason = $"the linear-additive merge gave up: {failure}";
        }

        if (scenario.Space.Cardinality > options.MaxEnumeratedOutcomes && HyperRectangleFunctions(scenario, out _) is { } rectangles)
        {
            var search = new HyperRectangleSearch(scenario.Space, rectangles, options.MaxMergePoints);
            var found = search.TryCompute(options.MaxDegreeOfParallelism, out var failure);
            if (found is not null)
            {
                return new Run(
                    AnalysisMethod.HyperRectangleSearch,
                    found,
                    0,
                    null,
                    "every party is a hyper-rectangle sum and the space is too large to enumerate");
            }

            reason = $"{reason}, and {failure}";
        }

        return Enumerate(scenario, options, reason);
    }

    private static Run SearchOrThrow(Scenario scenario, AnalysisOptions options)
    {
        var functions = HyperRectangleFunctions(scenario, out var reason)
            ?? throw new ArgumentException($"Method HyperRectangleSearch is exact only for hyper-rectangle utilities, but {reason}. Use Enumeration or Auto.");
        var frontier = new HyperRectangleSearch(scenario.Space, functions, options.MaxMergePoints).TryCompute(options.MaxDegreeOfParallelism, out var failure)
            ?? throw new AnalysisTooLargeException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Scenario '{scenario.Name}' has {scenario.Space.Cardinality:N0} outcomes and {failure}. Analyse a sample instead: set AnalysisOptions.Method = Sampling with a SampleSize (say 1,000,000) and a Seed."),
                scenario.Space.Cardinality);
        return new Run(AnalysisMethod.HyperRectangleSearch, frontier, 0, null, "asked for");
    }

    /// <summary>Every party's function when all are hyper-rectangle sums; else null and why not.</summary>
    private static HyperRectangleUtilityFunction[]? HyperRectangleFunctions(Scenario scenario, out string? reason)
    {
        var functions = new HyperRectangleUtilityFunction[scenario.Parties.Length];
        for (var j = 0; j < functions.Length; j++)
        {
            if (scenario.Parties[j].Utility is not HyperRectangleUtilityFunction rectangles)
            {
                reason = $"party '{scenario.Parties[j].Name}' has a {scenario.Parties[j].Utility.GetType().Name}, not a hyper-rectangle utility function";
                return null;
            }

            functions[j] = rectangles;
        }

        reason = null;
        return functions;
    }

    private static Run MergeOrThrow(Scenario scenario, AnalysisOptions options)
    {
        var functions = PurelyAdditiveFunctions(scenario, out var reason)
            ?? throw new ArgumentException(
                $"Method LinearAdditiveMerge is exact only for linear-additive utilities whose cap at 1 never binds, but {reason}. " +
                "Use Enumeration or Auto.");
        var merge = new LinearAdditiveMerge(scenario.Space, functions, options.MaxMergePoints);
        var frontier = merge.TryCompute(options.MaxDegreeOfParallelism, out var failure)
            ?? throw TooLarge(scenario, options, $"the linear-additive merge gave up: {failure}");
        return new Run(AnalysisMethod.LinearAdditiveMerge, frontier, 0, null, "asked for");
    }

    private static Run Enumerate(Scenario scenario, AnalysisOptions options, string? reason)
    {
        var space = scenario.Space;
        if (space.Cardinality > options.MaxEnumeratedOutcomes)
        {
            throw TooLarge(scenario, options, reason);
        }

        var columns = new double[scenario.Parties.Length][];
        for (var j = 0; j < columns.Length; j++)
        {
            columns[j] = UtilityColumn.Evaluate(scenario.Parties[j].Utility, options.MaxDegreeOfParallelism);
        }

        var items = ParetoFrontier.Compute(columns, options.MaxDegreeOfParallelism);
        var frontier = FrontierPoints.FromColumns(columns, items, item => space.OutcomeAt(item));
        return new Run(AnalysisMethod.Enumeration, frontier, 0, columns, reason is null ? "asked for" : $"the exact merge does not apply: {reason}");
    }

    private static Run Sample(Scenario scenario, AnalysisOptions options)
    {
        var space = scenario.Space;
        var maxDop = options.MaxDegreeOfParallelism;
        double[][] columns;
        Func<int, Outcome> outcomeOf;
        if (space.IsIndexable)
        {
            var indices = OutcomeSampler.SampleIndices(space.Count, options.SampleSize, options.Seed);
            columns = [.. scenario.Parties.Select(p => OutcomeEvaluation.Evaluate(p.Utility, indices, maxDop))];
            outcomeOf = item => space.OutcomeAt(indices[item]);
        }
        else
        {
            var outcomes = OutcomeSampler.SampleOutcomes(space, (int)options.SampleSize, options.Seed);
            columns = [.. scenario.Parties.Select(p => OutcomeEvaluation.Evaluate(p.Utility, outcomes, maxDop))];
            outcomeOf = item => outcomes[item];
        }

        var items = ParetoFrontier.Compute(columns, maxDop);
        var frontier = FrontierPoints.FromColumns(columns, items, outcomeOf);
        var whole = space.Cardinality == columns[0].Length;
        return new Run(AnalysisMethod.Sampling, frontier, columns[0].Length, whole ? columns : null, "asked for");
    }

    private static ScenarioAnalysis Assemble(Scenario scenario, AnalysisOptions options, Run run)
    {
        var frontier = run.Frontier;
        var k = frontier.Parties;
        var reservation = scenario.Parties.Select(p => p.ReservationValue).ToImmutableArray();
        var points = new AnalysisPoint[frontier.Count];
        for (var t = 0; t < points.Length; t++)
        {
            points[t] = new AnalysisPoint(frontier.Outcomes[t], ImmutableArray.Create(frontier.Utilities, t * k, k));
        }

        var nash = BargainingSolutions.Nash(frontier.Utilities, k, reservation.AsSpan(), frontier.TieKeys);
        var ks = BargainingSolutions.KalaiSmorodinsky(frontier.Utilities, k, reservation.AsSpan(), frontier.TieKeys);
        var welfare = BargainingSolutions.MaxWelfare(frontier.Utilities, k, frontier.TieKeys);
        var cloud = OutcomeCloud.Build(scenario, options.CloudSize, OutcomeCloud.DeriveSeed(options.Seed), run.WholeSpaceColumns, options.MaxDegreeOfParallelism);
        return new ScenarioAnalysis(
            scenario,
            run.Method,
            run.MethodReason,
            run.SampleSize,
            reservation,
            [.. points],
            nash < 0 ? null : points[nash],
            ks < 0 ? null : points[ks],
            points[welfare],
            cloud);
    }

    /// <summary>Every party's function when all are linear-additive with a cap that never binds; else null and why not.</summary>
    private static LinearAdditiveUtilityFunction[]? PurelyAdditiveFunctions(Scenario scenario, out string? reason)
    {
        var functions = new LinearAdditiveUtilityFunction[scenario.Parties.Length];
        for (var j = 0; j < functions.Length; j++)
        {
            var party = scenario.Parties[j];
            if (party.Utility is not LinearAdditiveUtilityFunction linear)
            {
                reason = $"party '{party.Name}' has a {party.Utility.GetType().Name}, not a linear-additive utility function";
                return null;
            }

            if (!linear.IsPurelyAdditive)
            {
                reason = string.Create(
                    CultureInfo.InvariantCulture,
                    $"party '{party.Name}' has contributions summing to up to {linear.MaximumUncappedUtility:R}, so its cap at 1 binds");
                return null;
            }

            functions[j] = linear;
        }

        reason = null;
        return functions;
    }

    private static AnalysisTooLargeException TooLarge(Scenario scenario, AnalysisOptions options, string? reason)
    {
        var why = reason is null
            ? "Method Enumeration was asked for"
            : $"the exact linear-additive merge does not apply: {reason}";
        return new AnalysisTooLargeException(
            string.Create(
                CultureInfo.InvariantCulture,
                $"Scenario '{scenario.Name}' has {scenario.Space.Cardinality:N0} outcomes, more than " +
                $"AnalysisOptions.MaxEnumeratedOutcomes = {options.MaxEnumeratedOutcomes:N0} can enumerate in memory, and {why}. " +
                $"Analyse a sample instead: set AnalysisOptions.Method = Sampling with a SampleSize (say 1,000,000) and a Seed."),
            scenario.Space.Cardinality);
    }

    /// <summary>What one method produced: the frontier, the sample size, and utility columns when they cover the whole space.</summary>
    private sealed record Run(AnalysisMethod Method, FrontierPoints Frontier, long SampleSize, double[][]? WholeSpaceColumns, string MethodReason);
}
