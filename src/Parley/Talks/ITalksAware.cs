namespace Parley.Talks;

/// <summary>
/// An agent that knows it plays a series of meetings. The same instance plays every meeting of its party (so it keeps
/// its memory); before each meeting it gets a read-only <see cref="TalksView"/> (valid for the whole meeting, so it can
/// consult it on every turn), then the usual <see cref="Parley.Agents.Agent.Start"/>, turns and observations of one
/// negotiation. When it ends a meeting (<see cref="Protocols.ActionKind.EndNegotiation"/>) the talks ask whether it
/// walks out (the talks go on) or breaks the talks off. Agents without this interface play one meeting at a time and
/// always walk out.
/// </summary>
public interface ITalksAware
{
    /// <summary>Called before each meeting, before <see cref="Parley.Agents.Agent.Start"/>.</summary>
    void BeginMeeting(TalksView talks);

    /// <summary>Called right after this agent ended a meeting: walk out (the default) or break the talks off.</summary>
    MeetingExit ChooseExit(TalksView talks) => MeetingExit.WalkOut;

    /// <summary>Called after each meeting with what happened at it (the view is the one given before it).</summary>
    void EndMeeting(TalksView talks, MeetingRecord meeting)
    {
    }
}
