using Parley.Agents;
using Parley.Protocols;
using Parley.Talks;

namespace Parley.Cli.Commands;

/// <summary>
/// Wraps an agent so that each of its turns waits first (the hidden <c>--turn-delay</c> option): talks then run slowly
/// enough to watch, and a test can kill the process in the middle of a meeting. The agent's moves are unchanged.
/// </summary>
internal sealed class TalksTurnDelay(Agent inner, TimeSpan delay, TimeProvider time) : Agent, ITalksAware
{
    public override string Name => inner.Name;

    public override bool IsSynchronous => false;

    public override void Start(AgentContext context)
    {
        base.Start(context);
        inner.Start(context);
    }

    public override async ValueTask<NegotiationAction> ActAsync(NegotiationView view, CancellationToken cancellationToken)
    {
        await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        return await inner.ActAsync(view, cancellationToken).ConfigureAwait(false);
    }

    public override void Observe(NegotiationAction action, NegotiationView view) => inner.Observe(action, view);

    public void BeginMeeting(TalksView talks) => (inner as ITalksAware)?.BeginMeeting(talks);

    public MeetingExit ChooseExit(TalksView talks) => inner is ITalksAware aware ? aware.ChooseExit(talks) : MeetingExit.WalkOut;

    public void EndMeeting(TalksView talks, MeetingRecord meeting) => (inner as ITalksAware)?.EndMeeting(talks, meeting);
}
