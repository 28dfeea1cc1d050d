using Parley.BurdenSharing;

namespace Parley.Tests.BurdenSharing;

public sealed class EscalationRuleTests
{
    private static IndexSeries Series(string name, params (int Year, decimal Percent)[] values) =>
        new(name, name, values.Select(v => new IndexValue(v.Year, v.Percent, null, FigureStatus.Given)));

    private static EscalationInputs Inputs(
        (int, decimal)[]? cpi = null, (int, decimal)[]? defense = null, (int, decimal)[]? deflator = null, (int, decimal)[]? gdp = null) =>
        new(Series("CPI", cpi ?? []), Series("defense", defense ?? []), Series("deflator", deflator ?? []), Series("gdp", gdp ?? []));

    [Fact]
    public void ConsumerPriceRule_CpiAboveCap_AppliesTheCap()
    {
        var rule = new ConsumerPriceRule(LagYears: 2, CapPercent: 5m);

        var step = rule.Apply(2030, 1000m, Inputs(cpi: [(2028, 7.5m)]));

        // 1000 × (1 + min(7.5 %, 5 %)) = 1050
        Assert.True(step.IsAvailable);
        Assert.True(step.CapBinding);
        Assert.Equal(1050m, step.Unrounded);
    }

    [Fact]
    public void ConsumerPriceRule_NegativeCpi_LowersTheAmount()
    {
        var step = new ConsumerPriceRule(2, 5m).Apply(2030, 1000m, Inputs(cpi: [(2028, -1m)]));

        Assert.Equal(990m, step.Unrounded);
        Assert.False(step.CapBinding);
    }

    [Fact]
    public void ConsumerPriceRule_NoCpiForTheYear_IsUnavailable()
    {
        var step = new ConsumerPriceRule(2, null).Apply(2030, 1000m, Inputs());

        Assert.False(step.IsAvailable);
        Assert.Equal("no CPI change for 2028 in the inputs", step.Explanation);
    }

    [Fact]
    public void DefenseBudgetRule_WithAdjustment_AddsThePoints()
    {
        var rule = new DefenseBudgetRule(1, 6.5m, "labor-cost adjustment");

        var step = rule.Apply(2021, 10_389m, Inputs(defense: [(2020, 7.4m)]));

        // 10,389 × (1 + 7.4 % + 6.5 %) = 10,389 × 1.139 = 11,833.071
        Assert.Equal(11_833.071m, step.Unrounded);
        Assert.Equal(13.9m, step.GrowthPercent);
        Assert.Contains("+ 6.5 points labor-cost adjustment", rule.Formula, StringComparison.Ordinal);
    }

    [Fact]
    public void FixedPlusDeflatorRule_AddsTheFixedPart()
    {
        var step = new FixedPlusDeflatorRule().Apply(2002, 440m, Inputs(deflator: [(2000, 1.2m)]));

        // 440 × (1 + 8.8 % + 1.2 %) = 484
        Assert.Equal(484m, step.Unrounded);
    }

    [Fact]
    public void GdpGrowthPlusInflationRule_AddsBothRates()
    {
        var step = new GdpGrowthPlusInflationRule().Apply(2000, 100m, Inputs(cpi: [(1999, 1m)], gdp: [(1999, 9m)]));

        // 100 × (1 + 9 % + 1 %) = 110
        Assert.Equal(110m, step.Unrounded);
        Assert.Equal(2, step.Inputs.Length);
    }

    [Fact]
    public void FixedFrozenAndNegotiated_BehaveAsTheirFormulasSay()
    {
        Assert.Equal(1_083m, new FixedPercentageRule(8.3m).Apply(2026, 1000m, Inputs()).Unrounded);
        Assert.Equal(911m, new FixedPercentageRule(-8.9m).Apply(2005, 1000m, Inputs()).Unrounded);
        Assert.Equal(1000m, new FrozenRule().Apply(2020, 1000m, Inputs()).Unrounded);
        Assert.False(new NegotiatedLevelRule("phase-in").Apply(1992, 150m, Inputs()).IsAvailable);
        Assert.Equal("prior × (1 − 8.9 %)", new FixedPercentageRule(-8.9m).Formula);
    }

    [Fact]
    public void RoundToPublicationUnit_RoundsHalfAwayFromZero()
    {
        Assert.Equal(14_028 * 100_000_000L, Currency.Krw.RoundToPublicationUnit(1_402_845_000_000m));
        Assert.Equal(16_287 * 100_000_000L, Currency.Krw.RoundToPublicationUnit(1_628_655_000_000m));
        Assert.Equal(360_000_000L, Currency.Usd.RoundToPublicationUnit(363_000_000m));
    }
}
