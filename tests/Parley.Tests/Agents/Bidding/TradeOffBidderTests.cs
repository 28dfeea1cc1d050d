using Parley.Agents;
using Parley.Agents.Bidding;
using Parley.Agents.Boa;
using Parley.Agents.OpponentModeling;
using Parley.Agents.Tactics;
using Parley.TestKit.Agents;
using Parley.TestKit.Scenarios;

namespace Parley.Tests.Agents.Bidding;

public sealed class TradeOffBidderTests
{
    // PriceAndColour: dense index = 3·price + colour (red 0, green 1, blue 2); the seller (A) gets price/4 whatever the colour.
    private const int Blue = 2;

    private static long Outcome(int price, int colour) => (3 * price) + colour;

    /// <summary>A constant target, to test the bidder alone.</summary>
    private sealed class FixedTarget(double target) : IConcessionTactic
    {
        public void Start(AgentContext context)
        {
        }

        public double Target(NegotiationView view) => target;
    }

    private static (AgentHarness Harness, FrequencyOpponentModel Model) TrainedOn(int colour)
    {
        var harness = new AgentHarness(TinyScenarios.PriceAndColour());
        var model = new FrequencyOpponentModel();
        model.Start(harness.Context);
        foreach (var price in new[] { 0, 1, 0, 1, 2 })
        {
            var (_, view) = harness.OpponentOffers(Outcome(price, colour));
            model.Update(Outcome(price, colour), view);
        }

        return (harness, model);
    }

    [Theory]
    [InlineData(0.5, 2, Blue)]
    [InlineData(0.75, 3, Blue)]
    [InlineData(1.0, 4, Blue)]
    [InlineData(0.5, 2, 0)]
    [InlineData(1.0, 4, 1)]
    public void NextBid_EqualOwnUtilities_PicksTheOneTheModelRatesBestForTheOpponent(double target, int price, int colour)
    {
        var (harness, model) = TrainedOn(colour);
        var bidder = new TradeOffBidder(new FixedTarget(target), band: 0.01, maxCandidates: 100);
        bidder.Start(harness.Context, model);

        Assert.Equal(Outcome(price, colour), bidder.NextBid(harness.At(0.5)));
    }

    [Fact]
    public void NextBid_WideBand_TradesOwnUtilityForTheOpponentsBestWithinTheBand()
    {
        var harness = new AgentHarness(TinyScenarios.PriceAndColour());
        var model = new FrequencyOpponentModel();
        model.Start(harness.Context);
        foreach (var outcome in new[] { Outcome(2, 0), Outcome(2, 0), Outcome(2, 0) })
        {
            model.Update(outcome, harness.OpponentOffers(outcome).View);
        }

        // Band [0.5, 0.75] holds prices 3 and 2; the model has seen only price 2 (and red), so it picks (2, red).
        var bidder = new TradeOffBidder(new FixedTarget(0.5), band: 0.25, maxCandidates: 100);
        bidder.Start(harness.Context, model);

        Assert.Equal(Outcome(2, 0), bidder.NextBid(harness.At(0.5)));
    }

    [Theory]
    [InlineData(0.3, 2, Blue)]
    [InlineData(0.3, 2, 0)]
    [InlineData(0.6, 3, 0)]
    [InlineData(0.6, 3, 1)]
    public void NextBid_NothingInTheBand_MovesTheBandUpToTheNextUtility(double target, int price, int colour)
    {
        var (harness, model) = TrainedOn(colour);
        var bidder = new TradeOffBidder(new FixedTarget(target), band: 0.01, maxCandidates: 100);
        bidder.Start(harness.Context, model);

        // Nothing lies in [target, target + 0.01]; the least-good price above it comes in three colours of equal
        // utility to A, and the opponent's favourite is chosen.
        Assert.Equal(Outcome(price, colour), bidder.NextBid(harness.At(0.5)));
    }

    [Fact]
    public void NextBid_CapOnCandidates_ExaminesOnlyTheBestForItself()
    {
        var (harness, model) = TrainedOn(Blue);
        var bidder = new TradeOffBidder(new FixedTarget(0.5), band: 0.01, maxCandidates: 2);
        bidder.Start(harness.Context, model);

        // Price 2 in index order: red, green, blue; only red and green are examined, and the model rates them equally.
        Assert.Equal(Outcome(2, 0), bidder.NextBid(harness.At(0.5)));
    }

    [Fact]
    public void Run_AgainstABuyerWhoAlwaysAsksForBlue_OffersBlueOnceItHasLearned()
    {
        var buyer = new ScriptedAgent([.. Enumerable.Range(0, 20).Select(i => ScriptedMove.Offer(Outcome(i % 2, Blue)))]);
        var result = Negotiate.Run(TinyScenarios.PriceAndColour(), StandardAgents.TradeOff(exponent: 1), buyer, rounds: 20);

        // The model learns from the buyer's second offer on, so every offer from A's third on is blue.
        var offers = Negotiate.OffersBy(result, 0);
        Assert.True(offers.Length >= 5);
        Assert.All(offers.Skip(2), o => Assert.Equal(Blue, o.Outcome % 3));
    }

    [Fact]
    public void Start_WithoutOpponentModel_SaysItNeedsOne()
    {
        var bidder = new TradeOffBidder(new FixedTarget(0.5), 0.01, 100);

        var error = Assert.Throws<InvalidOperationException>(() => bidder.Start(new AgentHarness(TinyScenarios.PriceAndColour()).Context, null));
        Assert.Contains("opponent model", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SameSeed_SameActions()
    {
        static Parley.Protocols.NegotiationAction[] Actions(int seed) => Negotiate.Actions(
            Negotiate.Run(TinyScenarios.PriceAndColour(), StandardAgents.TradeOff(), StandardAgents.Random(), rounds: 30, seed: seed));

        Assert.Equal(Actions(7), Actions(7));
    }
}
