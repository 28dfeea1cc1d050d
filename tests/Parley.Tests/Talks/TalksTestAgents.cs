using Parley.Agents;
using Parley.Protocols;
using Parley.Talks;

namespace Parley.Tests.Talks;

/// <summary>
/// A talks-aware test agent: acts by a rule given the meeting number, answers walk-out or break-off as told, and records
/// everything the talks told it (views, records, the reservation value and utilities of each meeting's context).
/// </summary>
internal sealed class RecordingTalksAgent(Func<int, NegotiationView, NegotiationAction> act, MeetingExit exit = MeetingExit.WalkOut) : Agent, ITalksAware
{
    private int _meeting;

    public override string Name => "Recording";

    public List<TalksView> Views { get; } = [];

    public List<MeetingRecord> Records { get; } = [];

    public List<double> ReservationValues { get; } = [];

    public List<double> UtilitiesOfSeven { get; } = [];

    public int Starts { get; private set; }

    public void BeginMeeting(TalksView talks)
    {
        Views.Add(talks);
        _meeting = talks.MeetingNumber;
    }

    public override void Start(AgentContext context)
    {
        base.Start(context);
        Starts++;
        ReservationValues.Add(context.ReservationValue);
        UtilitiesOfSeven.Add(context.UtilityOf(7));
    }

    public override NegotiationAction Act(NegotiationView view) => act(_meeting, view);

    public MeetingExit ChooseExit(TalksView talks) => exit;

    public void EndMeeting(TalksView talks, MeetingRecord meeting) => Records.Add(meeting);

    /// <summary>Offers the given share (split-the-pie outcome index) on every turn.</summary>
    public static Func<int, NegotiationView, NegotiationAction> Offering(long share) => (_, view) => NegotiationAction.Offer(view.Seat, share);

    /// <summary>Ends every meeting on its first turn.</summary>
    public static Func<int, NegotiationView, NegotiationAction> Leaving => (_, view) => NegotiationAction.EndNegotiation(view.Seat);
}
