using System.Globalization;

namespace Parley.Protocols.StackedAlternatingOffers;

/// <summary>
/// The state of a Stacked Alternating Offers negotiation: a pure, immutable value. <see cref="Apply"/> returns the next
/// state or the rule the action broke; nothing changes in place, and nothing is allocated for a legal action.
/// <para>
/// The rules: parties act in a fixed cyclic order starting with seat 0; on its turn a party offers an outcome (it becomes
/// the current offer), accepts the current offer, or ends the negotiation. The first party must offer (there is nothing
/// to accept). When every other party has accepted the current offer in turn, that offer is the agreement. A rounds
/// deadline ends the negotiation after every party has had that many turns.
/// </para>
/// </summary>
public readonly record struct StackedAlternatingOffersState
{
    private StackedAlternatingOffersState(
        StackedAlternatingOffersSettings settings, long turnsTaken, long currentOffer, int currentOfferer, int acceptances, NegotiationEnd end, int endedBy)
    {
        Settings = settings;
        TurnsTaken = turnsTaken;
        CurrentOffer = currentOffer;
        CurrentOfferer = currentOfferer;
        Acceptances = acceptances;
        End = end;
        EndedBy = endedBy;
    }

    /// <summary>The rules.</summary>
    public StackedAlternatingOffersSettings Settings { get; }

    /// <summary>How many turns have been taken.</summary>
    public long TurnsTaken { get; }

    /// <summary>The round in progress (0-based): every party acting once is one round.</summary>
    public long Round => TurnsTaken / Settings.Parties;

    /// <summary>The seat whose turn it is.</summary>
    public int NextActor => (int)(TurnsTaken % Settings.Parties);

    /// <summary>The dense index of the offer on the table, or −1 when there is none.</summary>
    public long CurrentOffer { get; }

    /// <summary>Who made the current offer, or −1.</summary>
    public int CurrentOfferer { get; }

    /// <summary>How many parties in a row have accepted the current offer.</summary>
    public int Acceptances { get; }

    /// <summary>How the negotiation ended, or <see cref="NegotiationEnd.Ongoing"/>.</summary>
    public NegotiationEnd End { get; }

    /// <summary>Whether the negotiation is over.</summary>
    public bool IsOver => End != NegotiationEnd.Ongoing;

    /// <summary>Who ended it: the walker-away, or the party that broke a rule; −1 otherwise.</summary>
    public int EndedBy { get; }

    /// <summary>The agreed outcome's dense index, or −1 when there is no agreement.</summary>
    public long Agreement => End == NegotiationEnd.Agreement ? CurrentOffer : -1;

    /// <summary>Progress toward a rounds deadline in [0, 1]: turns taken over the turn budget (0 without one).</summary>
    public double RoundProgress => Settings.TurnBudget is { } budget ? Math.Min(1.0, TurnsTaken / (double)budget) : 0.0;

    /// <summary>The state before the first turn.</summary>
    public static StackedAlternatingOffersState Start(StackedAlternatingOffersSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new(settings, 0, -1, -1, 0, NegotiationEnd.Ongoing, -1);
    }

    /// <summary>Applies one party's action: the next state, or the rule it breaks (the state is then unchanged).</summary>
    public ProtocolStep<StackedAlternatingOffersState> Apply(NegotiationAction action)
    {
        if (IsOver)
        {
            return Refuse(action, ProtocolRule.NegotiationOver, $"the negotiation already ended ({End})");
        }

        if (action.Actor != NextActor)
        {
            return Refuse(action, ProtocolRule.NotYourTurn, string.Create(CultureInfo.InvariantCulture, $"it is party {NextActor}'s turn"));
        }

        var offer = CurrentOffer;
        var offerer = CurrentOfferer;
        var acceptances = Acceptances;
        var end = NegotiationEnd.Ongoing;
        var endedBy = -1;
        switch (action.Kind)
        {
            case ActionKind.Offer:
                if (action.Outcome < 0 || action.Outcome >= Settings.OutcomeCount)
                {
                    return Refuse(
                        action,
                        ProtocolRule.OfferOutsideOutcomeSpace,
                        string.Create(CultureInfo.InvariantCulture, $"outcome #{action.Outcome} is not in 0..{Settings.OutcomeCount - 1}"));
                }

                offer = action.Outcome;
                offerer = action.Actor;
                acceptances = 0;
                break;

            case ActionKind.Accept:
                if (offer < 0)
                {
                    return Refuse(action, ProtocolRule.AcceptWithoutOffer, "there is no offer on the table to accept");
                }

                acceptances++;
                if (acceptances == Settings.Parties - 1)
                {
                    end = NegotiationEnd.Agreement;
                }

                break;

            case ActionKind.EndNegotiation:
                end = NegotiationEnd.WalkAway;
                endedBy = action.Actor;
                break;

            default:
                return Refuse(action, ProtocolRule.UnknownAction, string.Create(CultureInfo.InvariantCulture, $"action kind {(int)action.Kind} is not an offer, accept or walk-away"));
        }

        var turns = TurnsTaken + 1;
        if (end == NegotiationEnd.Ongoing && turns >= Settings.TurnBudget)
        {
            end = NegotiationEnd.Deadline;
        }

        return ProtocolStep.Legal(new StackedAlternatingOffersState(Settings, turns, offer, offerer, acceptances, end, endedBy));
    }

    /// <summary>Ends the negotiation because its time limit passed (the caller reads the clock).</summary>
    public StackedAlternatingOffersState WithTimeDeadline() =>
        IsOver ? this : new(Settings, TurnsTaken, CurrentOffer, CurrentOfferer, Acceptances, NegotiationEnd.Deadline, -1);

    /// <summary>Ends the negotiation as a failure caused by <paramref name="actor"/> (a broken rule, a crash, a timeout).</summary>
    public StackedAlternatingOffersState WithFailure(int actor) =>
        IsOver ? this : new(Settings, TurnsTaken, CurrentOffer, CurrentOfferer, Acceptances, NegotiationEnd.Failure, actor);

    private ProtocolStep<StackedAlternatingOffersState> Refuse(NegotiationAction action, ProtocolRule rule, string message) =>
        ProtocolStep.Illegal(this, new ProtocolViolation(action.Actor, rule, message));
}
