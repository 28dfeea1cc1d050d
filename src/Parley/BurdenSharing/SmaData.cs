using System.Collections.Immutable;
using static Parley.BurdenSharing.SmaSources;

namespace Parley.BurdenSharing;

/// <summary>
/// The U.S.–ROK SMA history 1991–2030 as data: the twelve agreements with their rules, the published yearly amounts,
/// and the sourced inputs of the rules (ROK CPI change and defense-budget growth). Every figure carries its source and
/// status; see docs/burden-sharing.md for the table and the verification.
/// </summary>
public static class SmaData
{
    /// <summary>The first year of the history (the 1st SMA).</summary>
    public const int FirstYear = 1991;

    /// <summary>The last year of the history (the end of the 12th SMA).</summary>
    public const int LastYear = 2030;

    private const long Eok = 100_000_000;      // 억 원: the unit of published KRW amounts
    private const long UsdMillion = 1_000_000;

    /// <summary>ROK consumer-price inflation (annual average), the input of the CPI rules.</summary>
    public static IndexSeries ConsumerPrices { get; } = new(
        "ROK consumer-price inflation (annual average, Statistics Korea)",
        "CPI",
        [
            new(2006, 2.2m, Newspim2006, FigureStatus.Sourced, "also Asia Economy 2012-12-31"),
            new(2007, 2.5m, AsiaEconomy2012, FigureStatus.Sourced),
            new(2008, 4.7m, SeoulShinmun2009, FigureStatus.Sourced, "also Asia Economy 2012-12-31"),
            new(2009, 2.8m, Hankyung2009, FigureStatus.Sourced, "also Asia Economy 2012-12-31"),
            new(2010, 2.9m, DongA2016, FigureStatus.Unverified,
                "Dong-A (2016) reports 2.9 %, Asia Economy (2012) 3.0 %; 2.9 % (the rebased series) is the one that reproduces the published 2012 amount"),
            new(2011, 4.0m, DongA2016, FigureStatus.Sourced, "also Asia Economy 2012-12-31"),
            new(2012, 2.2m, DongA2016, FigureStatus.Sourced, "also Asia Economy 2012-12-31 and Newsis 2018-12-31"),
            new(2013, 1.3m, DongA2016, FigureStatus.Sourced, "also Newsis 2018-12-31"),
            new(2014, 1.3m, DongA2016, FigureStatus.Sourced, "also Newsis 2018-12-31"),
            new(2015, 0.7m, DongA2016, FigureStatus.Sourced, "also Newsis 2018-12-31"),
            new(2016, 1.0m, DongA2016, FigureStatus.Sourced, "also Newsis 2018-12-31"),
            new(2017, 1.9m, Newsis2018, FigureStatus.Sourced),
            new(2018, 1.5m, Newsis2018, FigureStatus.Sourced),
        ]);

    /// <summary>Growth of the ROK defense budget (main budget), the input of the 10th and 11th SMA rules.</summary>
    public static IndexSeries DefenseBudgetGrowth { get; } = new(
        "ROK defense-budget growth (main budget, MND)",
        "defense-budget growth",
        [
            new(2019, 8.2m, MndBudgetTable, FigureStatus.Sourced, "466,971 over 431,581 억 원"),
            new(2020, 7.4m, MndBudgetTable, FigureStatus.Sourced, "501,527 over 466,971 억 원; also Yonhap via clicknnews"),
            new(2021, 5.4m, MndBudgetTable, FigureStatus.Sourced, "528,401 over 501,527 억 원"),
            new(2022, 3.4m, MndBudgetTable, FigureStatus.Sourced, "546,112 over 528,401 억 원"),
            new(2023, 4.4m, MndBudgetTable, FigureStatus.Sourced, "570,143 over 546,112 억 원"),
            new(2024, 4.2m, MndBudgetTable, FigureStatus.Sourced,
                "594,244 over 570,143 억 원; the research notes had this rate only as inferred from the 2025 amount, the MND table gives it"),
        ]);

    /// <summary>ROK GDP-deflator growth (5th SMA): no sourced values, so the 5th SMA's years are published only.</summary>
    public static IndexSeries GdpDeflator { get; } = new("ROK GDP-deflator growth", "GDP deflator", []);

    /// <summary>ROK real GDP growth (4th SMA): no sourced values, so the 4th SMA's years are published only.</summary>
    public static IndexSeries RealGdpGrowth { get; } = new("ROK real GDP growth", "real GDP growth", []);

