using System.Collections.Immutable;
using Parley.Outcomes;

namespace Parley.Analysis;

/// <summary>One outcome with its utility for every party, in party order. Compared by value.</summary>
/// <param name="Outcome">The outcome.</param>
/// <param name="Utilities">Its (undiscounted) utility for each party, in the scenario's party order.</param>
public sealed record AnalysisPoint(Outcome Outcome, ImmutableArray<double> Utilities)
{
    /// <summary>The social welfare Σⱼ uⱼ, summed in party order (computed on each call, so <c>with</c> copies stay right).</summary>
    public double Welfare => BargainingSolutions.Welfare(Utilities.AsSpan());

    /// <inheritdoc />
    public bool Equals(AnalysisPoint? other) =>
        other is not null && Outcome.Equals(other.Outcome) && Utilities.AsSpan().SequenceEqual(other.Utilities.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Outcome);
        foreach (var u in Utilities)
        {
            hash.Add(u);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Outcome} → ({string.Join(", ", Utilities.Select(u => u.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))})";
}
