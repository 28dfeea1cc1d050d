namespace Parley.Protocols;

/// <summary>How a negotiation ended (or that it has not).</summary>
public enum NegotiationEnd : byte
{
    /// <summary>Still going.</summary>
    Ongoing,

    /// <summary>Every other party accepted the offer on the table.</summary>
    Agreement,

    /// <summary>A party ended the negotiation (walked away).</summary>
    WalkAway,

    /// <summary>The deadline passed without agreement.</summary>
    Deadline,

    /// <summary>A party broke a rule (or crashed, or ran out of time) and the negotiation was stopped.</summary>
    Failure,
}
