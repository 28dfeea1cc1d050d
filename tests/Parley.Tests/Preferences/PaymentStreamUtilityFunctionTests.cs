using Parley.Outcomes;
using Parley.Preferences;

namespace Parley.Tests.Preferences;

/// <summary>
/// The payment-stream utility by hand. The space: a first-year amount of 100 or 200, an escalation rule "flat" (0 %) or
/// "grow" (+10 % in the second year, +50 % from the third), a duration of 1 to 3 years, and a scope "a" or "b". The
/// horizon is 3 years, the discount rate 10 % and the growth after expiry 20 %.
/// </summary>
public sealed class PaymentStreamUtilityFunctionTests
{
    private static readonly OutcomeSpace Space = new(
    [
        new RealIssue("amount", 100, 200, 2),
        new DiscreteIssue("escalation", ["flat", "grow"]),
        new IntegerIssue("duration", 1, 3),
        new DiscreteIssue("scope", ["a", "b"]),
    ]);

    private static readonly PaymentStream Stream = new(Space, 0, 1, [[0], [10, 50]], 2, 0, horizon: 3, discountRatePercent: 10, afterExpiryPercent: 20);

    [Fact]
    public void Factor_FlatOneYear_GrowsAfterExpiry()
    {
        // y0: 1/1 = 1; y1: expired, 1.2/1.1 = 1.090909…; y2: 1.44/1.21 = 1.190082…; F = 3.280991…
        Assert.Equal(1.0 + (1.2 / 1.1) + (1.2 * 1.2 / (1.1 * 1.1)), Stream.Factor(0, 1), 14);
    }

    [Fact]
    public void Factor_GrowThreeYears_UsesTheRuleEachYearAndRepeatsNothing()
    {
        // y0: 1; y1: +10 %, 1.1/1.1 = 1; y2: +50 %, 1.65/1.21 = 1.363636…; F = 3.363636…
        Assert.Equal(1.0 + (1.1 / 1.1) + (1.1 * 1.5 / (1.1 * 1.1)), Stream.Factor(1, 3), 14);
    }

    [Fact]
    public void Factor_GrowTwoYears_ExpiresInTheThirdYear()
    {
        // y1: +10 % (1.1/1.1 = 1); y2: expired, +20 %: 1.32/1.21 = 1.090909…; F = 3.090909…
        Assert.Equal(1.0 + 1.0 + (1.1 * 1.2 / (1.1 * 1.1)), Stream.Factor(1, 2), 14);
    }

    [Fact]
    public void Factor_ShortRateList_RepeatsItsLastRate()
    {
        var stream = new PaymentStream(Space, 0, 1, [[0], [10]], 2, 0, horizon: 3, discountRatePercent: 0, afterExpiryPercent: 0);

        // grow = [10]: years 2 and 3 both +10 %, no discount: 1 + 1.1 + 1.21 = 3.31
        Assert.Equal(3.31, stream.Factor(1, 3), 14);
    }

    [Fact]
    public void Factor_DurationBeyondHorizon_CoversTheHorizon() =>
        Assert.Equal(Stream.Factor(1, 3), Stream.Factor(1, 7));

    [Fact]
    public void PresentValue_IsFirstYearTimesFactor_ToTheBit()
    {
        // (200, grow, 3 years, a): 200 × 3.363636… = 672.727…
        Assert.Equal(200 * Stream.Factor(1, 3), Stream.PresentValue([1, 1, 2, 0]));
        Assert.Equal(672.727272727272, Stream.PresentValue([1, 1, 2, 0]), 9);
    }

    [Fact]
    public void Amounts_FollowTheRuleThenTheGrowthAfterExpiry()
    {
        // 100; +10 % → 110; expired after 2 years, +20 % → 132
        Assert.Equal([100, 110.00000000000001, 132], Stream.Amounts(100, 1, 2));
    }

    [Fact]
    public void PresentValue_ExplicitAmounts_DiscountsAndExtendsTheLastYear()
    {
        // 100 + 110/1.1 + (110 × 1.2)/1.21 = 100 + 100 + 109.0909… = 309.0909…
        Assert.Equal(309.090909090909, Stream.PresentValue([100.0, 110.0]), 9);
    }

    [Fact]
    public void PresentValueRange_IsCheapestAndDearestStream()
    {
        var (minimum, maximum) = Stream.PresentValueRange();

        // min: 100 × F(flat, 3) = 100 × (1 + 1/1.1 + 1/1.21) = 273.553…; max: 200 × F(grow, 3) = 672.727…
        Assert.Equal(273.553719008264, minimum, 9);
        Assert.Equal(672.727272727273, maximum, 9);
    }

