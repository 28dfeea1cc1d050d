using System.Globalization;
using Parley.Agents;
using Parley.Protocols;

namespace Parley.Talks.Agents;

/// <summary>
/// A talks-aware agent that concedes over the talks' calendar rather than within each meeting, and walks out of a meeting
/// when the other side is not responsive.
/// <para>
/// <b>Target.</b> With calendar progress τ ∈ [0, 1] (0 on the talks' first day, 1 on their end date) its target utility is
/// u(τ) = r + (u_max − r)(1 − τ^(1/e)), where r is its reservation value that day (net of costs of no deal, floored at its
/// worst outcome) and e the concession exponent (e &lt; 1 holds firm until late in the talks, e = 1 concedes linearly in
/// calendar time, e &gt; 1 early). Within a meeting τ moves linearly with the meeting's time t from the meeting's day to the
/// next meeting's day (or the end date at the last meeting), so each meeting concedes the calendar's share and the last
/// one reaches r. It offers the least-good outcome still worth the target, and accepts an offer worth at least the
/// target or its own next offer (AC_next). Outside talks (a single negotiation) τ is the meeting's t: it is then a plain
/// time-dependent agent.
/// </para>
/// <para>
/// <b>Walking out.</b> With <c>walk</c> &gt; 0, once the meeting's time reaches <c>patience</c>, it walks out when the other
/// side's best offer of the meeting is worth less than <c>walk</c> more to it than their best offer before the meeting
/// (their first offer of the meeting at the first meeting): their offers are "not responsive". After <c>breakAfter</c>
/// walk-outs (0: never) the next one breaks the talks off instead.
/// </para>
/// </summary>
public sealed class CalendarConcederAgent : Agent, ITalksAware
{
    private TalksView? _talks;
    private double _calendarFrom;
    private double _calendarTo = 1.0;
    private double _bestBefore = double.NaN;
    private double _bestThisMeeting = double.NaN;
    private double _firstThisMeeting = double.NaN;
    private int _walkOuts;

    /// <summary>Creates the agent.</summary>
    /// <param name="exponent">Concession exponent e over the calendar (&gt; 0; 1 = linear).</param>
    /// <param name="walk">Least improvement (in its own utility) the other side must show per meeting; 0 never walks out.</param>
    /// <param name="patience">Meeting time t after which it may walk out.</param>
    /// <param name="breakAfter">Walk-outs after which the next one breaks the talks off; 0 never breaks off.</param>
    public CalendarConcederAgent(double exponent = 1.0, double walk = 0.0, double patience = 0.5, int breakAfter = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(exponent);
        ArgumentOutOfRangeException.ThrowIfNegative(walk);
        ArgumentOutOfRangeException.ThrowIfNegative(patience);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(patience, 1.0);
        ArgumentOutOfRangeException.ThrowIfNegative(breakAfter);
        Exponent = exponent;
        Walk = walk;
        Patience = patience;
        BreakAfter = breakAfter;
    }

    /// <inheritdoc />
    public override string Name => "CalendarConceder";

    /// <summary>The concession exponent e.</summary>
    public double Exponent { get; }

    /// <summary>The least improvement the other side must show per meeting (0: never walks out).</summary>
    public double Walk { get; }

    /// <summary>The meeting time after which it may walk out.</summary>
    public double Patience { get; }

    /// <summary>Walk-outs after which the next one is a break-off (0: never).</summary>
    public int BreakAfter { get; }

    /// <summary>How many times it has walked out so far in these talks.</summary>
    public int WalkOuts => _walkOuts;

    /// <summary>The other side's best offer so far in these talks, in its own utility (NaN before any).</summary>
    public double BestOfferSoFar => (double.IsNaN(_bestBefore), double.IsNaN(_bestThisMeeting)) switch
    {
        (true, _) => _bestThisMeeting,
        (_, true) => _bestBefore,
        _ => Math.Max(_bestBefore, _bestThisMeeting),
    };

    /// <inheritdoc />
    public void BeginMeeting(TalksView talks)
    {
        ArgumentNullException.ThrowIfNull(talks);
        _talks = talks;
        _calendarFrom = talks.CalendarProgress;
        _calendarTo = talks.CalendarProgressAt(talks.NextMeeting?.Date ?? talks.End);
        if (talks.NextMeeting is null)
        {
            _calendarTo = 1.0;
        }
    }

    /// <inheritdoc />
    public override void Start(AgentContext context)
    {
        base.Start(context);
        _bestThisMeeting = double.NaN;
        _firstThisMeeting = double.NaN;
        if (_talks is null)
        {
            (_calendarFrom, _calendarTo) = (0.0, 1.0);
        }
    }

    /// <summary>The target utility at meeting time <paramref name="time"/>.</summary>
    public double Target(double time)
    {
        var index = Context.Index;
        var floor = Math.Max(Context.ReservationValue, index.Minimum);
        var top = Math.Max(index.Maximum, floor);
        var tau = Math.Clamp(_calendarFrom + ((_calendarTo - _calendarFrom) * Math.Clamp(time, 0, 1)), 0, 1);
        return floor + ((top - floor) * (1 - Math.Pow(tau, 1 / Exponent)));
    }

    /// <inheritdoc />
    public override NegotiationAction Act(NegotiationView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var target = Target(view.Time);
        var bid = Context.Index.LowestAtLeast(target);
        if (view.HasOpponentOffer)
        {
            var offered = view.UtilityOf(view.CurrentOffer);
            if (offered >= target || offered >= Context.Index.UtilityOf(bid))
            {
                return NegotiationAction.Accept(view.Seat);
            }

            if (Walk > 0 && view.Time >= Patience && Concession() < Walk)
            {
                return NegotiationAction.EndNegotiation(view.Seat);
            }
        }

        return NegotiationAction.Offer(view.Seat, bid);
    }

    /// <inheritdoc />
    public override void Observe(NegotiationAction action, NegotiationView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (action.Kind != ActionKind.Offer || action.Actor == view.Seat)
        {
            return;
        }

        var utility = view.UtilityOf(action.Outcome);
        if (double.IsNaN(_firstThisMeeting))
        {
            _firstThisMeeting = utility;
        }

        _bestThisMeeting = double.IsNaN(_bestThisMeeting) ? utility : Math.Max(_bestThisMeeting, utility);
    }

    /// <inheritdoc />
    public MeetingExit ChooseExit(TalksView talks)
    {
        _walkOuts++;
        return BreakAfter > 0 && _walkOuts > BreakAfter ? MeetingExit.BreakOff : MeetingExit.WalkOut;
    }

    /// <inheritdoc />
    public void EndMeeting(TalksView talks, MeetingRecord meeting)
    {
        if (!double.IsNaN(_bestThisMeeting))
        {
            _bestBefore = double.IsNaN(_bestBefore) ? _bestThisMeeting : Math.Max(_bestBefore, _bestThisMeeting);
        }

        _bestThisMeeting = double.NaN;
        _firstThisMeeting = double.NaN;
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"CalendarConceder(e={Exponent}; walk={Walk}; patience={Patience}; breakAfter={BreakAfter})");

    /// <summary>How much the other side's offers improved this meeting, in its own utility (0 before any offer).</summary>
    private double Concession()
    {
        if (double.IsNaN(_bestThisMeeting))
        {
            return 0;
        }

        var reference = double.IsNaN(_bestBefore) ? _firstThisMeeting : _bestBefore;
        return _bestThisMeeting - reference;
    }
}
