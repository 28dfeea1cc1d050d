using System.Collections.Immutable;
using System.Globalization;

namespace Parley.BurdenSharing;

/// <summary>
/// The CPI changes that project the 12th SMA's 2027–2030 amounts: each of 2027–2030 reads the CPI change of two years
/// before, so the projection needs the CPI of <see cref="FirstYear"/>–<see cref="LastYear"/>. Years the caller gives are
/// used as given; the others take <see cref="AssumedPercent"/>, an assumption and not a forecast.
/// </summary>
public sealed class CpiProjection
{
    /// <summary>The first CPI year the projection reads (for 2027).</summary>
    public const int FirstYear = 2025;

    /// <summary>The last CPI year the projection reads (for 2030).</summary>
    public const int LastYear = 2028;

    /// <summary>
    /// The default assumption: 2.0 % a year, the level at which the research notes' source projects about 1.64 trillion
    /// won for 2030. An assumption, not a forecast.
    /// </summary>
    public const decimal DefaultAssumedPercent = 2.0m;

    /// <summary>Creates the projection.</summary>
    /// <param name="given">CPI changes by year, in percent; only years <see cref="FirstYear"/>–<see cref="LastYear"/>.</param>
    /// <param name="assumedPercent">The CPI change assumed for the years not given.</param>
    /// <exception cref="ArgumentException">A year outside <see cref="FirstYear"/>–<see cref="LastYear"/>, or a rate of −100 % or less, or above 100 %.</exception>
    public CpiProjection(IReadOnlyDictionary<int, decimal> given, decimal assumedPercent = DefaultAssumedPercent)
    {
        ArgumentNullException.ThrowIfNull(given);
        foreach (var (year, percent) in given.OrderBy(g => g.Key))
        {
            if (year is < FirstYear or > LastYear)
            {
                throw new ArgumentException(
                    $"CPI for {year} is not used: the 12th SMA's 2027–2030 amounts read the CPI change of {FirstYear}–{LastYear} (two years before each).",
                    nameof(given));
            }

            CheckRate(percent, $"CPI for {year}");
        }

        CheckRate(assumedPercent, "the assumed CPI");
        Given = given.ToImmutableSortedDictionary();
        AssumedPercent = assumedPercent;
        Values =
        [
            .. Enumerable.Range(FirstYear, LastYear - FirstYear + 1).Select(year => Given.TryGetValue(year, out var percent)
                ? new IndexValue(year, percent, null, FigureStatus.Given, "given by the caller")
                : new IndexValue(year, assumedPercent, null, FigureStatus.Assumed, "assumption, not a forecast")),
        ];
    }

    /// <summary>The default: every year at <see cref="DefaultAssumedPercent"/>.</summary>
    public static CpiProjection Default { get; } = new(ImmutableDictionary<int, decimal>.Empty);

    /// <summary>The CPI changes the caller gave, by year.</summary>
    public ImmutableSortedDictionary<int, decimal> Given { get; }

    /// <summary>The CPI change assumed for the years not given.</summary>
    public decimal AssumedPercent { get; }

    /// <summary>The CPI change of each year <see cref="FirstYear"/>–<see cref="LastYear"/>, marked given or assumed.</summary>
    public ImmutableArray<IndexValue> Values { get; }

    private static void CheckRate(decimal percent, string what)
    {
        if (percent <= -100m || percent > 100m)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{what} must be a percent change above −100 and at most 100 (got {percent})."), nameof(percent));
        }
    }
}
