using Parley.Protocols;

namespace Parley.Agents.Tactics;

/// <summary>
/// A concession tactic in the sense of Faratin, Sierra and Jennings (1998), "Negotiation decision functions for
/// autonomous agents": the utility, in the agent's own (undiscounted) terms, that it aims at on the current turn. Bidders
/// turn the target into an outcome (<see cref="Bidding.Bidders"/>). Time-dependent tactics depend on t alone; imitative
/// (behaviour-dependent) tactics such as tit-for-tat also learn from the actions they observe.
/// </summary>
public interface IConcessionTactic
{
    /// <summary>Prepares for a new negotiation.</summary>
    void Start(AgentContext context);

    /// <summary>Hears about every action (the agent's own included), after it took effect.</summary>
    void Observe(NegotiationAction action, NegotiationView view)
    {
    }

    /// <summary>The utility aimed at on this turn. Must not change state: it may be asked without a bid being made.</summary>
    double Target(NegotiationView view);
}