    /// <summary>The twelve agreements, in order.</summary>
    public static ImmutableArray<SpecialMeasuresAgreement> Agreements { get; } =
    [
        new(1, 1991, 1993, Currency.Usd, "3 yrs",
            "Negotiated yearly amounts, phased toward about USD 300 million by 1995 (about a third of USFK's won-based stationing costs)",
            Each(1991, 1993, new NegotiatedLevelRule("phase-in toward about USD 300 million by 1995")),
            [MndChart2018, MoneyToday, SeoulShinmun2014, Fnnews2019],
            "1991 is also reported as about 107.3 billion won."),
        new(2, 1994, 1995, Currency.Usd, "2 yrs",
            "Continued the phase-in to USD 300 million",
            Each(1994, 1995, new NegotiatedLevelRule("phase-in to USD 300 million")),
            [MndChart2018, MoneyToday, SeoulShinmun2014, Fnnews2019],
            "fnnews reports +18.2 % for the first year."),
        new(3, 1996, 1998, Currency.Usd, "3 yrs",
            "+10 % a year on the prior year, all three years fixed up front (Seoul had wanted inflation-only increases)",
            Each(1996, 1998, new FixedPercentageRule(10m)),
            [Hankyung1995, SeoulShinmun2014, MndChart2018],
            "1998 was readjusted during the Asian financial crisis and partly paid in won (details unverified)."),
        new(4, 1999, 2001, Currency.Usd, "3 yrs",
            "Increase = prior-year amount × (real GDP growth + CPI change); about 57 % payable in won",
            Each(1999, 2001, new GdpGrowthPlusInflationRule()),
            [MoneyToday, MndChart2018],
            "Amounts are the MND chart's USD equivalents; fnnews reports +8.0 % for 1999 in won, which conflicts with the USD series (unverified)."),
        new(5, 2002, 2004, Currency.Usd, "3 yrs",
            "Fixed 8.8 % + GDP-deflator growth of two years before; won share raised to 88 %",
            Each(2002, 2004, new FixedPlusDeflatorRule()),
            [MoneyToday, MndChart2018, Fnnews2019],
            "fnnews reports +25.7 % for 2002 in won, which conflicts with the USD series (unverified)."),
        new(6, 2005, 2006, Currency.Krw, "2 yrs",
            "Cut 8.9 % and frozen for two years; the first SMA paid wholly in won",
            [new(2005, new NegotiatedLevelRule("cut 8.9 % from the 2004 won-based level")), new(2006, new FrozenRule())],
            [MoneyToday, SeoulShinmun2014, MndChart2018],
            "Context: 2nd Infantry Division units sent to Iraq; a USFK reduction of about 12,500 troops announced."),
        new(7, 2007, 2008, Currency.Krw, "2 yrs",
            "2007 +6.6 %; 2008 = 2007 × (1 + CPI change); a fixed 3 %/yr clause was deleted",
            [new(2007, new FixedPercentageRule(6.6m, "negotiated; the published rate is rounded")), new(2008, new ConsumerPriceRule(2, null))],
            [Imaeil2006, SeoulEconomic7th, MndChart2018],
            "The sources say only 'CPI'; Parley reads it as the CPI change of two years before, which reproduces 2008 (the prior year's does not)."),
        new(8, 2009, 2013, Currency.Krw, "5 yrs",
            "2009 +2.5 %; then prior-year amount × (1 + CPI change), capped at 4 % a year",
            [new(2009, new FixedPercentageRule(2.5m, "negotiated")), .. Each(2010, 2013, new ConsumerPriceRule(2, 4m))],
            [Mbn8th, MndChart2018],
            "The sources say only 'CPI'; Parley reads it as the CPI change of two years before, which reproduces 2010–2013 (the prior year's does not)."),
        new(9, 2014, 2018, Currency.Krw, "5 yrs",
            "2014 +5.8 %; then the CPI change of two years before (전전년도), capped at 4 %",
            [new(2014, new FixedPercentageRule(5.8m, "negotiated; the published rate is rounded")), .. Each(2015, 2018, new ConsumerPriceRule(2, 4m))],
            [Moneys9th, StateDept9th, MndChart2018]),
        new(10, 2019, 2019, Currency.Krw, "1 yr",
            "One year, +8.2 %, equal to the ROK's 2019 defense-budget growth",
            [new(2019, new DefenseBudgetRule(0))],
            [Mofa10th, Kbmaeil10th],
            "The U.S. had demanded at least USD 1 billion; USD equivalents of 1.0389 trillion won range from USD 890 to 925 million (unverified, FX)."),
        new(11, 2020, 2025, Currency.Krw, "\"1+5\" = 6 yrs",
            "2020 frozen; 2021 +13.9 % (2020 defense-budget growth 7.4 % + 6.5 points labor costs); 2022–2025 prior year × (1 + ROK defense-budget growth of the prior year)",
            [
                new(2020, new FrozenRule()),
                new(2021, new DefenseBudgetRule(1, 6.5m, "labor-cost adjustment")),
                .. Each(2022, 2025, new DefenseBudgetRule(1)),
            ],
            [Janes11th, Clicknnews11th, Fnnews2021],
            "Agreed in principle Mar 7 2021; in force Sep 1 2021. The formal signing date (Apr 8 2021) is unverified."),
        new(12, 2026, 2030, Currency.Krw, "5 yrs",
            "2026 +8.3 %; 2027–2030 prior year × (1 + CPI change of two years before), capped at 5 % a year",
            [new(2026, new FixedPercentageRule(8.3m, "negotiated")), .. Each(2027, 2030, new ConsumerPriceRule(2, 5m))],
            [MaeilBusiness2024, MofaBonn12th, AsiaEconomy12th],
            "Concluded Oct 2 2024, signed Nov 4 2024, in force Nov 29 2024. The sources name no floor for a negative CPI change."),
    ];

