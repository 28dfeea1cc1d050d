using Parley.Agents.OpponentModeling;
using Parley.TestKit.Scenarios;

namespace Parley.Tests.Agents.OpponentModeling;

public sealed class FrequencyOpponentModelTests
{
    // PriceAndColour: dense index = 3·price + colour (red 0, green 1, blue 2).
    private static long Outcome(int price, int colour) => (3 * price) + colour;

    private static (AgentHarness Harness, FrequencyOpponentModel Model) Started(double learningCoefficient = 0.2)
    {
        var harness = new AgentHarness(TinyScenarios.PriceAndColour());
        var model = new FrequencyOpponentModel(learningCoefficient);
        model.Start(harness.Context);
        return (harness, model);
    }

    private static void Offer(AgentHarness harness, FrequencyOpponentModel model, long outcome) =>
        model.Update(outcome, harness.OpponentOffers(outcome).View);

    [Fact]
    public void Update_FirstOffer_IsOnlyRemembered()
    {
        var (harness, model) = Started();

        Offer(harness, model, Outcome(3, 2));

        Assert.Equal(0.5, model.IssueWeight(0));
        Assert.Equal(0.5, model.IssueWeight(1));
        Assert.Equal(1.0, model.ValueScore(1, 0));
        Assert.Equal(model.EstimatedUtility(Outcome(0, 0)), model.EstimatedUtility(Outcome(3, 2)));
    }

    [Fact]
    public void Update_SecondOfferKeepsTheColour_HandWorkedWeightsAndScores()
    {
        var (harness, model) = Started();

        Offer(harness, model, Outcome(0, 2));
        Offer(harness, model, Outcome(1, 2));

        // n = 2, g = 0.2/2 = 0.1, one unchanged issue: S = 1.1. Colour (unchanged): (0.5 + 0.1)/1.1; price: 0.5/1.1.
        Assert.Equal(0.6 / 1.1, model.IssueWeight(1), 12);
        Assert.Equal(0.5 / 1.1, model.IssueWeight(0), 12);

        // Counts start at 1 and the second offer adds 1: price 1 and blue now count 2, the rest 1 (scores 1/2).
        Assert.Equal(1.0, model.ValueScore(0, 1));
        Assert.Equal(0.5, model.ValueScore(0, 0));
        Assert.Equal(1.0, model.ValueScore(1, 2));
        Assert.Equal(0.5, model.ValueScore(1, 0));
        Assert.Equal((0.5 / 1.1) + (0.6 / 1.1), model.EstimatedUtility(Outcome(1, 2)), 12);
        Assert.Equal((0.5 / 1.1 * 0.5) + (0.6 / 1.1 * 0.5), model.EstimatedUtility(Outcome(0, 0)), 12);
    }

    [Fact]
    public void Update_OpponentKeepsItsFavouriteColour_LearnsColourMattersAndBlueIsBest()
    {
        var (harness, model) = Started();

        foreach (var price in new[] { 0, 1, 0, 2, 1, 0, 1 })
        {
            Offer(harness, model, Outcome(price, 2));
        }

        Assert.True(model.IssueWeight(1) > model.IssueWeight(0), $"colour {model.IssueWeight(1)}, price {model.IssueWeight(0)}");
        Assert.Equal(1.0, model.ValueScore(1, 2));
        Assert.True(model.ValueScore(1, 0) < 0.2);
        for (var price = 0; price <= 4; price++)
        {
            Assert.True(model.EstimatedUtility(Outcome(price, 2)) > model.EstimatedUtility(Outcome(price, 0)));
            Assert.True(model.EstimatedUtility(Outcome(price, 2)) > model.EstimatedUtility(Outcome(price, 1)));
        }

        // Prices it asked for most score highest: 0 and 1 (3 and 3 times, minus the first offer) over 2 and 4 (never).
        Assert.True(model.EstimatedUtility(Outcome(1, 2)) > model.EstimatedUtility(Outcome(4, 2)));
    }

    [Fact]
    public void Update_IssueNeverChanges_WeightStopsAtTheCap()
    {
        var (harness, model) = Started();

        for (var i = 0; i < 200; i++)
        {
            Offer(harness, model, Outcome(i % 5, 2));
        }

        // One unchanged issue: S = 1.1, cap 1 − 2·0.1/1.1. Uncapped, (w + 0.1)/1.1 would tend to 1; capped, the colour
        // weight can pass the cap by at most one step.
        var cap = 1 - (0.2 / 1.1);
        Assert.InRange(model.IssueWeight(1), cap / 1.1, (cap + 0.1) / 1.1);
    }

    [Fact]
    public void Start_Again_ForgetsEverything()
    {
        var (harness, model) = Started();
        Offer(harness, model, Outcome(0, 2));
        Offer(harness, model, Outcome(1, 2));

        model.Start(harness.Context);

        Assert.Equal(0.5, model.IssueWeight(1));
        Assert.Equal(1.0, model.ValueScore(1, 0));
        Assert.Equal(0, model.Offers);
    }

    [Fact]
    public void Update_ManyOffers_AllocatesNothing()
    {
        var (harness, model) = Started();
        var view = harness.At(0.5, 0);
        model.Update(0, view);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++)
        {
            model.Update(i % 15, view);
            _ = model.EstimatedUtility(i % 15);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
