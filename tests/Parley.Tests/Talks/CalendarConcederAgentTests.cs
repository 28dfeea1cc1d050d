using Parley.Agents.Catalog;
using Parley.Negotiations;
using Parley.Protocols;
using Parley.Talks;
using Parley.Talks.Agents;
using Parley.Talks.Json;
using Parley.TestKit.Scenarios;
using Parley.TestKit.Talks;

namespace Parley.Tests.Talks;

public class CalendarConcederAgentTests
{
    private static TalksScenario Read(string text) => TalksScenarioReader.Parse(text, "tiny.talks.json");

    [Fact]
    public void Run_AgainstAHardliner_ConcedesOverTheCalendarToItsReservationValueAtTheLastMeeting()
    {
        var talks = Read(TinyTalks.Text(["2020-02-01", "2020-05-01", "2020-08-01", "2020-11-01"], 10, agentA: "CalendarConceder(e=1)", agentB: "Hardliner", reservationA: 0.3));

        var state = TalksSession.Start(talks, TalksSettings.For(talks)).Run();

        // A's offers, in its own utility, fall meeting by meeting, never within a meeting by more than the calendar's share.
        var firstOffers = state.Meetings.Select(m => m.Record.Actions.First(a => a.Actor == 0).Outcome / 10.0).ToArray();
        Assert.True(firstOffers.Zip(firstOffers.Skip(1)).All(p => p.First >= p.Second), string.Join(", ", firstOffers));
        Assert.True(firstOffers[0] > firstOffers[^1]);
        var last = state.Meetings[^1].Record.Actions.Last(a => a.Actor == 0 && a.Kind == ActionKind.Offer).Outcome / 10.0;
        Assert.InRange(last, 0.3, 0.4);
        Assert.Equal(TalksStatus.NoAgreement, state.Status);
    }

    [Fact]
    public void Run_UnresponsiveOpponent_WalksOutAfterPatienceAndBreaksOffAfterBreakAfter()
    {
        var talks = Read(TinyTalks.Quarterly(rounds: 10, agentA: "CalendarConceder(e=0.5; walk=0.1; patience=0.4; breakAfter=2)", agentB: "Hardliner"));

        var state = TalksSession.Start(talks, TalksSettings.For(talks)).Run();

        Assert.Equal(3, state.Meetings.Length);
        Assert.Equal([MeetingExit.WalkOut, MeetingExit.WalkOut, MeetingExit.BreakOff], state.Meetings.Select(m => m.Record.Exit));
        Assert.All(state.Meetings, m => Assert.InRange(m.Record.EndTime, 0.4, 0.6));
        Assert.Equal(TalksStatus.BrokenOff, state.Status);
    }

    [Fact]
    public void Run_ResponsiveOpponent_IsNotWalkedOutOn()
    {
        // The other side concedes over the calendar too, so every meeting brings a better offer than the last.
        var talks = Read(TinyTalks.Quarterly(rounds: 10, agentA: "CalendarConceder(e=0.5; walk=0.05)", agentB: "CalendarConceder(e=2)"));

        var state = TalksSession.Start(talks, TalksSettings.For(talks)).Run();

        Assert.All(state.Meetings, m => Assert.Equal(MeetingExit.None, m.Record.Exit));
        Assert.Equal(TalksStatus.Agreed, state.Status);
    }

    [Fact]
    public void Negotiate_OutsideTalks_ActsAsATimeDependentAgent()
    {
        var scenario = new PreparedScenario(TinyScenarios.SplitThePie(reservationA: 0.2));
        var agent = new CalendarConcederAgent(exponent: 1);

        var result = new NegotiationRunner(scenario, new NegotiationSettings(Deadline.OfRounds(10))).Run([agent, TalksAgentCatalog.Default.Create("Hardliner")]);

        var offers = result.Trace!.Entries.ToArray().Where(e => e.Actor == 0 && e.Kind == ActionKind.Offer).Select(e => e.Outcome).ToArray();
        Assert.Equal(10, offers[0]);
        Assert.True(offers[^1] < 4);
        Assert.True(offers.Zip(offers.Skip(1)).All(p => p.First >= p.Second));
    }

    [Fact]
    public void Catalog_KnowsTheTalksAgentAndTheStandardOnes()
    {
        var agent = Assert.IsType<CalendarConcederAgent>(TalksAgentCatalog.Default.Create("CalendarConceder(e=0.5; walk=0.02; patience=0.7; breakAfter=3)"));

        Assert.Equal(0.5, agent.Exponent);
        Assert.Equal(0.02, agent.Walk);
        Assert.Equal(0.7, agent.Patience);
        Assert.Equal(3, agent.BreakAfter);
        Assert.NotNull(TalksAgentCatalog.Default.Create("Boulware"));
        Assert.Throws<AgentSpecException>(() => TalksAgentCatalog.Default.Create("CalendarConceder(breakAfter=1.5)"));
    }
}
