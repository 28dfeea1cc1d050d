using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Parley.Cases;
using Parley.Talks;
using Spectre.Console;

namespace Parley.Cli.Rendering;

/// <summary>
/// The backtest and sensitivity tables of the SMA case, for the console, as Markdown (docs/cases/sma-2019.md shows this
/// output verbatim; a test keeps it so) and as JSON (fields may be added, never renamed).
/// </summary>
internal static class SmaTables
{
    public static void BacktestConsole(IAnsiConsole console, SmaRun run, ImmutableArray<BacktestRow> rows)
    {
        var table = new Table().Title(Markup.Escape($"{run.Talks.Name}: simulated (seed {run.Settings.Seed}, default agents) vs actual"))
            .AddColumn("").AddColumn("Item").AddColumn("Simulated").AddColumn("Actual");
        foreach (var row in rows)
        {
            table.AddRow(SmaReport.Mark(row.Match), Markup.Escape(row.Item), Markup.Escape(row.Simulated), Markup.Escape(row.Actual));
        }

        console.Write(table);
        console.MarkupLine(Markup.Escape($"✓ same, ≈ close, ✗ different. {Summary(rows)}"));
    }

    public static void BacktestMarkdown(TextWriter output, ImmutableArray<BacktestRow> rows)
    {
        output.WriteLine("| | Item | Simulated | Actual | Source of the actual |");
        output.WriteLine("|---|---|---|---|---|");
        foreach (var row in rows)
        {
            output.WriteLine($"| {SmaReport.Mark(row.Match)} | {Cell(row.Item)} | {Cell(row.Simulated)} | {Cell(row.Actual)} | {Cell(row.Source)} |");
        }

        output.WriteLine();
        output.WriteLine($"✓ same (amounts within 2 %), ≈ close (within 10 %, or a neighbouring value), ✗ different. {Summary(rows)}");
    }

