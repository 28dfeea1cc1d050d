using System.Collections.Immutable;
using System.Globalization;
using Parley.Agents.Catalog;
using Parley.Scenarios;

namespace Parley.Talks;

/// <summary>
/// The state of a series of talks between meetings: a pure, immutable value. <see cref="AdvanceTo"/> moves the calendar
/// on, applying the scripted events in between and accruing daily costs; <see cref="WithMeeting"/> adds a completed
/// meeting and settles the status (an agreement, a break-off, or no deal once the last meeting has passed). Nothing
/// changes in place, so a state can be rebuilt from stored meetings without any agent (<see cref="Rebuild"/>).
/// </summary>
public sealed class TalksState
{
    private readonly Lazy<Scenario> _scenario;

    private TalksState(
        TalksScenario talks,
        DateOnly date,
        ImmutableArray<PartyStanding> parties,
        long statusQuo,
        ImmutableArray<AgentSpec> agents,
        int eventsApplied,
        ImmutableArray<MeetingResult> meetings,
        ImmutableArray<Scenario> meetingScenarios,
        TalksStatus status)
    {
        Talks = talks;
        Date = date;
        Parties = parties;
        StatusQuo = statusQuo;
        Agents = agents;
        EventsApplied = eventsApplied;
        Meetings = meetings;
        MeetingScenarios = meetingScenarios;
        Status = status;
        _scenario = new Lazy<Scenario>(BuildScenario, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The talks.</summary>
    public TalksScenario Talks { get; }

    /// <summary>The calendar date the talks have reached.</summary>
    public DateOnly Date { get; }

    /// <summary>Where each party stands, in party order.</summary>
    public ImmutableArray<PartyStanding> Parties { get; }

    /// <summary>The status-quo outcome's dense index while one is in force (<see cref="SetStatusQuo"/>), else −1.</summary>
    public long StatusQuo { get; }

    /// <summary>The agent that plays each party now, in party order (events may have replaced some).</summary>
    public ImmutableArray<AgentSpec> Agents { get; }

    /// <summary>How many of the talks' events have taken effect (they apply in order).</summary>
    public int EventsApplied { get; }

    /// <summary>The events that have taken effect, in order.</summary>
    public ImmutableArray<TalksEvent> AppliedEvents => Talks.Events[..EventsApplied];

    /// <summary>The meetings held so far, in order.</summary>
    public ImmutableArray<MeetingResult> Meetings { get; }

    /// <summary>The scenario each meeting was held under (preferences and reservation values of that day), in order.</summary>
    public ImmutableArray<Scenario> MeetingScenarios { get; }

    /// <summary>Where the talks stand.</summary>
    public TalksStatus Status { get; }

    /// <summary>Whether the talks have ended.</summary>
    public bool IsOver => Status != TalksStatus.Open;

    /// <summary>The next meeting on the calendar while the talks are open, else null.</summary>
    public MeetingPlan? NextMeeting => IsOver || Meetings.Length >= Talks.Meetings.Length ? null : Talks.Meetings[Meetings.Length];

    /// <summary>Each party's reservation value now (base minus accrued costs), in party order.</summary>
    public ImmutableArray<double> ReservationValues => [.. Parties.Select(p => p.ReservationValue)];

    /// <summary>What the days without a deal have cost each party so far, in party order.</summary>
    public ImmutableArray<double> Costs => [.. Parties.Select(p => p.AccruedCost)];

    /// <summary>
    /// The negotiation problem as it stands today: the talks' outcome space with each party's current preferences and its
    /// reservation value net of accrued costs. Built once per state.
    /// </summary>
    public Scenario Scenario => _scenario.Value;

    /// <summary>The meeting that reached agreement, or null.</summary>
    public MeetingResult? AgreementMeeting => Status == TalksStatus.Agreed ? Meetings[^1] : null;

    /// <summary>
    /// What the talks gave each party: its utility of the agreement (under its preferences of that day) when they agreed,
    /// otherwise its reservation value now (at the end date once the talks failed). Accrued costs are in
    /// <see cref="Costs"/> and are already part of a reservation value, not of an agreement's utility.
    /// </summary>
    public ImmutableArray<double> Utilities => AgreementMeeting is { } agreed ? agreed.Utilities : ReservationValues;

    /// <summary>The state at the start of the talks: initial preferences, no events applied, no meetings.</summary>
    public static TalksState Start(TalksScenario talks, IEnumerable<AgentSpec> agents)
    {
        ArgumentNullException.ThrowIfNull(talks);
        ArgumentNullException.ThrowIfNull(agents);
        ImmutableArray<AgentSpec> specs = [.. agents];
        if (specs.Length != talks.Scenario.Parties.Length || specs.Any(s => s is null))
        {
            throw new ArgumentException($"Talks '{talks.Name}' need one agent per party ({string.Join(", ", talks.Parties)}); got {specs.Length}.", nameof(agents));
        }

        return new TalksState(
            talks, talks.Start, [.. talks.Scenario.Parties.Select(p => new PartyStanding(p))], -1, specs, 0, [], [], TalksStatus.Open);
    }

    /// <summary>
    /// The state rebuilt from the meetings held (as stored): the calendar advanced to each meeting and each meeting added,
    /// exactly as the talks ran. No agent is needed.
    /// </summary>
    public static TalksState Rebuild(TalksScenario talks, IEnumerable<AgentSpec> agents, IEnumerable<MeetingResult> meetings)
    {
        ArgumentNullException.ThrowIfNull(meetings);
        var state = Start(talks, agents);
        foreach (var meeting in meetings)
        {
            state = state.AdvanceTo(meeting.Record.Date).WithMeeting(meeting);
        }

        return state;
    }

    /// <summary>
    /// Moves the calendar to <paramref name="date"/>: every event dated on or before it takes effect in order, and daily
    /// costs accrue day by day in between. The date may not go back or pass the end.
    /// </summary>
    public TalksState AdvanceTo(DateOnly date)
    {
        if (IsOver)
        {
            throw new InvalidOperationException($"Talks '{Talks.Name}' are over ({Status}).");
        }

        if (date < Date || date > Talks.End)
        {
            throw new ArgumentOutOfRangeException(
                nameof(date), date, string.Create(CultureInfo.InvariantCulture, $"The talks are at {Date:yyyy-MM-dd} and end {Talks.End:yyyy-MM-dd}."));
        }

        var parties = Parties.ToBuilder();
        var agents = Agents.ToBuilder();
        var statusQuo = StatusQuo;
        var applied = EventsApplied;
        var today = Date;
        while (applied < Talks.Events.Length && Talks.Events[applied].Date <= date)
        {
            var talksEvent = Talks.Events[applied];
            Accrue(parties, today, talksEvent.Date);
            today = talksEvent.Date;
            foreach (var effect in talksEvent.Effects)
            {
                statusQuo = Apply(effect, parties, agents, statusQuo);
            }

            applied++;
        }

        Accrue(parties, today, date);
        return new TalksState(Talks, date, parties.ToImmutable(), statusQuo, agents.ToImmutable(), applied, Meetings, MeetingScenarios, Status);
    }

    /// <summary>
    /// Adds the next meeting, held today under <see cref="Scenario"/>: an agreement ends the talks as agreed, a break-off
    /// as broken off; after the last meeting without either, the calendar runs to the end date and the talks have failed.
    /// </summary>
    public TalksState WithMeeting(MeetingResult meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var plan = NextMeeting ?? throw new InvalidOperationException($"Talks '{Talks.Name}' have no meeting left ({Status}).");
        var record = meeting.Record;
        if (record.Number != plan.Number || record.Date != plan.Date)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The next meeting is {plan}; got meeting {record.Number} on {record.Date:yyyy-MM-dd}."), nameof(meeting));
        }

        if (Date != plan.Date)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Advance the talks to {plan.Date:yyyy-MM-dd} before holding {plan}."));
        }

        var status = record.IsAgreement ? TalksStatus.Agreed
            : record.Exit == MeetingExit.BreakOff ? TalksStatus.BrokenOff
            : TalksStatus.Open;
        var next = new TalksState(Talks, Date, Parties, StatusQuo, Agents, EventsApplied, Meetings.Add(meeting), MeetingScenarios.Add(Scenario), status);
        return status == TalksStatus.Open && next.Meetings.Length == Talks.Meetings.Length ? next.Finish() : next;
    }

