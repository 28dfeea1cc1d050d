using Parley.Protocols;

namespace Parley.Agents.Boa;

/// <summary>
/// The acceptance strategy of the BOA architecture (Baarslag et al. 2014, "Decoupling negotiating agents to explore the
/// space of negotiation strategies"; the standard conditions are from Baarslag, Hindriks and Jonker 2014, "Effective
/// acceptance conditions in multi-issue negotiation"): decides whether to accept the offer on the table.
/// </summary>
public interface IAcceptanceStrategy
{
    /// <summary>Prepares for a new negotiation; <paramref name="opponentModel"/> is the agent's model, or null.</summary>
    void Start(AgentContext context, IOpponentModel? opponentModel);

    /// <summary>Hears about every action (the agent's own included), after it took effect.</summary>
    void Observe(NegotiationAction action, NegotiationView view)
    {
    }

    /// <summary>
    /// Decides about <see cref="NegotiationView.CurrentOffer"/>, an offer by another party. <paramref name="nextBid"/> is
    /// what the bidding strategy would offer instead on this turn.
    /// </summary>
    AcceptanceDecision Decide(NegotiationView view, long nextBid);
}
