using Parley.Agents.Catalog;
using Parley.Negotiations;
using Parley.Protocols;
using Parley.Talks;
using Parley.Talks.Agents;
using Parley.Talks.Json;
using Parley.TestKit.Agents;
using Parley.TestKit.Scenarios;
using Parley.TestKit.Talks;

namespace Parley.Tests.Talks;

public class AnchoringAgentTests
{
    private static TalksScenario Read(string text) => TalksScenarioReader.Parse(text, "tiny.talks.json");

    private static double[] FirstOffers(TalksState state, int seat) =>
        [.. state.Meetings.Select(m => m.Record.Actions.First(a => a.Actor == seat && a.Kind == ActionKind.Offer).Outcome / 10.0)];

    [Fact]
    public void Run_WithAHorizon_ReachesItsReservationValueByThenAndHoldsIt()
    {
        // A concedes linearly from 1 (share 10) toward 0.3 by 1 May, the second meeting; from then on it holds 0.3.
        var talks = Read(TinyTalks.Text(["2020-02-01", "2020-05-01", "2020-08-01", "2020-11-01"], 10, agentA: "Anchoring(e=1; by=20200501)", agentB: "Hardliner", reservationA: 0.3));

        var state = TalksSession.Start(talks, TalksSettings.For(talks)).Run();

        var offers = FirstOffers(state, 0);
        Assert.Equal(1.0, offers[0]);
        Assert.Equal([0.3, 0.3, 0.3], offers[1..]);
        Assert.Equal(TalksStatus.NoAgreement, state.Status);
    }

    [Fact]
    public void Run_WithoutAHorizon_ConcedesToTheEndDate()
    {
        var talks = Read(TinyTalks.Text(["2020-02-01", "2020-05-01", "2020-08-01", "2020-11-01"], 10, agentA: "Anchoring(e=1)", agentB: "Hardliner", reservationA: 0.3));

        var state = TalksSession.Start(talks, TalksSettings.For(talks)).Run();

        var offers = FirstOffers(state, 0);
        Assert.True(offers.Zip(offers.Skip(1)).All(p => p.First > p.Second), string.Join(", ", offers));
        Assert.True(offers[^1] > 0.3);
    }

    [Fact]
    public void Run_UnresponsiveOpponent_WalksOutAtMostWalksTimesAndNotDuringGrace()
    {
        var talks = Read(TinyTalks.Quarterly(rounds: 10, agentA: "Anchoring(e=0.5; walk=0.1; grace=1; walks=2)", agentB: "Hardliner"));

        var state = TalksSession.Start(talks, TalksSettings.For(talks)).Run();

        // Meeting 1 is for tabling positions; the Hardliner never moves, so meetings 2 and 3 end in walk-outs; then A stays.
        Assert.Equal([MeetingExit.None, MeetingExit.WalkOut, MeetingExit.WalkOut, MeetingExit.None], state.Meetings.Select(m => m.Record.Exit));
        Assert.All(state.Meetings.Where(m => m.Record.Exit == MeetingExit.WalkOut), m => Assert.True(m.Record.EndTime >= 0.5));
        Assert.Equal(TalksStatus.NoAgreement, state.Status);
    }

    [Fact]
    public void Run_GraceOfTwo_JudgesFromTheThirdMeeting()
    {
        var talks = Read(TinyTalks.Quarterly(rounds: 10, agentA: "Anchoring(e=0.5; walk=0.1; grace=2; walks=1)", agentB: "Hardliner"));

        var state = TalksSession.Start(talks, TalksSettings.For(talks)).Run();

        Assert.Equal([MeetingExit.None, MeetingExit.None, MeetingExit.WalkOut, MeetingExit.None], state.Meetings.Select(m => m.Record.Exit));
    }

    [Fact]
    public void Run_TwoAnchoringAgents_AgreeWhenTheirPositionsCross()
    {
        var talks = Read(TinyTalks.Quarterly(rounds: 10, agentA: "Anchoring(e=1)", agentB: "Anchoring(e=2)"));

        var state = TalksSession.Start(talks, TalksSettings.For(talks)).Run();

        Assert.Equal(TalksStatus.Agreed, state.Status);
        Assert.All(state.Meetings, m => Assert.Equal(MeetingExit.None, m.Record.Exit));
    }

    [Fact]
    public void Run_SameSeed_GivesTheSameTimeline()
    {
        var talks = Read(TinyTalks.Quarterly(rounds: 10, agentA: "Anchoring(e=0.3; walk=0.2; walks=1)", agentB: "Anchoring(e=2)"));

        var first = TalksSession.Start(talks, TalksSettings.For(talks, 5)).Run();
        var second = TalksSession.Start(talks, TalksSettings.For(talks, 5)).Run();

        Assert.Equal(first.Meetings.Length, second.Meetings.Length);
        Assert.All(first.Meetings.Zip(second.Meetings), p => Assert.Null(p.First.Record.DifferenceFrom(p.Second.Record)));
    }

    [Fact]
    public void Bid_TradesOffTowardTheOtherSidesProposal()
    {
        // The seller (A) cares only about the price, so every price comes in three colours of equal worth to it. The buyer
        // keeps proposing (price 0, green): once it has seen that, A's offers take green, not the colour its own ranking
        // lists last among equals (blue). Dense index = 3·price + colour (red 0, green 1, blue 2).
        var prepared = new PreparedScenario(TinyScenarios.PriceAndColour());
        var anchoring = new AnchoringAgent(exponent: 1, band: 0.5);
        var buyer = new ScriptedAgent([.. Enumerable.Repeat(ScriptedMove.Offer(1), 6)]);

        var result = new NegotiationRunner(prepared, new NegotiationSettings(Deadline.OfRounds(6))).Run([anchoring, buyer]);

        var offers = result.Trace!.Entries.ToArray().Where(e => e.Actor == 0 && e.Kind == ActionKind.Offer).Select(e => e.Outcome).ToArray();
        Assert.Equal(2, offers[0] % 3);
        Assert.All(offers[1..], o => Assert.Equal(1, o % 3));
    }

    [Fact]
    public void Catalog_ReadsEveryParameter()
    {
        var agent = Assert.IsType<AnchoringAgent>(TalksAgentCatalog.Default.Create("Anchoring(e=0.2; by=20201103; walk=0.1; patience=0.6; grace=2; walks=1; band=0.1)"));

        Assert.Equal(0.2, agent.Exponent);
        Assert.Equal(new DateOnly(2020, 11, 3), agent.Horizon);
        Assert.Equal(0.1, agent.Walk);
        Assert.Equal(0.6, agent.Patience);
        Assert.Equal(2, agent.Grace);
        Assert.Equal(1, agent.Walks);
        Assert.Equal(0.1, agent.Band);
        Assert.Null(((AnchoringAgent)TalksAgentCatalog.Default.Create("Anchoring")).Horizon);
    }

    [Fact]
    public void Catalog_BadDate_IsAClearError()
    {
        var error = Assert.Throws<AgentSpecException>(() => TalksAgentCatalog.Default.Create("Anchoring(by=20201399)"));

        Assert.Contains("yyyymmdd", error.Message, StringComparison.Ordinal);
    }
}
