using Parley.Agents;
using Parley.Agents.Boa;
using Parley.Agents.Micro;
using Parley.Protocols;
using Parley.TestKit.Agents;
using Parley.TestKit.Scenarios;

namespace Parley.Tests.Agents.Micro;

/// <summary>MiCRO on split-the-pie with 10 steps as party A: outcome s is worth s/10 and rank r is outcome 10 − r.</summary>
public sealed class MicroStrategyTests
{
    [Fact]
    public void Run_OpponentRepeatsItself_ConcedesOnlyForEachNewDistinctOffer()
    {
        var opponent = new ScriptedAgent(
            ScriptedMove.Offer(0), ScriptedMove.Offer(0), ScriptedMove.Offer(0), ScriptedMove.Offer(1), ScriptedMove.Offer(2), ScriptedMove.Offer(2));

        var offers = Negotiate.OffersBy(Negotiate.Run(TinyScenarios.SplitThePie(10), StandardAgents.Micro(), opponent, rounds: 7), 0)
            .Select(o => o.Outcome).ToArray();

        // m proposals, n distinct received: 10 (m=0 ≤ n=0), 9 (1 ≤ 1), then B repeats 0 twice (n stays 1 < m = 2) so MiCRO
        // repeats one of {10, 9}; B's new offers 1 and 2 (n = 2, 3) each let it concede one more: 8, 7. B repeats 2: no concession.
        Assert.Equal(7, offers.Length);
        Assert.Equal([10, 9], offers[..2]);
        Assert.All(offers[2..4], o => Assert.Contains(o, new long[] { 10, 9 }));
        Assert.Equal([8, 7], offers[4..6]);
        Assert.Contains(offers[6], new long[] { 10, 9, 8, 7 });
    }

    private static (AgentHarness Harness, MicroStrategy Micro) Played(double reservation, long[] own, long[] received)
    {
        var harness = new AgentHarness(TinyScenarios.SplitThePie(10, reservation));
        var micro = new MicroStrategy();
        micro.Start(harness.Context, null);
        foreach (var outcome in own)
        {
            micro.Observe(NegotiationAction.Offer(0, outcome), harness.At(0.1, outcome, 0));
        }

        foreach (var outcome in received)
        {
            var (action, view) = harness.OpponentOffers(outcome);
            micro.Observe(action, view);
        }

        return (harness, micro);
    }

    [Fact]
    public void Observe_DistinctCounts_RepeatsAndOwnRepeatsDoNotCount()
    {
        var (_, micro) = Played(0, own: [10, 9, 10, 9], received: [3, 3, 4, 3]);

        Assert.Equal(2, micro.Proposed);
        Assert.Equal(2, micro.Received);
        Assert.True(micro.ReadyToConcede);
    }

    [Theory]
    [InlineData(9, AcceptanceDecision.Accept)]
    [InlineData(8, AcceptanceDecision.Reject)]
    public void Decide_NotReady_AcceptsFromItsLowestProposalSoFar(long offer, AcceptanceDecision expected)
    {
        var (harness, micro) = Played(0, own: [10, 9], received: [3]);

        Assert.False(micro.ReadyToConcede);
        Assert.Equal(expected, micro.Decide(harness.At(0.5, offer), micro.NextBid(harness.View)));
    }

    [Theory]
    [InlineData(8, AcceptanceDecision.Accept)]
    [InlineData(7, AcceptanceDecision.Reject)]
    public void Decide_Ready_AcceptsFromItsNextProposal(long offer, AcceptanceDecision expected)
    {
        var (harness, micro) = Played(0, own: [10, 9], received: [3, 4]);

        Assert.True(micro.ReadyToConcede);
        Assert.Equal(8, micro.NextBid(harness.View));
        Assert.Equal(expected, micro.Decide(harness.At(0.5, offer), 8));
    }

    [Theory]
    [InlineData(8, AcceptanceDecision.Reject)]
    [InlineData(9, AcceptanceDecision.Accept)]
    public void Decide_ReservationAboveNextProposal_ReservationIsTheThreshold(long offer, AcceptanceDecision expected)
    {
        var (harness, micro) = Played(0.85, own: [10, 9], received: [3, 4]);

        Assert.Equal(expected, micro.Decide(harness.At(0.5, offer), 9));
    }

    [Fact]
    public void Run_ReservationValue_NeverOffersBelowIt()
    {
        var opponent = new ScriptedAgent([.. Enumerable.Range(0, 10).Select(i => ScriptedMove.Offer(i % 5))]);

        var result = Negotiate.Run(TinyScenarios.SplitThePie(10, reservationA: 0.75), StandardAgents.Micro(), opponent, rounds: 10);

        Assert.All(Negotiate.OffersBy(result, 0), o => Assert.InRange(o.Outcome, 8, 10));
        Assert.Contains(Negotiate.OffersBy(result, 0), o => o.Outcome == 8);
    }

    [Fact]
    public void Run_MicroAgainstMicro_MeetInTheMiddle()
    {
        var result = Negotiate.Run(TinyScenarios.SplitThePie(10), StandardAgents.Micro(), StandardAgents.Micro(), rounds: 20);

        // Each concedes one outcome per round: A offers 10, 9, 8, …, B 0, 1, 2, …; A accepts B's 5 as its next proposal.
        Assert.Equal(NegotiationEnd.Agreement, result.End);
        Assert.Equal(5, result.AgreementIndex);
    }
}