    public static void BacktestJson(TextWriter output, SmaRun run, ImmutableArray<BacktestRow> rows) => JsonOutput.Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteString("talks", run.Talks.Name);
        json.WriteNumber("seed", run.Settings.Seed);
        JsonOutput.WriteStrings(json, "agents", run.Settings.Agents.Select(a => a.ToString()));
        json.WriteStartArray("rows");
        foreach (var row in rows)
        {
            json.WriteStartObject();
            json.WriteString("item", row.Item);
            json.WriteString("simulated", row.Simulated);
            json.WriteString("actual", row.Actual);
            json.WriteString("match", row.Match switch { BacktestMatch.Yes => "yes", BacktestMatch.Close => "close", _ => "no" });
            json.WriteString("source", row.Source);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WritePropertyName("deal");
        WriteDeal(json, run.Talks, run.State.Status, run.DealDate, run.DealMeeting?.Record.Number, run.Deal, run.State.Utilities, run.WonPerDollar);
        json.WriteStartObject("actual");
        json.WriteString("date", Iso(SmaActual.Deal));
        JsonOutput.WriteNumbers(json, "amounts", SmaActual.Amounts);
        json.WriteString("escalation", SmaActual.Escalation);
        json.WriteNumber("duration", SmaActual.Duration);
        json.WriteNumber("laborSharePercent", SmaActual.LaborSharePercent);
        json.WriteString("scope", SmaActual.Scope);
        json.WriteEndObject();
        json.WriteEndObject();
    });

    public static void SensitivityConsole(IAnsiConsole console, ImmutableArray<SensitivityRow> rows, double fx)
    {
        var table = new Table().Title("sma-2019: one assumption at a time (seeded, deterministic)");
        foreach (var header in Headers)
        {
            table.AddColumn(header);
        }

        foreach (var row in rows)
        {
            table.AddRow([.. Cells(row, fx).Select(Markup.Escape)]);
        }

        console.Write(table);
        console.MarkupLine(Markup.Escape(Legend));
    }

    public static void SensitivityMarkdown(TextWriter output, ImmutableArray<SensitivityRow> rows, double fx)
    {
        output.WriteLine("| " + string.Join(" | ", Headers) + " |");
        output.WriteLine("|" + string.Concat(Headers.Select(_ => "---|")));
        foreach (var row in rows)
        {
            var cells = Cells(row, fx);
            if (row.IsBase)
            {
                cells = [.. cells.Select(c => $"**{c}**")];
            }

            output.WriteLine("| " + string.Join(" | ", cells.Select(Cell)) + " |");
        }

        output.WriteLine();
        output.WriteLine(Legend);
    }

    public static void SensitivityJson(TextWriter output, TalksScenario talks, int seed, ImmutableArray<SensitivityRow> rows) => JsonOutput.Write(output, json =>
    {
        var fx = SmaCase.WonPerDollar(talks);
        json.WriteStartObject();
        json.WriteString("talks", talks.Name);
        json.WriteNumber("seed", seed);
        json.WriteStartArray("rows");
        foreach (var row in rows)
        {
            json.WriteStartObject();
            json.WriteString("assumption", row.Assumption);
            json.WriteString("setting", row.Setting);
            json.WriteBoolean("base", row.IsBase);
            JsonOutput.WriteStrings(json, "walkOuts", row.WalkOuts.Select(Iso));
            json.WritePropertyName("outcome");
            WriteDeal(json, talks, row.Status, row.DealDate, row.DealMeeting, row.Deal, row.Utilities, fx);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static readonly string[] Headers = ["Assumption", "Setting", "Walk-outs", "Deal", "2020", "2021 (bn won)", "Escalation", "Years", "U.S. utility", "ROK utility"];

    private const string Legend =
        "One assumption changed at a time; everything else as shipped. 2020: the agreed 2020 payment's increase over 2019; 2021: the agreed 2021 payment. "
        + "Utilities: each side's utility of the deal under its preferences of that day (its reservation value without a deal). "
        + "Actual (7 Mar 2021): 2020 +0.0 %, 2021 1,183.3 bn won, defense-budget growth, 6 years.";

    private static string[] Cells(SensitivityRow row, double fx)
    {
        _ = fx;
        var deal = row.Deal;
        return
        [
            row.Assumption,
            row.Setting,
            row.WalkOuts.IsEmpty ? "none" : string.Join(", ", row.WalkOuts.Select(SmaBacktestDate)),
            row.DealDate is { } date ? string.Create(CultureInfo.InvariantCulture, $"{SmaBacktestDate(date)} (meeting {row.DealMeeting})") : row.Status == TalksStatus.BrokenOff ? "broken off" : "no deal",
            deal is null ? "–" : SmaCase.Percent(deal.IncreasePercent),
            deal?.Amount2021 is { } amount ? amount.ToString("N1", CultureInfo.InvariantCulture) : "–",
            deal is null ? "–" : SmaCase.RuleName(deal.Escalation),
            deal is null ? "–" : deal.Duration.ToString(CultureInfo.InvariantCulture),
            row.Utilities[0].ToString("0.000", CultureInfo.InvariantCulture),
            row.Utilities[1].ToString("0.000", CultureInfo.InvariantCulture),
        ];
    }

    private static void WriteDeal(Utf8JsonWriter json, TalksScenario talks, TalksStatus status, DateOnly? date, int? meeting, SmaTerms? deal, ImmutableArray<double> utilities, double fx)
    {
        json.WriteStartObject();
        json.WriteString("status", TalksJson.Status(status));
        if (date is { } day)
        {
            json.WriteString("date", Iso(day));
            json.WriteNumber("meeting", meeting!.Value);
        }
        else
        {
            json.WriteNull("date");
            json.WriteNull("meeting");
        }

        if (deal is not null)
        {
            json.WriteStartObject("terms");
            json.WriteNumber("payment2020", deal.Payment2020);
            json.WriteNumber("increasePercent", Math.Round(deal.IncreasePercent, 6));
            json.WriteNumber("payment2020Dollars", deal.Payment2020 / fx);
            json.WriteString("escalation", deal.Escalation);
            json.WriteNumber("duration", deal.Duration);
            json.WriteString("laborShare", deal.LaborShare);
            json.WriteString("scope", deal.Scope);
            JsonOutput.WriteNumbers(json, "amounts", deal.Amounts);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("terms");
        }

        json.WriteStartObject("utilities");
        for (var i = 0; i < talks.Parties.Length; i++)
        {
            json.WriteNumber(talks.Parties[i], utilities[i]);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string Summary(ImmutableArray<BacktestRow> rows) => string.Create(
        CultureInfo.InvariantCulture,
        $"{rows.Count(r => r.Match == BacktestMatch.Yes)} of {rows.Length} items the same, {rows.Count(r => r.Match == BacktestMatch.Close)} close, {rows.Count(r => r.Match == BacktestMatch.No)} different.");

    private static string SmaBacktestDate(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