    /// <summary>Ends open talks without agreement: the calendar runs to the end date (events and costs included).</summary>
    public TalksState Finish()
    {
        var end = AdvanceTo(Talks.End);
        return new TalksState(Talks, end.Date, end.Parties, end.StatusQuo, end.Agents, end.EventsApplied, Meetings, MeetingScenarios, TalksStatus.NoAgreement);
    }

    /// <summary>The view party <paramref name="seat"/> gets of the talks before the next meeting.</summary>
    public TalksView ViewFor(int seat)
    {
        var plan = NextMeeting ?? Talks.Meetings[Meetings.Length - 1];
        var parties = Talks.Parties;
        return new TalksView(
            Talks,
            seat,
            Date,
            plan,
            [.. Meetings.Select(m => m.Record)],
            [.. AppliedEvents.Select(e => new TalksEventNotice(e.Date, e.Kind, e.Description, e.Source, e.PartiesAffected(parties)))],
            Parties[seat]);
    }

    private static void Accrue(ImmutableArray<PartyStanding>.Builder parties, DateOnly from, DateOnly to)
    {
        var days = to.DayNumber - from.DayNumber;
        if (days <= 0)
        {
            return;
        }

        for (var i = 0; i < parties.Count; i++)
        {
            if (parties[i].DailyCost > 0)
            {
                parties[i] = parties[i] with { AccruedCost = parties[i].AccruedCost + (parties[i].DailyCost * days) };
            }
        }
    }

