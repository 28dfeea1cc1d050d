using System.Globalization;
using Parley.Agents;
using Parley.Outcomes;
using Parley.Protocols;

namespace Parley.Talks.Agents;

/// <summary>
/// A talks-aware agent for positional bargaining over months: it opens at its public ask (its best outcome), concedes
/// over the calendar toward its reservation value by a date of its own, trades issues off toward the other side's best
/// proposal, and walks out of a meeting when the other side's proposals are "not responsive".
/// <para>
/// <b>Target.</b> With τ the share of its own concession period gone by (0 at the first meeting it plays, 1 on its
/// horizon: the date <c>by</c>, or the talks' end date), its target utility is u(τ) = r + (u_max − r)(1 − τ^(1/e)), r being
/// its reservation value of the day (net of costs of no deal, floored at its worst outcome) and u_max its best utility
/// (e &lt; 1 holds firm until late, e &gt; 1 concedes early). Within a meeting τ moves linearly with the meeting's time t
/// from the meeting's day to the next meeting's day (capped at the horizon); after the horizon the target is r: the
/// agent holds its bottom line ("our best offer stands").
/// </para>
/// <para>
/// <b>Offers.</b> Among the outcomes whose utility lies in [target, target + band·(u_max − r)] it offers the one most
/// similar to the other side's best proposal so far (Faratin, Sierra &amp; Jennings 2002, similarity-based trade-offs;
/// distance: per issue, the difference of value positions over the issue's span for ordered issues, 0 or 1 for
/// discrete ones, summed); before any proposal, the least-good outcome still worth the target. An agent that joins talks
/// under way (a new team) takes the other side's proposals at the last meeting held as its reference. It accepts an offer
/// worth at least the target or its own next offer (AC_next).
/// </para>
/// <para>
/// <b>Walking out.</b> With <c>walk</c> &gt; 0, from its <c>grace</c>+1-th meeting on (the first <c>grace</c> meetings are
/// for tabling positions: there is no earlier proposal to respond to), once the meeting's time reaches
/// <c>patience</c>, it walks out when the other side has closed less than the share <c>walk</c> of the gap between its
/// best proposal before the meeting and the agent's current target. It walks out at most <c>walks</c> times in the talks
/// (0: no limit), then stays at the table. It never breaks the talks off.
/// </para>
/// </summary>
public sealed class AnchoringAgent : Agent, ITalksAware
{
    private TalksView? _talks;
    private DateOnly? _joined;
    private double _from;
    private double _to = 1.0;
    private long _bestBefore = -1;
    private long _bestThisMeeting = -1;
    private int _meetings;
    private int _walkOuts;
    private long[] _inherited = [];

