namespace Parley.Agents.Boa;

/// <summary>
/// What an acceptance strategy decides about the offer on the table (GENIUS BOA's <c>Actions</c>: Accept, Reject,
/// Break; Baarslag et al. 2014, "Decoupling negotiating agents to explore the space of negotiation strategies").
/// </summary>
public enum AcceptanceDecision : byte
{
    /// <summary>Rejects the offer: the agent makes its own offer instead.</summary>
    Reject,

    /// <summary>Accepts the offer on the table.</summary>
    Accept,

    /// <summary>Walks away: the negotiation ends without agreement.</summary>
    EndNegotiation,
}