    private long Apply(TalksEffect effect, ImmutableArray<PartyStanding>.Builder parties, ImmutableArray<AgentSpec>.Builder agents, long statusQuo)
    {
        var seat = effect.Party is { } name ? Talks.SeatOf(name) : -1;
        switch (effect)
        {
            case SetReservationValue set:
                parties[seat] = parties[seat] with { Party = parties[seat].Party with { ReservationValue = set.Value } };
                break;
            case ShiftReservationValue shift:
                parties[seat] = parties[seat] with { Party = parties[seat].Party with { ReservationValue = parties[seat].Party.ReservationValue + shift.By } };
                break;
            case ReplacePreferences replace:
                var old = parties[seat].Party;
                var reservation = replace.ReservationValue ?? (statusQuo >= 0 ? UtilityOf(replace.Utility, statusQuo) : old.ReservationValue);
                parties[seat] = parties[seat] with
                {
                    Party = new Party(old.Name, replace.Utility, reservation, replace.Discount ?? old.Discount, replace.Source ?? old.Source),
                };
                break;
            case ReplaceAgent replaceAgent:
                agents[seat] = replaceAgent.Agent;
                break;
            case SetStatusQuo setStatusQuo:
                for (var i = 0; i < parties.Count; i++)
                {
                    var party = parties[i].Party;
                    parties[i] = parties[i] with { Party = party with { ReservationValue = UtilityOf(party.Utility, setStatusQuo.Outcome) } };
                }

                return setStatusQuo.Outcome;
            case SetDailyCost cost:
                parties[seat] = parties[seat] with { DailyCost = cost.PerDay };
                break;
            default:
                throw new NotSupportedException($"Unknown talks effect {effect.GetType().Name}.");
        }

        return statusQuo;
    }

    private double UtilityOf(Preferences.IUtilityFunction utility, long outcome) =>
        utility.Utility(Talks.Scenario.Space.OutcomeAt(outcome).ValueIndices);

    private Scenario BuildScenario() => new(
        Talks.Scenario.Name,
        Talks.Scenario.Space,
        Parties.Select(p => p.Party with { ReservationValue = p.ReservationValue }),
        Talks.Scenario.Description,
        Talks.Scenario.Source);
}
