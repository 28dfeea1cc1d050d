namespace Parley.Talks;

/// <summary>How a party that ended a meeting (an <see cref="Protocols.ActionKind.EndNegotiation"/>) left it.</summary>
public enum MeetingExit : byte
{
    /// <summary>Nobody left: the meeting ended by agreement, by its budget running out, or by a failure.</summary>
    None,

    /// <summary>The party walked out of the meeting: the meeting ends, the talks go on to the next meeting.</summary>
    WalkOut,

    /// <summary>The party broke off the talks: the meeting and the talks end without agreement.</summary>
    BreakOff,
}