    /// <summary>Creates the agent.</summary>
    /// <param name="exponent">Concession exponent e over its concession period (&gt; 0; 1 = linear).</param>
    /// <param name="horizon">The day its target reaches its reservation value; null: the talks' end date.</param>
    /// <param name="walk">The least share of the gap the other side must close in a meeting; 0 never walks out.</param>
    /// <param name="patience">Meeting time t after which it may walk out.</param>
    /// <param name="grace">Meetings it plays before it judges responsiveness.</param>
    /// <param name="walks">The most walk-outs in the talks; 0: no limit.</param>
    /// <param name="band">Width of the trade-off band, as a share of its range from reservation value to best.</param>
    public AnchoringAgent(double exponent = 1.0, DateOnly? horizon = null, double walk = 0, double patience = 0.5, int grace = 1, int walks = 0, double band = 0.05)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(exponent);
        ArgumentOutOfRangeException.ThrowIfNegative(walk);
        ArgumentOutOfRangeException.ThrowIfNegative(patience);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(patience, 1.0);
        ArgumentOutOfRangeException.ThrowIfNegative(grace);
        ArgumentOutOfRangeException.ThrowIfNegative(walks);
        ArgumentOutOfRangeException.ThrowIfNegative(band);
        Exponent = exponent;
        Horizon = horizon;
        Walk = walk;
        Patience = patience;
        Grace = grace;
        Walks = walks;
        Band = band;
    }

    /// <inheritdoc />
    public override string Name => "Anchoring";

    /// <summary>The concession exponent e.</summary>
    public double Exponent { get; }

    /// <summary>The day its target reaches its reservation value (null: the talks' end date).</summary>
    public DateOnly? Horizon { get; }

    /// <summary>The least share of the gap the other side must close per meeting (0: never walks out).</summary>
    public double Walk { get; }

    /// <summary>The meeting time after which it may walk out.</summary>
    public double Patience { get; }

    /// <summary>Meetings it plays before it judges responsiveness.</summary>
    public int Grace { get; }

    /// <summary>The most walk-outs in the talks (0: no limit).</summary>
    public int Walks { get; }

    /// <summary>The trade-off band, as a share of its range.</summary>
    public double Band { get; }

    /// <summary>How many times it has walked out.</summary>
    public int WalkOuts => _walkOuts;

    /// <inheritdoc />
    public void BeginMeeting(TalksView talks)
    {
        ArgumentNullException.ThrowIfNull(talks);
        _talks = talks;
        if (_joined is null && !talks.Meetings.IsEmpty)
        {
            // A new team reads the file: the other side's proposals at the last meeting held before it joined.
            var last = talks.Meetings[^1];
            _inherited = [.. last.Actions.Where(a => a.Kind == ActionKind.Offer && a.Actor != talks.Seat).Select(a => a.Outcome)];
        }

        _joined ??= talks.Date;
        var horizon = Horizon is { } by && by < talks.End ? by : talks.End;
        _from = Progress(talks.Date, horizon);
        _to = Progress(talks.NextMeeting?.Date ?? talks.End, horizon);
    }

    /// <inheritdoc />
    public override void Start(AgentContext context)
    {
        base.Start(context);
        _bestThisMeeting = -1;
        foreach (var outcome in _inherited)
        {
            if (_bestBefore < 0 || context.Index.UtilityOf(outcome) > context.Index.UtilityOf(_bestBefore))
            {
                _bestBefore = outcome;
            }
        }

        _inherited = [];
        if (_talks is null)
        {
            (_from, _to) = (0.0, 1.0);
        }
    }

    /// <summary>The target utility at meeting time <paramref name="time"/>.</summary>
    public double Target(double time)
    {
        var index = Context.Index;
        var floor = Math.Max(Context.ReservationValue, index.Minimum);
        var top = Math.Max(index.Maximum, floor);
        var tau = Math.Clamp(_from + ((_to - _from) * Math.Clamp(time, 0, 1)), 0, 1);
        return floor + ((top - floor) * (1 - Math.Pow(tau, 1 / Exponent)));
    }

    /// <inheritdoc />
    public override NegotiationAction Act(NegotiationView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var target = Target(view.Time);
        var bid = Bid(target);
        if (view.HasOpponentOffer)
        {
            var offered = view.UtilityOf(view.CurrentOffer);
            if (offered >= target || offered >= Context.Index.UtilityOf(bid))
            {
                return NegotiationAction.Accept(view.Seat);
            }

            if (ShouldWalkOut(view.Time, target))
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
        if (action.Kind == ActionKind.Offer && action.Actor != view.Seat
            && (_bestThisMeeting < 0 || view.UtilityOf(action.Outcome) > view.UtilityOf(_bestThisMeeting)))
        {
            _bestThisMeeting = action.Outcome;
        }
    }

    /// <inheritdoc />
    public MeetingExit ChooseExit(TalksView talks)
    {
        _walkOuts++;
        return MeetingExit.WalkOut;
    }

    /// <inheritdoc />
    public void EndMeeting(TalksView talks, MeetingRecord meeting)
    {
        if (_bestThisMeeting >= 0 && (_bestBefore < 0 || Context.Index.UtilityOf(_bestThisMeeting) > Context.Index.UtilityOf(_bestBefore)))
        {
            _bestBefore = _bestThisMeeting;
        }

        _bestThisMeeting = -1;
        _meetings++;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"Anchoring(e={Exponent}; by={(Horizon is { } by ? by.ToString("yyyyMMdd", CultureInfo.InvariantCulture) : "0")}; walk={Walk}; patience={Patience}; grace={Grace}; walks={Walks}; band={Band})");

    /// <summary>The share of its concession period gone by on <paramref name="date"/>.</summary>
    private double Progress(DateOnly date, DateOnly horizon)
    {
        var start = _joined ?? date;
        var span = horizon.DayNumber - start.DayNumber;
        return span <= 0 ? 1.0 : Math.Clamp((date.DayNumber - start.DayNumber) / (double)span, 0.0, 1.0);
    }

    private bool ShouldWalkOut(double time, double target)
    {
        if (Walk <= 0 || time < Patience || _meetings < Grace || (Walks > 0 && _walkOuts >= Walks) || _bestThisMeeting < 0 || _bestBefore < 0)
        {
            return false;
        }

        var index = Context.Index;
        var before = index.UtilityOf(_bestBefore);
        var gap = target - before;
        return gap > 0 && (index.UtilityOf(_bestThisMeeting) - before) < Walk * gap;
    }

    /// <summary>The offer for a target: a trade-off toward the other side's best proposal, within the band above the target.</summary>
    private long Bid(double target)
    {
        var index = Context.Index;
        var sorted = index.DescendingUtilities;
        var count = CountAtLeast(sorted, target);
        if (count == 0)
        {
            return index.OutcomeAtRank(0);
        }

        var reference = _bestThisMeeting >= 0 ? _bestThisMeeting : _bestBefore;
        if (reference < 0 || Band <= 0)
        {
            return index.OutcomeAtRank(count - 1);
        }

        var floor = Math.Max(Context.ReservationValue, index.Minimum);
        var width = Band * Math.Max(index.Maximum - floor, 0);
        var first = CountAtLeast(sorted, Math.BitIncrement(target + width));
        first = Math.Min(first, count - 1);
        var space = Context.Space;
        Span<int> theirs = stackalloc int[space.IssueCount];
        Span<int> candidate = stackalloc int[space.IssueCount];
        space.Decode(reference, theirs);

        // Scan the band from the least-good outcome still worth the target upward (a large band evenly, at most
        // MaxCandidates of it), keeping the outcome nearest their proposal; ties go to the offer that asks least.
        var size = count - first;
        var stride = Math.Max(1, (size + MaxCandidates - 1) / MaxCandidates);
        var best = index.OutcomeAtRank(count - 1);
        space.Decode(best, candidate);
        var bestDistance = Distance(space, candidate, theirs);
        for (var rank = count - 1 - stride; rank >= first; rank -= stride)
        {
            var outcome = index.OutcomeAtRank(rank);
            space.Decode(outcome, candidate);
            var distance = Distance(space, candidate, theirs);
            if (distance < bestDistance)
            {
                best = outcome;
                bestDistance = distance;
            }
        }

        return Closer(best, theirs, target);
    }

    /// <summary>
    /// Moves an offer toward the other side's proposal, one issue step at a time (a discrete issue jumps to their value),
    /// while it stays worth the target: a greedy trade-off search from the best outcome the band scan found.
    /// </summary>
    private long Closer(long offer, ReadOnlySpan<int> theirs, double target)
    {
        var index = Context.Index;
        var space = Context.Space;
        Span<int> values = stackalloc int[space.IssueCount];
        space.Decode(offer, values);
        for (var moves = 0; moves < MaxMoves; moves++)
        {
            var moved = false;
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] == theirs[i])
                {
                    continue;
                }

                var was = values[i];
                values[i] = space.Issues[i].Kind == IssueKind.Discrete ? theirs[i] : was + Math.Sign(theirs[i] - was);
                if (index.UtilityOf(space.IndexOf(values)) >= target)
                {
                    moved = true;
                }
                else
                {
                    values[i] = was;
                }
            }

            if (!moved)
            {
                break;
            }
        }

        return space.IndexOf(values);
    }

    /// <summary>The most single-issue steps of the trade-off search per turn.</summary>
    private const int MaxMoves = 2048;

    /// <summary>The most outcomes of the band examined per turn.</summary>
    private const int MaxCandidates = 2048;

    private static double Distance(OutcomeSpace space, ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        double sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                continue;
            }

            var issue = space.Issues[i];
            sum += issue.Kind == IssueKind.Discrete || issue.ValueCount < 2 ? 1.0 : Math.Abs(a[i] - b[i]) / (double)(issue.ValueCount - 1);
        }

        return sum;
    }

    /// <summary>How many outcomes are worth at least <paramref name="target"/> (utilities sorted descending).</summary>
    private static int CountAtLeast(ReadOnlySpan<double> descending, double target)
    {
        int low = 0, high = descending.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (descending[middle] >= target)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
