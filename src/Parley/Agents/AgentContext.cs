using Parley.Outcomes;
using Parley.Preferences;
using Parley.Protocols.StackedAlternatingOffers;
using Parley.Scenarios;

namespace Parley.Agents;

/// <summary>
/// What an agent knows from the start of a negotiation: its seat, its own preferences (never an opponent's), the rules,
/// and a random source seeded for it alone. Immutable.
/// </summary>
public sealed class AgentContext
{
    private Random? _random;

    /// <summary>Creates the context.</summary>
    public AgentContext(int seat, Party party, UtilityIndex index, StackedAlternatingOffersSettings settings, int seed)
    {
        ArgumentNullException.ThrowIfNull(party);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(settings);
        if (!ReferenceEquals(index.Utility, party.Utility))
        {
            throw new ArgumentException($"The utility index is not party '{party.Name}''s.", nameof(index));
        }

        Seat = seat;
        Party = party;
        Index = index;
        Settings = settings;
        Seed = seed;
    }

    /// <summary>The agent's seat (0-based turn position).</summary>
    public int Seat { get; }

    /// <summary>How many parties negotiate.</summary>
    public int PartyCount => Settings.Parties;

    /// <summary>The agent's own preferences: utility function, reservation value and discount.</summary>
    public Party Party { get; }

    /// <summary>The outcome space.</summary>
    public OutcomeSpace Space => Party.Utility.Space;

    /// <summary>The agent's own utilities, looked up and pre-sorted.</summary>
    public UtilityIndex Index { get; }

    /// <summary>The protocol's rules, deadline included.</summary>
    public StackedAlternatingOffersSettings Settings { get; }

    /// <summary>The seed this agent's random source was built from (derived from the negotiation's seed and the seat).</summary>
    public int Seed { get; }

    /// <summary>
    /// The agent's own random source: the only randomness an agent may use, so runs are reproducible. Built on first use
    /// (deterministic agents never pay for it).
    /// </summary>
    public Random Random => _random ??= new Random(Seed);

    /// <summary>The agent's reservation value (undiscounted).</summary>
    public double ReservationValue => Party.ReservationValue;

    /// <summary>The agent's undiscounted utility of an outcome.</summary>
    public double UtilityOf(long outcome) => Index.UtilityOf(outcome);
}