    [Fact]
    public void Utility_Payer_ScoresPresentValueLinearlyBetweenTheExtremes()
    {
        var utility = Payer();

        // (100, flat, 1 year, b): PV = 100 × 3.280991… = 328.099…; s = (328.099 − 672.727)/(273.554 − 672.727) = 0.863354…
        // U = 0.8 × 0.863354… + 0.2 × (5/10) = 0.790683…
        Assert.Equal(0.790683229813665, utility.Utility([0, 0, 0, 1]), 12);

        // The cheapest stream with scope a: 0.8 × 1 + 0.2 × 1 = 1; the dearest with scope b: 0 + 0.1 = 0.1
        Assert.Equal(1.0, utility.Utility([0, 0, 2, 0]), 14);
        Assert.Equal(0.1, utility.Utility([1, 1, 2, 1]), 14);
    }

    [Fact]
    public void Utility_Receiver_RunsTheOtherWay()
    {
        var utility = new PaymentStreamUtilityFunction(Stream, 1.0, PaymentPreference.More, [new PaymentStreamTerm(3, 0, new ConstantValueFunction(1))]);

        // 1 − 0.863354… = 0.136645…
        Assert.Equal(0.136645962732919, utility.Utility([0, 0, 0, 1]), 12);
        Assert.Equal(1.0, utility.Utility([1, 1, 2, 0]), 14);
    }

    [Fact]
    public void Utility_ExplicitBounds_ClipOutsideThem()
    {
        // best 300, worst 400: PV 328.099… scores (328.099 − 400)/(300 − 400) = 0.719008…; PV 273.55 clips to 1, PV 672.7 to 0
        var utility = new PaymentStreamUtilityFunction(Stream, 1.0, PaymentPreference.Less, [new PaymentStreamTerm(3, 0, new ConstantValueFunction(0))], worst: 400, best: 300);

        Assert.Equal(0.719008264462810, utility.Utility([0, 0, 0, 0]), 12);
        Assert.Equal(1.0, utility.Utility([0, 0, 2, 0]));
        Assert.Equal(0.0, utility.Utility([1, 1, 2, 0]));
    }

    [Fact]
    public void Utility_SumAboveOne_IsCapped()
    {
        var utility = new PaymentStreamUtilityFunction(Stream, 0.9, PaymentPreference.Less, [new PaymentStreamTerm(3, 0.5, new ConstantValueFunction(1))]);

        Assert.Equal(1.0, utility.Utility([0, 0, 2, 0]));
    }

    [Fact]
    public void UtilityOfAmounts_MatchesTheGridWhereTheyCoincide()
    {
        var utility = Payer();

        // (100, grow, 2 years) pays 100, 110, 132: the same stream as explicit amounts.
        Assert.Equal(utility.Utility([0, 1, 1, 0]), utility.UtilityOfAmounts([100.0, 110.00000000000001, 132.0], [0, 1, 1, 0]), 12);
    }

    [Fact]
    public void Evaluate_Chunk_MatchesUtility()
    {
        var utility = Payer();
        var chunk = new double[Space.Count - 3];

        utility.Evaluate(3, chunk);

        var values = new int[4];
        for (var k = 0; k < chunk.Length; k++)
        {
            Space.Decode(3 + k, values);
            Assert.Equal(utility.Utility(values), chunk[k]);
        }
    }

    [Fact]
    public void Constructor_IssueInNoTerm_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new PaymentStreamUtilityFunction(Stream, 1, PaymentPreference.Less, []));

        Assert.Contains("'scope'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_BoundsTheWrongWayRound_Throws() =>
        Assert.Throws<ArgumentException>(() => new PaymentStreamUtilityFunction(
            Stream, 1, PaymentPreference.Less, [new PaymentStreamTerm(3, 0, new ConstantValueFunction(0))], worst: 300, best: 400));

    [Fact]
    public void Constructor_GrowthListsNotMatchingTheRules_Throws() =>
        Assert.Throws<ArgumentException>(() => new PaymentStream(Space, 0, 1, [[0]], 2, 0, 3, 10, 20));

    [Fact]
    public void Constructor_DiscreteAmount_Throws() =>
        Assert.Throws<ArgumentException>(() => new PaymentStream(Space, 3, 1, [[0], [1]], 2, 0, 3, 10, 20));

    private static PaymentStreamUtilityFunction Payer() =>
        new(Stream, 0.8, PaymentPreference.Less, [new PaymentStreamTerm(3, 0.2, new DiscreteValueFunction([new("a", 10), new("b", 5)]))]);
}
