namespace Parley.Protocols;

/// <summary>The rules a party can break. A broken rule ends the negotiation as a <see cref="NegotiationEnd.Failure"/>.</summary>
public enum ProtocolRule : byte
{
    /// <summary>The party acted out of turn.</summary>
    NotYourTurn,

    /// <summary>The party acted after the negotiation ended.</summary>
    NegotiationOver,

    /// <summary>The party accepted with no offer on the table.</summary>
    AcceptWithoutOffer,

    /// <summary>The party offered an outcome outside the outcome space.</summary>
    OfferOutsideOutcomeSpace,

    /// <summary>The action is of no known kind.</summary>
    UnknownAction,

    /// <summary>The agent threw an exception.</summary>
    AgentException,

    /// <summary>The agent took longer than the per-turn time limit.</summary>
    TurnTimeLimitExceeded,
}
