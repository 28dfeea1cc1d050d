using Parley.Protocols;

namespace Parley.Agents.Boa;

/// <summary>
/// An agent assembled from a bidding strategy, an acceptance strategy and an optional opponent model, as in GENIUS's BOA
/// framework (Baarslag, Hindriks, Hendrikx, Dirkzwager and Jonker 2014, "Decoupling negotiating agents to explore the
/// space of negotiation strategies"). On its turn it asks the bidding strategy for its next bid; when another party's
/// offer is on the table, the acceptance strategy then accepts it, rejects it (the agent offers the bid) or walks away.
/// Every observed offer by another party goes to the opponent model first, then every action to the bidding and
/// acceptance strategies. The agent itself allocates nothing per turn.
/// </summary>
/// <example>
/// <code>
/// var model = OpponentModels.Frequency();
/// var agent = new BoaAgent(
///     "MyTradeOff",
///     Bidders.TradeOff(ConcessionTactics.TimeDependent(0.2), band: 0.02),
///     AcceptanceConditions.Combi(0.98, CombiThreshold.MaxInWindow),
///     model);
/// </code>
/// </example>
public sealed class BoaAgent : Agent
{
    private readonly string _name;
    private readonly bool _oneComponent;

    /// <summary>Assembles the agent; a component that is both the bidding and the acceptance strategy is fine.</summary>
    public BoaAgent(string name, IBiddingStrategy bidding, IAcceptanceStrategy acceptance, IOpponentModel? opponentModel = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(bidding);
        ArgumentNullException.ThrowIfNull(acceptance);
        _name = name;
        Bidding = bidding;
        Acceptance = acceptance;
        OpponentModel = opponentModel;
        _oneComponent = ReferenceEquals(bidding, acceptance);
    }

    /// <inheritdoc />
    public override string Name => _name;

    /// <summary>The bidding strategy.</summary>
    public IBiddingStrategy Bidding { get; }

    /// <summary>The acceptance strategy.</summary>
    public IAcceptanceStrategy Acceptance { get; }

    /// <summary>The opponent model, if any.</summary>
    public IOpponentModel? OpponentModel { get; }

    /// <inheritdoc />
    public override void Start(AgentContext context)
    {
        base.Start(context);
        OpponentModel?.Start(context);
        Bidding.Start(context, OpponentModel);
        if (!_oneComponent)
        {
            Acceptance.Start(context, OpponentModel);
        }
    }

    /// <inheritdoc />
    public override NegotiationAction Act(NegotiationView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var bid = Bidding.NextBid(view);
        if (view.HasOpponentOffer)
        {
            switch (Acceptance.Decide(view, bid))
            {
                case AcceptanceDecision.Accept:
                    return NegotiationAction.Accept(view.Seat);
                case AcceptanceDecision.EndNegotiation:
                    return NegotiationAction.EndNegotiation(view.Seat);
            }
        }

        return NegotiationAction.Offer(view.Seat, bid);
    }

    /// <inheritdoc />
    public override void Observe(NegotiationAction action, NegotiationView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (OpponentModel is not null && action.Kind == ActionKind.Offer && action.Actor != view.Seat)
        {
            OpponentModel.Update(action.Outcome, view);
        }

        Bidding.Observe(action, view);
        if (!_oneComponent)
        {
            Acceptance.Observe(action, view);
        }
    }
}
