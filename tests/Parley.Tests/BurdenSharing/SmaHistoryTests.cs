using Parley.BurdenSharing;

namespace Parley.Tests.BurdenSharing;

public sealed class SmaHistoryTests
{
    private const long Eok = 100_000_000; // 억 원, the unit KRW amounts are published in

    private static SmaHistoryYear Year(IEnumerable<SmaHistoryYear> history, int year) => history.Single(r => r.Year == year);

    [Fact]
    public void Compute_EleventhSma_RulesReproduceThePublished2021_2022_2025Figures()
    {
        var history = SmaHistory.Compute(CpiProjection.Default);

        // 2021: 10,389 × (1 + 7.4 % defense-budget growth of 2020 + 6.5 points labor) = 10,389 × 1.139 = 11,833.07 → 11,833
        // 2022: 11,833 × 1.054 = 12,471.98 → 12,472
        // 2025: 13,463 × 1.042 = 14,028.45 → 14,028 (from the computed 2024)
        foreach (var (year, published) in new[] { (2021, 11_833L), (2022, 12_472L), (2025, 14_028L) })
        {
            var row = Year(history, year);
            Assert.Equal(published * Eok, row.Published!.Amount);
            Assert.Equal(published * Eok, row.Computed!.Amount);
            Assert.True(row.Reproduces);
            Assert.False(row.IsComputed);
        }
    }

    [Fact]
    public void Compute_EleventhSma_ComputesTheUnpublished2023And2024()
    {
        var history = SmaHistory.Compute(CpiProjection.Default);

        // 2023: 12,472 × 1.034 = 12,896.05 → 12,896;  2024: 12,896 × 1.044 = 13,463.42 → 13,463
        var y2023 = Year(history, 2023);
        var y2024 = Year(history, 2024);
        Assert.Null(y2023.Published);
        Assert.True(y2023.IsComputed);
        Assert.Equal(12_896 * Eok, y2023.Amount);
        Assert.Equal(13_463 * Eok, y2024.Amount);
        Assert.True(y2024.Computed!.PriorIsComputed);
        Assert.Equal(2023, y2024.Computed.Step.Inputs.Single().Year);
        Assert.Equal(4.4m, y2024.Computed.Step.Inputs.Single().Percent);
    }

    [Fact]
    public void Compute_TwelfthSma_Reproduces2026FromThe2025Figure()
    {
        var row = Year(SmaHistory.Compute(CpiProjection.Default), 2026);

        // 14,028 × 1.083 = 15,192.32 → 15,192
        Assert.Equal(15_192 * Eok, row.Computed!.Amount);
        Assert.True(row.Reproduces);
        Assert.Equal("12th SMA", row.Agreement.Name);
    }

    [Fact]
    public void Compute_WithGivenCpi_ProjectsThe12thSmaWithTheCapBinding()
    {
        var projection = new CpiProjection(new Dictionary<int, decimal> { [2025] = 2.1m, [2026] = 6.0m, [2027] = 1.9m, [2028] = -0.5m });

        var history = SmaHistory.Compute(projection);

        // 2027 = 15,192 × (1 + CPI 2025 2.1 %) = 15,511.03 → 15,511
        // 2028 = 15,511 × (1 + min(CPI 2026 6.0 %, 5 %)) = 16,286.55 → 16,287 (cap binds)
        // 2029 = 16,287 × (1 + CPI 2027 1.9 %) = 16,596.45 → 16,596
        // 2030 = 16,596 × (1 − 0.5 %, CPI 2028) = 16,513.02 → 16,513
        Assert.Equal([15_511 * Eok, 16_287 * Eok, 16_596 * Eok, 16_513 * Eok], Enumerable.Range(2027, 4).Select(y => Year(history, y).Amount));
        Assert.Equal([false, true, false, false], Enumerable.Range(2027, 4).Select(y => Year(history, y).Computed!.Step.CapBinding));
        Assert.Equal(5m, Year(history, 2028).Computed!.Step.GrowthPercent);
        Assert.All(Enumerable.Range(2027, 4), y =>
        {
            Assert.True(Year(history, y).IsComputed);
            Assert.True(Year(history, y).IsProjection);
            Assert.Equal(FigureStatus.Given, Year(history, y).Computed!.Step.Inputs.Single().Status);
        });
    }

