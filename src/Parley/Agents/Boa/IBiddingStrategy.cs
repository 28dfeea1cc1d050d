using Parley.Protocols;

namespace Parley.Agents.Boa;

/// <summary>
/// The bidding (offering) strategy of the BOA architecture (Baarslag et al. 2014, "Decoupling negotiating agents to
/// explore the space of negotiation strategies"): chooses the outcome the agent offers next.
/// <para>
/// <see cref="NextBid"/> is asked on every turn <em>before</em> the acceptance strategy decides (acceptance conditions
/// such as AC_next compare the offer on the table with it), so the bid may not be made: keep state that depends on what
/// was actually offered up to date in <see cref="Observe"/>, which sees the agent's own offers too. A component may
/// implement both this interface and <see cref="IAcceptanceStrategy"/>; the <see cref="BoaAgent"/> then starts and
/// informs it once.
/// </para>
/// </summary>
public interface IBiddingStrategy
{
    /// <summary>Prepares for a new negotiation; <paramref name="opponentModel"/> is the agent's model, or null.</summary>
    void Start(AgentContext context, IOpponentModel? opponentModel);

    /// <summary>Hears about every action (the agent's own included), after it took effect.</summary>
    void Observe(NegotiationAction action, NegotiationView view)
    {
    }

    /// <summary>The outcome (dense index) the agent would offer on this turn.</summary>
    long NextBid(NegotiationView view);
}
