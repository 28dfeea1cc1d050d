using Parley.Protocols;

namespace Parley.Negotiations;

/// <summary>One action of a negotiation as it happened.</summary>
/// <param name="Turn">The turn number (0-based).</param>
/// <param name="Round">The round (0-based; every party acting once is a round).</param>
/// <param name="Time">Normalised time t ∈ [0, 1] when the party acted.</param>
/// <param name="Actor">The party's seat.</param>
/// <param name="Kind">What it did.</param>
/// <param name="Outcome">The offered outcome's dense index; −1 for accepts and walk-aways.</param>
public readonly record struct TraceEntry(long Turn, long Round, double Time, int Actor, ActionKind Kind, long Outcome)
{
    /// <summary>The entry as a protocol action.</summary>
    public NegotiationAction Action => new(Kind, Actor, Outcome);
}