    [Fact]
    public void Compute_DefaultAssumption_Gives2030OfAbout1_64TrillionWon()
    {
        var history = SmaHistory.Compute(CpiProjection.Default);

        // 2 % a year: 15,192 → 15,495.84 → 15,496 → 15,805.92 → 15,806 → 16,122.12 → 16,122 → 16,444.44 → 16,444
        Assert.Equal(16_444 * Eok, Year(history, 2030).Amount);
        Assert.All(Enumerable.Range(2027, 4), y => Assert.Equal(FigureStatus.Assumed, Year(history, y).Computed!.Step.Inputs.Single().Status));
    }

    [Fact]
    public void Compute_KrwYears_TheRulesReproduceEveryPublishedFigureExceptRoundedFirstYearRates()
    {
        var history = SmaHistory.Compute(CpiProjection.Default);

        var reproduced = history.Where(r => r.Currency == Currency.Krw && r.Reproduces == true).Select(r => r.Year);
        var missed = history.Where(r => r.Currency == Currency.Krw && r.Reproduces == false).Select(r => r.Year);

        // 2008–2013 and 2015–2018 with sourced CPI (two years before; cap 4 % binds in 2010: CPI 2008 = 4.7 %),
        // 2019–2022, 2025 with MND defense-budget growth, 2006 and 2020 frozen, 2009 and 2026 fixed rates.
        Assert.Equal([2006, 2008, 2009, 2010, 2011, 2012, 2013, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2025, 2026], reproduced);
        // 2007 (+6.6 %) and 2014 (+5.8 %) are published as rounded rates: 6,804 × 1.066 = 7,253 vs 7,255; 8,695 × 1.058 = 9,199 vs 9,200.
        Assert.Equal([2007, 2014], missed);
        Assert.True(Year(history, 2010).Computed!.Step.CapBinding);
    }

    [Fact]
    public void Compute_ThirdSma_ReproducesTwoOfItsThreeYears()
    {
        var history = SmaHistory.Compute(CpiProjection.Default);

        // 300 × 1.1 = 330 ✓; 330 × 1.1 = 363 → USD 360 million at the chart's precision ✓; 360 × 1.1 = 396 → 400 vs 390 published
        Assert.True(Year(history, 1996).Reproduces);
        Assert.True(Year(history, 1997).Reproduces);
        Assert.False(Year(history, 1998).Reproduces);
        Assert.Equal(400_000_000, Year(history, 1998).Computed!.Amount);
    }

    [Fact]
    public void Compute_Default_HasOneRowPerYear1991To2030WithTheRightCurrency()
    {
        var history = SmaHistory.Compute(CpiProjection.Default);

        Assert.Equal(Enumerable.Range(1991, 40), history.Select(r => r.Year));
        Assert.All(history, r => Assert.Equal(r.Year <= 2004 ? Currency.Usd : Currency.Krw, r.Currency));
        Assert.Equal(
            [2023, 2024, 2027, 2028, 2029, 2030],
            history.Where(r => r.IsComputed).Select(r => r.Year));
        Assert.Equal("the currency changed", Year(history, 2005).NotComputedReason![^"the currency changed".Length..]);
    }

    [Fact]
    public void Compute_HistoricalInputsOnly_LeavesOutTheUnprojectedYears()
    {
        var history = SmaHistory.Compute(EscalationInputs.Historical);

        Assert.Equal(2026, history[^1].Year);
    }

    [Fact]
    public void CpiProjection_YearTheRuleDoesNotRead_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new CpiProjection(new Dictionary<int, decimal> { [2029] = 2m }));

        Assert.Contains("CPI for 2029 is not used", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new CpiProjection(new Dictionary<int, decimal> { [2025] = -100m }));
        Assert.Throws<ArgumentException>(() => new CpiProjection(new Dictionary<int, decimal>(), assumedPercent: 150m));
    }
}
