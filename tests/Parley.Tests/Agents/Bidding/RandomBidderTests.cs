using Parley.Agents;
using Parley.Protocols;
using Parley.TestKit.Agents;
using Parley.TestKit.Scenarios;

namespace Parley.Tests.Agents.Bidding;

public sealed class RandomBidderTests
{
    private static NegotiationActionList Run(int seed, int rounds = 200) =>
        new(Negotiate.Run(
            TinyScenarios.SplitThePie(100, reservationA: 0.3),
            StandardAgents.Random(),
            new ScriptedAgent([.. Enumerable.Repeat(ScriptedMove.Offer(0), rounds)]),
            rounds,
            seed));

    private sealed record NegotiationActionList(Parley.Negotiations.NegotiationResult Result)
    {
        public long[] Offers => [.. Negotiate.OffersBy(Result, 0).Select(o => o.Outcome)];
    }

    [Fact]
    public void Run_ManyTurns_OffersOnlyOutcomesAboveReservationAndSpreadsOverThem()
    {
        var offers = Run(seed: 1).Offers;

        // A's utility of share s is s/100, so the rational shares are 30..100 (71 outcomes).
        Assert.Equal(200, offers.Length);
        Assert.All(offers, s => Assert.InRange(s, 30, 100));
        Assert.True(offers.Distinct().Count() > 50, $"only {offers.Distinct().Count()} distinct offers");
        Assert.True(offers.Average() is > 55 and < 75, $"mean share {offers.Average()}");
    }

    [Fact]
    public void Run_SameSeed_SameOffers() => Assert.Equal(Run(seed: 42).Offers, Run(seed: 42).Offers);

    [Fact]
    public void Run_DifferentSeeds_DifferentOffers() => Assert.NotEqual(Run(seed: 1).Offers, Run(seed: 2).Offers);

    [Theory]
    [InlineData(31, true)]
    [InlineData(60, true)]
    [InlineData(29, false)]
    public void Run_OfferAgainstReservation_AcceptsExactlyThoseWorthIt(long share, bool accepts)
    {
        var result = Negotiate.Run(
            TinyScenarios.SplitThePie(100, reservationB: 0.3), new ScriptedAgent(ScriptedMove.Offer(100 - share)), StandardAgents.Random(), rounds: 1);

        Assert.Equal(accepts, result.End == NegotiationEnd.Agreement);
    }

    [Fact]
    public void Run_NothingWorthTheReservation_OffersItsBest()
    {
        var result = Negotiate.Run(
            TinyScenarios.SplitThePie(10, reservationA: 2), StandardAgents.Random(), new ScriptedAgent([.. Enumerable.Repeat(ScriptedMove.Offer(0), 5)]), rounds: 5);

        Assert.All(Negotiate.OffersBy(result, 0), o => Assert.Equal(10, o.Outcome));
    }
}
