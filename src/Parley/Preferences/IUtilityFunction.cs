using Parley.Outcomes;

namespace Parley.Preferences;

/// <summary>
/// A party's preferences over the outcomes of one <see cref="OutcomeSpace"/>: an undiscounted utility per outcome.
/// Implementations are immutable and safe to call from several threads.
/// </summary>
public interface IUtilityFunction
{
    /// <summary>The outcome space the function is defined on.</summary>
    OutcomeSpace Space { get; }

    /// <summary>The utility of one outcome, given by its value indices.</summary>
    double Utility(ReadOnlySpan<int> valueIndices);

    /// <summary>
    /// Writes the utilities of the outcomes with dense indices <paramref name="firstIndex"/> ..
    /// <paramref name="firstIndex"/> + <c>destination.Length</c> − 1. This is the analysis hot path:
    /// implementations should beat calling <see cref="Utility"/> per outcome.
    /// </summary>
    void Evaluate(long firstIndex, Span<double> destination);
}
