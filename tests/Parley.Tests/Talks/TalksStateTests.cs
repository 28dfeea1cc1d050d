using System.Collections.Immutable;
using Parley.Agents.Catalog;
using Parley.Protocols;
using Parley.Talks;
using Parley.Talks.Json;
using Parley.TestKit.Talks;

namespace Parley.Tests.Talks;

public class TalksStateTests
{
    private static readonly ImmutableArray<AgentSpec> Agents = [AgentSpec.Parse("Boulware"), AgentSpec.Parse("Conceder")];

    private static TalksScenario Talks(string events, double reservationA = 0.2, double reservationB = 0.3) =>
        TalksScenarioReader.Parse(TinyTalks.Text(["2020-02-01", "2020-05-01", "2020-08-01"], events: events, reservationA: reservationA, reservationB: reservationB), "t.json");

    [Fact]
    public void AdvanceTo_ShiftEvent_AppliesOnItsDateNotBefore()
    {
        var talks = Talks("""{"date": "2020-03-01", "kind": "shift", "description": "d", "effects": [{"type": "shiftReservationValue", "party": "A", "by": -0.05}]}""");
        var state = TalksState.Start(talks, Agents);

        var before = state.AdvanceTo(new DateOnly(2020, 2, 29));
        var on = before.AdvanceTo(new DateOnly(2020, 3, 1));

        Assert.Equal(0.2, before.ReservationValues[0], 12);
        Assert.Equal(0, before.EventsApplied);
        Assert.Equal(0.15, on.ReservationValues[0], 12);
        Assert.Equal(0.3, on.ReservationValues[1], 12);
        Assert.Equal(1, on.EventsApplied);
        Assert.Equal(0.2, state.ReservationValues[0], 12);
    }

    [Fact]
    public void AdvanceTo_SetReservationValue_ReplacesTheBase()
    {
        var talks = Talks("""{"date": "2020-03-01", "kind": "k", "description": "d", "effects": [{"type": "setReservationValue", "party": "B", "value": 0.55}]}""");

        var state = TalksState.Start(talks, Agents).AdvanceTo(new DateOnly(2020, 6, 1));

        Assert.Equal(0.55, state.ReservationValues[1], 12);
        Assert.Equal(0.55, state.Scenario.Parties[1].ReservationValue, 12);
    }

    [Fact]
    public void AdvanceTo_DailyCost_AccruesPerDayFromItsDateAndStopsAtZero()
    {
        var talks = Talks("""
            {"date": "2020-03-01", "kind": "furlough", "description": "d", "effects": [{"type": "setDailyCost", "party": "B", "perDay": 0.001}]},
            {"date": "2020-03-31", "kind": "deal on wages", "description": "d", "effects": [{"type": "setDailyCost", "party": "B", "perDay": 0}]}
            """);
        var state = TalksState.Start(talks, Agents);

        var tenDays = state.AdvanceTo(new DateOnly(2020, 3, 11));
        var stopped = tenDays.AdvanceTo(new DateOnly(2020, 6, 1));

        Assert.Equal(0.010, tenDays.Costs[1], 12);
        Assert.Equal(0.3 - 0.010, tenDays.ReservationValues[1], 12);
        Assert.Equal(0.030, stopped.Costs[1], 12);
        Assert.Equal(0.3 - 0.030, stopped.Scenario.Parties[1].ReservationValue, 12);
        Assert.Equal(0.0, stopped.Costs[0]);
    }

    [Fact]
    public void AdvanceTo_StatusQuo_SetsEveryReservationValueToItsUtility()
    {
        var talks = Talks("""{"date": "2020-03-01", "kind": "lapse", "description": "d", "effects": [{"type": "setStatusQuo", "outcome": {"share": 3}}]}""");

        var state = TalksState.Start(talks, Agents).AdvanceTo(new DateOnly(2020, 3, 1));

        Assert.Equal(3, state.StatusQuo);
        Assert.Equal(0.3, state.ReservationValues[0], 12);
        Assert.Equal(0.7, state.ReservationValues[1], 12);
    }

    [Fact]
    public void AdvanceTo_ReplacedPreferences_AreUsedAndReTiedToTheStatusQuo()
    {
        var talks = Talks("""
            {"date": "2020-03-01", "kind": "lapse", "description": "d", "effects": [{"type": "setStatusQuo", "outcome": {"share": 4}}]},
            {"date": "2020-06-01", "kind": "election", "description": "d", "effects": [
              {"type": "replacePreferences", "party": "A",
               "utility": {"type": "linearAdditive", "weights": {"share": 1}, "valueFunctions": {"share": {"type": "integerLinear", "offset": 0.5, "slope": 0.05}}}}]}
            """);
        var state = TalksState.Start(talks, Agents);

        var before = state.AdvanceTo(new DateOnly(2020, 5, 31));
        var after = before.AdvanceTo(new DateOnly(2020, 6, 1));

        Assert.Equal(0.1 * 7, before.Scenario.Parties[0].Utility.Utility([7]), 12);
        Assert.Equal(0.5 + (0.05 * 7), after.Scenario.Parties[0].Utility.Utility([7]), 12);
        Assert.Equal(0.5 + (0.05 * 4), after.ReservationValues[0], 12);
        Assert.Same(talks.Scenario.Parties[1].Utility, after.Scenario.Parties[1].Utility);
    }

