namespace Parley.Protocols;

/// <summary>What a party does on its turn.</summary>
public enum ActionKind : byte
{
    /// <summary>Puts an outcome on the table; it becomes the current offer.</summary>
    Offer,

    /// <summary>Accepts the current offer.</summary>
    Accept,

    /// <summary>Walks away: the negotiation ends without agreement.</summary>
    EndNegotiation,
}