    /// <summary>The published yearly amounts: 1991–2004 in USD, 2005 on in KRW. 2023, 2024 and 2027–2030 have none (computed).</summary>
    public static ImmutableArray<PublishedAmount> PublishedAmounts { get; } =
    [
        Usd(1991, 150), Usd(1992, 180), Usd(1993, 220), Usd(1994, 260), Usd(1995, 300), Usd(1996, 330), Usd(1997, 360),
        Usd(1998, 390, "planned figure; readjusted during the Asian financial crisis (details unverified)"),
        Usd(1999, 330), Usd(2000, 390), Usd(2001, 440), Usd(2002, 470), Usd(2003, 550), Usd(2004, 620),
        .. ChartKrw(2005, [6_804, 6_804, 7_255, 7_415, 7_600, 7_904, 8_125, 8_361, 8_695, 9_200, 9_320, 9_441, 9_507, 9_602]),
        new(2019, Currency.Krw, 10_389 * Eok, [Mofa10th, Kbmaeil10th], FigureStatus.Sourced),
        new(2020, Currency.Krw, 10_389 * Eok, [Janes11th, Clicknnews11th], FigureStatus.Sourced, "frozen at the 2019 level"),
        new(2021, Currency.Krw, 11_833 * Eok, [Clicknnews11th, Janes11th], FigureStatus.Sourced),
        new(2022, Currency.Krw, 12_472 * Eok, [Janes11th, Fnnews2021], FigureStatus.Sourced,
            "as cited by the research notes; not re-found in a stored copy"),
        new(2025, Currency.Krw, 14_028 * Eok, [MaeilBusiness2024, FnnewsBusan2024], FigureStatus.Sourced),
        new(2026, Currency.Krw, 15_192 * Eok, [MaeilBusiness2024, MofaBonn12th, FnnewsBusan2024], FigureStatus.Sourced),
    ];

    /// <summary>The agreement in force in a year of <see cref="FirstYear"/>–<see cref="LastYear"/>.</summary>
    public static SpecialMeasuresAgreement AgreementFor(int year) =>
        Agreements.FirstOrDefault(a => a.Covers(year))
        ?? throw new ArgumentOutOfRangeException(nameof(year), year, $"The SMA history covers {FirstYear}–{LastYear}.");

    /// <summary>The published amount of a year, if there is one.</summary>
    public static PublishedAmount? PublishedFor(int year) => PublishedAmounts.FirstOrDefault(p => p.Year == year);

    private static ImmutableArray<YearRule> Each(int first, int last, EscalationRule rule) =>
        [.. Enumerable.Range(first, last - first + 1).Select(year => new YearRule(year, rule))];

    private static PublishedAmount Usd(int year, long millions, string? note = null) =>
        new(year, Currency.Usd, millions * UsdMillion, [MndChart2018], FigureStatus.Sourced, note);

    private static IEnumerable<PublishedAmount> ChartKrw(int firstYear, long[] eok) =>
        eok.Select((amount, i) => new PublishedAmount(firstYear + i, Currency.Krw, amount * Eok, [MndChart2018], FigureStatus.Sourced));
}