    [Fact]
    public void AdvanceTo_ReplaceAgent_ChangesThePartysSpecFromItsDate()
    {
        var talks = Talks("""{"date": "2020-06-01", "kind": "new team", "description": "d", "effects": [{"type": "replaceAgent", "party": "B", "agent": "Hardliner"}]}""");
        var state = TalksState.Start(talks, Agents);

        Assert.Equal("Conceder", state.AdvanceTo(new DateOnly(2020, 5, 31)).Agents[1].Name);
        Assert.Equal("Hardliner", state.AdvanceTo(new DateOnly(2020, 6, 1)).Agents[1].Name);
    }

    [Fact]
    public void AdvanceTo_Backwards_Throws()
    {
        var state = TalksState.Start(Talks(""), Agents).AdvanceTo(new DateOnly(2020, 3, 1));

        Assert.Throws<ArgumentOutOfRangeException>(() => state.AdvanceTo(new DateOnly(2020, 2, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => state.AdvanceTo(new DateOnly(2021, 1, 1)));
    }

    [Fact]
    public void WithMeeting_LastMeetingWithoutDeal_RunsToTheEndAndFails()
    {
        var talks = Talks("""{"date": "2020-12-01", "kind": "late", "description": "d", "effects": [{"type": "shiftReservationValue", "party": "A", "by": -0.2}]}""");
        var state = TalksState.Start(talks, Agents);
        foreach (var plan in talks.Meetings)
        {
            Assert.Equal(TalksStatus.Open, state.Status);
            state = state.AdvanceTo(plan.Date).WithMeeting(Meeting(plan, NegotiationEnd.Deadline));
        }

        Assert.Equal(TalksStatus.NoAgreement, state.Status);
        Assert.Equal(talks.End, state.Date);
        Assert.Equal(1, state.EventsApplied);
        Assert.Equal(0.0, state.Utilities[0], 12);
        Assert.Null(state.NextMeeting);
    }

    [Fact]
    public void WithMeeting_AgreementOrBreakOff_EndsTheTalks()
    {
        var talks = Talks("");
        var start = TalksState.Start(talks, Agents).AdvanceTo(talks.Meetings[0].Date);

        var agreed = start.WithMeeting(Meeting(talks.Meetings[0], NegotiationEnd.Agreement, agreement: 6));
        var brokenOff = start.WithMeeting(Meeting(talks.Meetings[0], NegotiationEnd.WalkAway, exit: MeetingExit.BreakOff));
        var walkedOut = start.WithMeeting(Meeting(talks.Meetings[0], NegotiationEnd.WalkAway, exit: MeetingExit.WalkOut));

        Assert.Equal(TalksStatus.Agreed, agreed.Status);
        Assert.Same(agreed.Meetings[0], agreed.AgreementMeeting);
        Assert.Equal(TalksStatus.BrokenOff, brokenOff.Status);
        Assert.Equal(TalksStatus.Open, walkedOut.Status);
        Assert.Equal(talks.Meetings[1], walkedOut.NextMeeting);
    }

    [Fact]
    public void WithMeeting_OutOfOrderOrBeforeItsDate_Throws()
    {
        var talks = Talks("");
        var start = TalksState.Start(talks, Agents);

        Assert.Throws<InvalidOperationException>(() => start.WithMeeting(Meeting(talks.Meetings[0], NegotiationEnd.Deadline)));
        Assert.Throws<ArgumentException>(() => start.AdvanceTo(talks.Meetings[0].Date).WithMeeting(Meeting(talks.Meetings[1], NegotiationEnd.Deadline)));
    }

    [Fact]
    public void ViewFor_Party_SeesCalendarDeadlinesAndPublicEventNotices()
    {
        var talks = Talks("""{"date": "2020-03-01", "kind": "shift", "description": "B's option improves", "effects": [{"type": "shiftReservationValue", "party": "B", "by": 0.1}]}""");
        var state = TalksState.Start(talks, Agents).AdvanceTo(talks.Meetings[0].Date)
            .WithMeeting(Meeting(talks.Meetings[0], NegotiationEnd.Deadline))
            .AdvanceTo(talks.Meetings[1].Date);

        var view = state.ViewFor(0);

        Assert.Equal("A", view.Party);
        Assert.Equal(2, view.MeetingNumber);
        Assert.Equal(NegotiationEnd.Deadline, Assert.Single(view.Meetings).End);
        Assert.Equal(talks.Meetings[2], view.NextMeeting);
        Assert.Equal(new DateOnly(2020, 5, 1), view.Date);
        Assert.Equal(244, view.DaysToEnd);
        Assert.Equal("B's option improves", Assert.Single(view.Events).Description);
        Assert.Equal(["B"], view.Events[0].Parties);
        Assert.Equal(0.2, view.ReservationValue, 12);
        Assert.Equal((new DateOnly(2020, 5, 1).DayNumber - talks.Start.DayNumber) / (double)(talks.End.DayNumber - talks.Start.DayNumber), view.CalendarProgress, 12);
    }

    private static MeetingResult Meeting(MeetingPlan plan, NegotiationEnd end, long agreement = -1, MeetingExit exit = MeetingExit.None) =>
        new(
            new MeetingRecord(plan.Number, plan.Date, plan.Rounds, end, exit == MeetingExit.None ? -1 : 1, exit, 4, 0.2, agreement, []),
            ["Boulware", "Conceder"],
            7,
            [0.2, 0.3],
            agreement >= 0 ? [agreement / 10.0, 1 - (agreement / 10.0)] : [0.2, 0.3]);
}
