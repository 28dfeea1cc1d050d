using System.Collections.Immutable;

namespace Parley.Talks;

/// <summary>
/// What a talks-aware agent (<see cref="ITalksAware"/>) sees of the talks before a meeting, and keeps through the meeting
/// (nothing in it changes until the meeting ends): the calendar and today's date, the meeting about to be held, the
/// meetings so far and how they ended, the deadlines everyone knows and the days left to each, the events so far (as
/// public notices), and its own standing (reservation value, costs of no deal). Never another party's preferences.
/// Immutable. The meeting's own progress is in the <see cref="Parley.Agents.NegotiationView"/> of each turn.
/// </summary>
public sealed class TalksView
{
    internal TalksView(
        TalksScenario talks,
        int seat,
        DateOnly date,
        MeetingPlan meeting,
        ImmutableArray<MeetingRecord> meetings,
        ImmutableArray<TalksEventNotice> events,
        PartyStanding standing)
    {
        Seat = seat;
        Party = talks.Scenario.Parties[seat].Name;
        Parties = talks.Parties;
        Date = date;
        Start = talks.Start;
        End = talks.End;
        Meeting = meeting;
        Calendar = talks.Meetings;
        Meetings = meetings;
        Deadlines = talks.Deadlines;
        Events = events;
        Standing = standing;
    }

    /// <summary>The agent's seat.</summary>
    public int Seat { get; }

    /// <summary>The agent's party.</summary>
    public string Party { get; }

    /// <summary>Every party, in seat order.</summary>
    public ImmutableArray<string> Parties { get; }

    /// <summary>Today: the day of the meeting about to be held.</summary>
    public DateOnly Date { get; }

    /// <summary>The day the talks opened.</summary>
    public DateOnly Start { get; }

    /// <summary>The talks' end date: without a deal by then they have failed.</summary>
    public DateOnly End { get; }

    /// <summary>The meeting about to be held (or just held, after it).</summary>
    public MeetingPlan Meeting { get; }

    /// <summary>The meeting's number, from 1.</summary>
    public int MeetingNumber => Meeting.Number;

    /// <summary>Every meeting on the calendar, held or not.</summary>
    public ImmutableArray<MeetingPlan> Calendar { get; }

    /// <summary>The next meeting after this one, or null when this is the last.</summary>
    public MeetingPlan? NextMeeting => Meeting.Number < Calendar.Length ? Calendar[Meeting.Number] : null;

    /// <summary>The meetings held before this one and how they went.</summary>
    public ImmutableArray<MeetingRecord> Meetings { get; }

    /// <summary>The dates every party knows about.</summary>
    public ImmutableArray<KnownDeadline> Deadlines { get; }

    /// <summary>The first known deadline today or later, or null.</summary>
    public KnownDeadline? NextDeadline => Deadlines.Where(d => d.Date >= Date).OrderBy(d => d.Date).FirstOrDefault();

    /// <summary>The events so far, as everyone learnt of them.</summary>
    public ImmutableArray<TalksEventNotice> Events { get; }

    /// <summary>The agent's own standing: preferences, daily cost of no deal, cost accrued.</summary>
    public PartyStanding Standing { get; }

    /// <summary>The agent's reservation value today, costs of no deal included (the same as its meeting context's).</summary>
    public double ReservationValue => Standing.ReservationValue;

    /// <summary>Days from today to the end date.</summary>
    public int DaysToEnd => DaysUntil(End);

    /// <summary>The share of the talks' calendar gone by today: 0 at the start, 1 at the end date.</summary>
    public double CalendarProgress => CalendarProgressAt(Date);

    /// <summary>Days from today to <paramref name="date"/> (negative for a past date).</summary>
    public int DaysUntil(DateOnly date) => date.DayNumber - Date.DayNumber;

    /// <summary>Days from today to a deadline (negative once it has passed).</summary>
    public int DaysUntil(KnownDeadline deadline)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        return DaysUntil(deadline.Date);
    }

    /// <summary>The share of the calendar gone by on <paramref name="date"/>, clamped to [0, 1].</summary>
    public double CalendarProgressAt(DateOnly date)
    {
        var span = End.DayNumber - Start.DayNumber;
        return span <= 0 ? 1.0 : Math.Clamp((date.DayNumber - Start.DayNumber) / (double)span, 0.0, 1.0);
    }
}
