using System.Globalization;

namespace Parley.Protocols.StackedAlternatingOffers;

/// <summary>
/// The rules of one Stacked Alternating Offers negotiation (GENIUS/GeniusWeb SAOP, as run at ANAC): how many parties,
/// how many outcomes, the deadline, and an optional limit on each turn. Immutable.
/// </summary>
public sealed record StackedAlternatingOffersSettings
{
    /// <summary>Creates the settings.</summary>
    public StackedAlternatingOffersSettings(int parties, long outcomeCount, Deadline deadline, TimeSpan? turnTimeLimit = null)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        if (parties < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(parties), parties, "A negotiation needs at least 2 parties.");
        }

        if (outcomeCount < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(outcomeCount), outcomeCount, "The outcome space is empty.");
        }

        if (turnTimeLimit is { } limit && limit <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(turnTimeLimit), turnTimeLimit, "The per-turn time limit must be positive.");
        }

        Parties = parties;
        OutcomeCount = outcomeCount;
        Deadline = deadline;
        TurnTimeLimit = turnTimeLimit;
    }

    /// <summary>How many parties take turns, in seat order 0, 1, …, Parties − 1, 0, ….</summary>
    public int Parties { get; }

    /// <summary>How many outcomes there are (offers are dense indices below this).</summary>
    public long OutcomeCount { get; }

    /// <summary>When the negotiation must end.</summary>
    public Deadline Deadline { get; }

    /// <summary>How long one turn may take, if limited.</summary>
    public TimeSpan? TurnTimeLimit { get; }

    /// <summary>The total number of turns a rounds deadline allows, or null without one.</summary>
    public long? TurnBudget => Deadline.Rounds is { } rounds ? (long)rounds * Parties : null;

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"SAOP, {Parties} parties, {OutcomeCount:N0} outcomes, deadline {Deadline}");
}
