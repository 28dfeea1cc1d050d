using System.Collections.Immutable;
using Parley.BurdenSharing;

namespace Parley.Cases;

/// <summary>
/// What really happened in the 2019–2021 SMA talks, with sources: the record a run of <c>sma-2019</c> is compared with.
/// The agents never see any of it. The amounts 2020–2025 come from Parley's SMA history (<see cref="SmaHistory"/>:
/// published, or computed by the 11th SMA's rule where none was published).
/// </summary>
public static class SmaActual
{
    /// <summary>The U.S. walked out of the second day of the 3rd round in Seoul.</summary>
    public static DateOnly WalkOut { get; } = new(2019, 11, 19);

    /// <summary>Sources of the walk-out and its length.</summary>
    public const string WalkOutSource = "Washington Times 2019-11-19 (about 80 minutes); Dong-A 2019-11-20 (10:00–11:30 of a session planned to 17:00)";

    /// <summary>The U.S. change of administration.</summary>
    public static DateOnly ChangeOfGovernment { get; } = new(2021, 1, 20);

    /// <summary>The agreement in principle, at the end of the 9th round in Washington (5–7 March 2021).</summary>
    public static DateOnly Deal { get; } = new(2021, 3, 7);

    /// <summary>Sources of the agreement.</summary>
    public const string DealSource = "Yonhap 2021-03-08 (agreement in principle, 7 March); State Dept 2021-03-08 (six years); Xinhua 2021-03-10 (1.183 tn won, +13.9 %)";

    /// <summary>The escalation rule agreed for 2022–2025: the prior year's ROK defense-budget growth.</summary>
    public const string Escalation = "defenseBudget";

    /// <summary>Years covered (2020–2025).</summary>
    public const int Duration = 6;

    /// <summary>The labor share agreed: at least 87 % of the contribution (research notes §1; unverified in the stored pages).</summary>
    public const double LaborSharePercent = 87;

    /// <summary>The labor-share value of the case's grid nearest the agreed 87 %.</summary>
    public const string LaborShareOnGrid = "85%";

    /// <summary>The scope agreed: the three existing categories.</summary>
    public const string Scope = "existing";

    /// <summary>The U.S. ask at the 7th round (March 2020): about $4 billion, $1 billion below the initial demand.</summary>
    public const double UsAskMarch2020 = 4.0;

    /// <summary>The U.S. ask of May 2020: $1.3 billion a year.</summary>
    public const double UsAskMay2020 = 1.3;

    /// <summary>Seoul's best offer (March 2020): +13 % for 2020.</summary>
    public const double KoreaBestOfferPercent = 13;

    /// <summary>The amounts of 2020–2025, billion won (2020 frozen, 2021 +13.9 %, then defense-budget growth).</summary>
    public static ImmutableArray<double> Amounts { get; } =
    [
        .. SmaHistory.Compute(CpiProjection.Default)
            .Where(y => y.Year is >= SmaCase.FirstYear and < SmaCase.FirstYear + Duration)
            .Select(y => y.Amount / 1e9),
    ];

    /// <summary>Which of <see cref="Amounts"/> were published (the others are computed by the 11th SMA's rule).</summary>
    public static ImmutableArray<bool> AmountsPublished { get; } =
    [
        .. SmaHistory.Compute(CpiProjection.Default)
            .Where(y => y.Year is >= SmaCase.FirstYear and < SmaCase.FirstYear + Duration)
            .Select(y => !y.IsComputed),
    ];
}
