using Parley.Protocols;

namespace Parley.Agents;

/// <summary>
/// What an agent sees when it is asked to act: its <see cref="AgentContext"/>, the progress of the negotiation, the offer
/// on the table and the history. Read-only for the agent; the runner updates one view per seat in place between turns,
/// so a negotiation allocates nothing per turn. Never exposes the protocol object or another party's preferences.
/// </summary>
public sealed class NegotiationView
{
    private readonly NegotiationHistory _history;

    internal NegotiationView(AgentContext context, NegotiationHistory history)
    {
        Context = context;
        _history = history;
        CurrentOffer = -1;
        CurrentOfferer = -1;
    }

    /// <summary>The agent's own seat, preferences, rules and random source.</summary>
    public AgentContext Context { get; }

    /// <summary>The agent's seat.</summary>
    public int Seat => Context.Seat;

    /// <summary>
    /// Normalised time t ∈ [0, 1]: the larger of the rounds and the time-limit progress. In <see cref="Agent.Act"/> it is
    /// the time of this turn; in <see cref="Agent.Observe"/> the time at which the observed action was taken.
    /// </summary>
    public double Time { get; internal set; }

    /// <summary>The round in progress (0-based).</summary>
    public long Round { get; internal set; }

    /// <summary>How many turns have been taken so far.</summary>
    public long TurnsTaken { get; internal set; }

    /// <summary>The offer on the table (dense index), or −1.</summary>
    public long CurrentOffer { get; internal set; }

    /// <summary>Who made the offer on the table, or −1.</summary>
    public int CurrentOfferer { get; internal set; }

    /// <summary>Whether there is an offer on the table made by someone else.</summary>
    public bool HasOpponentOffer => CurrentOffer >= 0 && CurrentOfferer != Seat;

    /// <summary>Every action so far, in order.</summary>
    public ReadOnlySpan<NegotiationAction> History => _history.Actions;

    /// <summary>The agent's own undiscounted utility of an outcome.</summary>
    public double UtilityOf(long outcome) => Context.Index.UtilityOf(outcome);

    /// <summary>The agent's utility of an outcome discounted to the current time.</summary>
    public double DiscountedUtilityOf(long outcome) => Context.Party.Discount.Apply(UtilityOf(outcome), Time);

    /// <summary>The agent's reservation value discounted to the current time.</summary>
    public double DiscountedReservationValue => Context.Party.DiscountedReservationValue(Time);
}
