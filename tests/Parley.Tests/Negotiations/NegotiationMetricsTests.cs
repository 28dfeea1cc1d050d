using Parley.Agents;
using Parley.Negotiations;
using Parley.Protocols;
using Parley.Scenarios;
using Parley.TestKit.Agents;
using Parley.TestKit.Scenarios;

namespace Parley.Tests.Negotiations;

public sealed class NegotiationMetricsTests
{
    // Split the pie on 0..10: A gets share/10, B 1 − share/10; reservation values 0.2 and 0.4; A discounts with d = 0.5.
    // Every split is Pareto-optimal. Rational splits: share 2..6. Nash maximises (u − 0.2)(0.6 − u): share 4 → (0.4, 0.6);
    // Kalai–Smorodinsky equalises (u − 0.2)/0.4 and (0.6 − u)/0.4: share 4 as well.
    private static (PreparedScenario Scenario, NegotiationResult Result) Run(Scenario scenario, params Agent[] agents)
    {
        var prepared = new PreparedScenario(scenario);
        return (prepared, new NegotiationRunner(prepared, new NegotiationSettings(Deadline.OfRounds(10))).Run(agents));
    }

    [Fact]
    public void Compute_AgreementOnTheFrontier_GivesHandComputedValues()
    {
        var (scenario, result) = Run(
            TinyScenarios.SplitThePie(10, 0.2, 0.4, discountA: 0.5), new ScriptedAgent(ScriptedMove.Offer(7)), new ScriptedAgent(ScriptedMove.Accept()));

        var metrics = NegotiationMetrics.Compute(scenario, result);

        // Two turns of a 20-turn budget: t = 0.1, so A's utilities shrink by 0.5^0.1.
        var shrink = Math.Pow(0.5, 0.1);
        Assert.True(metrics.Agreement);
        Assert.Equal(2, metrics.Turns);
        Assert.Equal(1, metrics.Rounds);
        Assert.Equal(0.1, metrics.EndTime, 12);
        Assert.Equal([0.7, 0.3], metrics.Utilities.Select(u => Math.Round(u, 12)));
        Assert.Equal(0.7 * shrink, metrics.DiscountedUtilities[0], 12);
        Assert.Equal(0.3, metrics.DiscountedUtilities[1], 12);
        Assert.Equal(0.5, metrics.Advantages[0], 12);
        Assert.Equal(-0.1, metrics.Advantages[1], 12);
        Assert.Equal(0.5 * shrink, metrics.DiscountedAdvantages[0], 12);
        Assert.Equal(-0.1, metrics.DiscountedAdvantages[1], 12);
        Assert.Equal(1.0, metrics.SocialWelfare, 12);
        Assert.Equal((0.7 * shrink) + 0.3, metrics.DiscountedSocialWelfare, 12);
        Assert.Equal(0.0, metrics.ParetoDistance!.Value, 12);

        // (0.7, 0.3) to (0.4, 0.6): √(0.3² + 0.3²).
        Assert.Equal(0.3 * Math.Sqrt(2), metrics.NashDistance!.Value, 12);
        Assert.Equal(0.3 * Math.Sqrt(2), metrics.KalaiSmorodinskyDistance!.Value, 12);
    }

    [Fact]
    public void Compute_WalkAway_MeasuresFromTheDisagreementPoint()
    {
        var (scenario, result) = Run(
            TinyScenarios.SplitThePie(10, 0.2, 0.4, discountA: 0.5), new ScriptedAgent(ScriptedMove.Offer(7)), new ScriptedAgent(ScriptedMove.Walk()));

        var metrics = NegotiationMetrics.Compute(scenario, result);

        Assert.False(metrics.Agreement);
        Assert.Equal([0.2, 0.4], metrics.Utilities);
        Assert.Equal([0.0, 0.0], metrics.Advantages);
        Assert.Equal([0.0, 0.0], metrics.DiscountedAdvantages);
        Assert.Equal(0.2 * Math.Pow(0.5, 0.1), metrics.DiscountedUtilities[0], 12);
        Assert.Equal(0.6, metrics.SocialWelfare, 12);

        // (0.2, 0.4) is dominated; the nearest split is (0.4, 0.6), which is also Nash and Kalai–Smorodinsky: √0.08.
        Assert.Equal(Math.Sqrt(0.08), metrics.ParetoDistance!.Value, 12);
        Assert.Equal(Math.Sqrt(0.08), metrics.NashDistance!.Value, 12);
        Assert.Equal(Math.Sqrt(0.08), metrics.KalaiSmorodinskyDistance!.Value, 12);
    }

    [Fact]
    public void Compute_NoRationalOutcome_LeavesNashAndKalaiDistancesNull()
    {
        // Both want at least 0.6 of the pie: no split is rational, so there is no Nash or Kalai–Smorodinsky point.
        var (scenario, result) = Run(
            TinyScenarios.SplitThePie(10, 0.6, 0.6), new ScriptedAgent(ScriptedMove.Offer(5)), new ScriptedAgent(ScriptedMove.Walk()));

        var metrics = NegotiationMetrics.Compute(scenario, result);

        Assert.Null(metrics.NashDistance);
        Assert.Null(metrics.KalaiSmorodinskyDistance);

        // (0.6, 0.6) to the nearest split (0.5, 0.5): √0.02.
        Assert.Equal(Math.Sqrt(0.02), metrics.ParetoDistance!.Value, 12);
    }

    [Fact]
    public void Compute_WithoutAnalysis_LeavesEveryDistanceNull()
    {
        var (_, result) = Run(TinyScenarios.SplitThePie(), new ScriptedAgent(ScriptedMove.Offer(5)), new ScriptedAgent(ScriptedMove.Accept()));

        var metrics = NegotiationMetrics.Compute(result, analysis: null);

        Assert.Null(metrics.ParetoDistance);
        Assert.Null(metrics.NashDistance);
        Assert.Null(metrics.KalaiSmorodinskyDistance);
        Assert.Equal(1.0, metrics.SocialWelfare, 12);
    }

    [Fact]
    public void Compute_ThreePartiesAgreeOnTheFirstFavourite_SumsWelfareOverAll()
    {
        // P0 likes v0 best (1), every other value 0.5; agreeing on v0 gives (1, 0.5, 0.5), Pareto-optimal, and the Nash
        // point (products tie at 0.25 for v0, v1, v2; ties go to the first outcome, v0).
        var (scenario, result) = Run(
            TinyScenarios.Favourites(3),
            new ScriptedAgent(ScriptedMove.Offer(0)),
            new ScriptedAgent(ScriptedMove.Accept()),
            new ScriptedAgent(ScriptedMove.Accept()));

        var metrics = NegotiationMetrics.Compute(scenario, result);

        Assert.Equal(NegotiationEnd.Agreement, result.End);
        Assert.Equal([1.0, 0.5, 0.5], metrics.Utilities);
        Assert.Equal(2.0, metrics.SocialWelfare);
        Assert.Equal(0.0, metrics.ParetoDistance);
        Assert.Equal(0.0, metrics.NashDistance);
    }

    [Fact]
    public void Distance_VectorsOfDifferentLengths_Throws() =>
        Assert.Throws<ArgumentException>(() => NegotiationMetrics.Distance([0.1, 0.2], [0.1]));
}
