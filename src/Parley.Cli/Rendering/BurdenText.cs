using System.Globalization;
using Parley.BurdenSharing;

namespace Parley.Cli.Rendering;

/// <summary>How burden-sharing figures read in tables and JSON strings (invariant culture).</summary>
internal static class BurdenText
{
    /// <summary>An SMA amount as people quote it: <c>1.4028 tn won</c>, <c>USD 150 million</c>.</summary>
    public static string Amount(long amount, Currency currency) => currency switch
    {
        Currency.Krw => (amount / 1e12m).ToString("0.0000", CultureInfo.InvariantCulture) + " tn won",
        _ => "USD " + (amount / 1e6m).ToString("0", CultureInfo.InvariantCulture) + " million",
    };

    /// <summary>An amount in the short form of tables: <c>1.4028 tn</c> (won), <c>150 M</c> (dollars).</summary>
    public static string ShortAmount(long amount, Currency currency) => currency switch
    {
        Currency.Krw => (amount / 1e12m).ToString("0.0000", CultureInfo.InvariantCulture) + " tn",
        _ => (amount / 1e6m).ToString("0", CultureInfo.InvariantCulture) + " M",
    };

    /// <summary>The rule of a year in a few words for tables: the factor applied and what it came from.</summary>
    public static string ShortRule(SmaHistoryYear row)
    {
        if (row.Computed is not { } computed)
        {
            return row.Rule switch
            {
                NegotiatedLevelRule => "negotiated level",
                _ when row.NotComputedReason?.EndsWith("the currency changed", StringComparison.Ordinal) == true => "negotiated; currency switch",
                GdpGrowthPlusInflationRule => "GDP + CPI (no inputs)",
                FixedPlusDeflatorRule => "8.8 % + deflator (no inputs)",
                _ => "not computed",
            };
        }

        var step = computed.Step;
        var factor = (1 + (step.GrowthPercent / 100m)).ToString("0.000##", CultureInfo.InvariantCulture);
        var input = step.Inputs.FirstOrDefault();
        var what = row.Rule switch
        {
            FrozenRule => "frozen",
            FixedPercentageRule => "fixed rate",
            ConsumerPriceRule => $"CPI {input?.Year}" + (step.CapBinding ? ", capped" : string.Empty),
            DefenseBudgetRule { AdjustmentPoints: not 0 } r => string.Create(CultureInfo.InvariantCulture, $"defense budget {input?.Year} + {r.AdjustmentPoints:0.0##}"),
            DefenseBudgetRule => $"defense budget {input?.Year}",
            _ => "rule",
        };
        if (input is { Status: FigureStatus.Assumed or FigureStatus.Given or FigureStatus.Unverified or FigureStatus.Inferred })
        {
            what += $" ({input.Status.ToString().ToLowerInvariant()})";
        }

        return $"× {factor} {what}";
    }

    /// <summary>Published, computed, or both, and whether the rule reproduces the published figure.</summary>
    public static string Status(SmaHistoryYear row) => row switch
    {
        { IsProjection: true } => "projection",
        { Published: null } => "computed",
        { Reproduces: true } => "published = rule",
        { Reproduces: false } => "published ≠ rule",
        _ => "published",
    };

    /// <summary>The rule of a year, with the arithmetic when the rule computed it.</summary>
    public static string Rule(SmaHistoryYear row)
    {
        if (row.Computed is not { } computed)
        {
            return row.NotComputedReason is null ? row.Rule.Formula : $"{row.Rule.Formula} [not computed: {row.NotComputedReason}]";
        }

        var step = computed.Step;
        var prior = Amount(computed.PriorAmount, row.Currency) + (computed.PriorIsComputed ? " (computed)" : string.Empty);
        var check = row.Reproduces switch
        {
            true => "; reproduces the published figure",
            false => $"; the published figure is {Amount(row.Published!.Amount, row.Currency)}",
            null => string.Empty,
        };
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{row.Rule.Formula}: {computed.PriorYear} {prior} × (1 {(step.GrowthPercent < 0 ? "−" : "+")} {Math.Abs(step.GrowthPercent):0.0##} %) = {Amount(computed.Amount, row.Currency)} rounded; {step.Explanation}{check}");
    }

    /// <summary>The sources of a row: the publication's, then those of the rule's inputs.</summary>
    public static IEnumerable<Citation> Citations(SmaHistoryYear row) =>
        (row.Published?.Sources ?? [])
            .Concat(row.Computed?.Step.Inputs.Where(i => i.Source is not null).Select(i => i.Source!) ?? [])
            .Distinct();

    /// <summary>The source text of a row for JSON: citations with addresses, notes and statuses.</summary>
    public static string Source(SmaHistoryYear row)
    {
        if (row.Published is { } published)
        {
            var text = string.Join("; ", published.Sources.Select(s => s.ToString()));
            if (published.Status != FigureStatus.Sourced)
            {
                text = $"{published.Status.ToString().ToLowerInvariant()}: {text}";
            }

            return published.Note is null ? text : $"{text} (note: {published.Note})";
        }

        var inputs = row.Computed!.Step.Inputs.Select(i => i.Source is null
            ? $"{i.Year}: {i.Percent.ToString("0.0##", CultureInfo.InvariantCulture)} % ({i.Note ?? i.Status.ToString().ToLowerInvariant()})"
            : $"{i.Year}: {i.Source}" + (i.Status == FigureStatus.Sourced ? string.Empty : $" ({i.Status.ToString().ToLowerInvariant()}: {i.Note})"));
        var from = $"computed by the {row.Agreement.Name} rule from {row.Computed.PriorYear}" + (row.Computed.PriorIsComputed ? " (itself computed)" : " (published)");
        var list = string.Join("; ", inputs);
        return list.Length == 0 ? from : $"{from}; inputs: {list}";
    }

    /// <summary>A share in percent: <c>15.9909 %</c>.</summary>
    public static string Percent(double fraction) => (fraction * 100).ToString("0.####", CultureInfo.InvariantCulture) + " %";

    /// <summary>An allocation figure: grouped digits for large numbers, a few decimals for small ones.</summary>
    public static string Number(double? value) => value switch
    {
        null => "–",
        { } v when Math.Abs(v) >= 1000 => v.ToString("N0", CultureInfo.InvariantCulture),
        { } v => v.ToString("0.####", CultureInfo.InvariantCulture),
    };
}
