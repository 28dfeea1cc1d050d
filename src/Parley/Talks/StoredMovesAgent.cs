using System.Collections.Immutable;
using Parley.Agents;
using Parley.Protocols;

namespace Parley.Talks;

/// <summary>
/// Replays what a person did at one stored meeting: its actions in order, and its exit when it ended the meeting.
/// When the replay asks for more than was stored, it ends the meeting (the replay check then reports the difference).
/// </summary>
internal sealed class StoredMovesAgent : Agent, ITalksAware
{
    private readonly ImmutableArray<NegotiationAction> _moves;
    private readonly MeetingExit _exit;
    private int _next;

    public StoredMovesAgent(string name, MeetingRecord meeting, int seat)
    {
        Name = name;
        _moves = [.. meeting.Actions.Where(a => a.Actor == seat).Select(a => a.Action)];
        _exit = meeting.EndedBy == seat && meeting.Exit != MeetingExit.None ? meeting.Exit : MeetingExit.WalkOut;
    }

    public override string Name { get; }

    public override NegotiationAction Act(NegotiationView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return _next < _moves.Length ? _moves[_next++] : NegotiationAction.EndNegotiation(view.Seat);
    }

    public void BeginMeeting(TalksView talks) => _next = 0;

    public MeetingExit ChooseExit(TalksView talks) => _exit;
}
