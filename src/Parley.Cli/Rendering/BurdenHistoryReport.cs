using System.Collections.Immutable;
using System.Globalization;
using Parley.BurdenSharing;
using Spectre.Console;

namespace Parley.Cli.Rendering;

/// <summary>
/// The readable SMA history: one row per year with the published figure and, beside it, what the rule gives, then the
/// numbered sources and the CPI assumption of the projection.
/// </summary>
internal static class BurdenHistoryReport
{
    public static void Render(ImmutableArray<SmaHistoryYear> history, CpiProjection projection, IAnsiConsole console)
    {
        console.Write(new Rule("[bold]U.S.–ROK Special Measures Agreements: ROK contributions 1991–2030[/]").LeftJustified());
        var numbers = new Dictionary<Citation, int>();
        var table = new Table()
            .Title("Yearly amounts")
            .AddColumn("Year")
            .AddColumn("SMA")
            .AddColumn("Published", c => c.RightAligned())
            .AddColumn("Rule gives", c => c.RightAligned())
            .AddColumn("Cur.")
            .AddColumn("Status")
            .AddColumn("Rule applied")
            .AddColumn("Source");
        foreach (var row in history)
        {
            var sources = BurdenText.Citations(row).Select(c => numbers.TryGetValue(c, out var n) ? n : numbers[c] = numbers.Count + 1);
            table.AddRow(
                row.Year.ToString(CultureInfo.InvariantCulture),
                row.Agreement.Name[..^4],
                row.Published is null ? "–" : BurdenText.ShortAmount(row.Published.Amount, row.Currency),
                row.Computed is null ? "–" : BurdenText.ShortAmount(row.Computed.Amount, row.Currency),
                row.Currency.Code(),
                StatusMarkup(row),
                Markup.Escape(BurdenText.ShortRule(row)),
                string.Concat(sources.Select(n => $"[[{n}]]")));
        }

        console.Write(table);
        console.Write(AgreementsTable(history));
        console.MarkupLine(Markup.Escape(
            "Status: 'published = rule' means the agreement's rule, applied to the prior year and rounded to 100 million won "
            + "(USD 10 million), gives the published figure; 'computed' years have no published figure."));
        console.MarkupLine(Markup.Escape(ProjectionText(projection)));
        console.WriteLine();
        console.MarkupLine("[bold]Sources[/]");
        foreach (var (citation, number) in numbers.OrderBy(p => p.Value))
        {
            console.MarkupLine(Markup.Escape($"[{number}] {citation.Label}: {citation.Url}"));
        }
    }

    /// <summary>The CPI values behind 2027–2030, each marked given or assumed.</summary>
    public static string ProjectionText(CpiProjection projection) =>
        "2027–2030 follow the 12th SMA: prior year × (1 + CPI change of two years before), capped at 5 %, with CPI "
        + string.Join(", ", projection.Values.Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.Year} {v.Percent:0.0##} % ({(v.Status == FigureStatus.Given ? "given" : "assumed")})")))
        + (projection.Values.Any(v => v.Status == FigureStatus.Assumed)
            ? string.Create(CultureInfo.InvariantCulture, $". Assumed values are an assumption ({projection.AssumedPercent:0.0##} % a year), not a forecast; give yours with --cpi 2025=2.1,2026=2.0,…")
            : ".");

    private static Table AgreementsTable(ImmutableArray<SmaHistoryYear> history)
    {
        var table = new Table().Title("Agreements and their rules").AddColumn("SMA").AddColumn("Years").AddColumn("Term").AddColumn("Rule");
        foreach (var agreement in history.Select(r => r.Agreement).Distinct())
        {
            var years = agreement.FirstYear == agreement.LastYear ? $"{agreement.FirstYear}" : $"{agreement.FirstYear}–{agreement.LastYear}";
            table.AddRow(agreement.Name, years, Markup.Escape(agreement.Duration), Markup.Escape(agreement.RuleSummary));
        }

        return table;
    }

    private static string StatusMarkup(SmaHistoryYear row) => BurdenText.Status(row) switch
    {
        "published = rule" => "[green]published = rule[/]",
        "published ≠ rule" => "[yellow]published ≠ rule[/]",
        "projection" => "[red]projection[/]",
        var other => Markup.Escape(other),
    };
}
