using System.Globalization;

namespace Parley.Protocols;

/// <summary>
/// One party's move: an offer (of an outcome, by dense index), an acceptance of the current offer, or a walk-away.
/// Immutable and a value type, so a negotiation allocates nothing per move.
/// </summary>
/// <param name="Kind">What the party does.</param>
/// <param name="Actor">The party's seat (0-based position in the turn order).</param>
/// <param name="Outcome">The offered outcome's dense index; −1 for accepts and walk-aways.</param>
public readonly record struct NegotiationAction(ActionKind Kind, int Actor, long Outcome)
{
    /// <summary>An offer of the outcome with dense index <paramref name="outcome"/>.</summary>
    public static NegotiationAction Offer(int actor, long outcome) => new(ActionKind.Offer, actor, outcome);

    /// <summary>An acceptance of the offer on the table.</summary>
    public static NegotiationAction Accept(int actor) => new(ActionKind.Accept, actor, -1);

    /// <summary>A walk-away.</summary>
    public static NegotiationAction EndNegotiation(int actor) => new(ActionKind.EndNegotiation, actor, -1);

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        ActionKind.Offer => string.Create(CultureInfo.InvariantCulture, $"party {Actor} offers #{Outcome}"),
        ActionKind.Accept => string.Create(CultureInfo.InvariantCulture, $"party {Actor} accepts"),
        _ => string.Create(CultureInfo.InvariantCulture, $"party {Actor} walks away"),
    };
}
