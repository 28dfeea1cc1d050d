using System.Globalization;
using Parley.Storage.Tournaments;
using Parley.Tournaments;
using Spectre.Console;

namespace Parley.Cli.Rendering;

/// <summary>The readable output of <c>parley tournament</c>: what is being run, and the report's tables.</summary>
internal static class TournamentTables
{
    public static void RenderDefinition(TournamentDefinition definition, string path, IAnsiConsole console)
    {
        var repetitions = definition.Repetitions == 1 ? "1 repetition" : $"{definition.Repetitions:N0} repetitions";
        console.MarkupLine(Markup.Escape(string.Create(
            CultureInfo.InvariantCulture,
            $"Tournament: {definition.Agents.Length} agents × {definition.Scenarios.Length} scenarios × {repetitions} = {definition.Count:N0} negotiations, "
            + $"{definition.Deadline}, seed {definition.Seed}{(definition.SelfPlay ? ", with self-play" : string.Empty)} → {path}")));
        foreach (var scenario in definition.Scenarios)
        {
            var assignments = scenario.IsSampled
                ? $"a seeded sample of {scenario.Assignments:N0} of its {scenario.PossibleAssignments:N0} role assignments"
                : $"{scenario.Assignments:N0} role assignments";
            var analysis = scenario.Analysis is null ? " (too large to analyse: no distances)" : string.Empty;
            console.MarkupLine(Markup.Escape(string.Create(
                CultureInfo.InvariantCulture, $"  {scenario.Name}: {scenario.Parties} parties, {scenario.Outcomes:N0} outcomes, {assignments}{analysis}")));
        }

        if (!definition.IsReproducible)
        {
            console.MarkupLine("  [yellow]A time deadline or turn limit reads the real clock: results are not reproducible to the bit.[/]");
        }
    }

    public static void RenderSummary(TournamentRunSummary summary, IAnsiConsole console)
    {
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"Stored {summary.StoredThisRun:N0} negotiations in {summary.Elapsed.TotalSeconds:0.00} s ({summary.Rate:N0}/s, {summary.Workers} workers); "
            + $"{summary.Stored:N0} of {summary.Total:N0} stored, {summary.FailuresThisRun:N0} failed in this run.");
        if (summary.AbandonedWorkers > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture, $" {summary.AbandonedWorkers} hung agent(s): their worker threads were abandoned.");
        }

        console.MarkupLine(Markup.Escape(text));
    }

    /// <summary>The ranking: the score (mean discounted utility) with half its 95% interval, and the main means.</summary>
    public static void RenderRanking(TournamentReport report, IAnsiConsole console)
    {
        var table = new Table().Title("Ranking (means over sessions; ± is half the 95% interval)")
            .AddColumns("#", "Agent", "Score", "±", "Utility", "Advantage", "Agreed", "Failed");
        foreach (var column in table.Columns.Skip(2))
        {
            column.RightAligned();
        }

        foreach (var s in report.Ranking)
        {
            table.AddRow(
                Cell(s.Rank.ToString(CultureInfo.InvariantCulture)),
                Cell(s.Name),
                Cell(Number(s.DiscountedUtility.Mean)),
                Cell(Number(s.DiscountedUtility.HalfWidth)),
                Cell(Number(s.Utility.Mean)),
                Cell(Number(s.Advantage.Mean)),
                Cell(Percent(s.AgreementRate)),
                Cell(s.FailuresCaused.ToString("N0", CultureInfo.InvariantCulture)));
        }

        console.Write(table);
    }

    /// <summary>How good the results of each agent's negotiations were.</summary>
    public static void RenderOutcomes(TournamentReport report, IAnsiConsole console)
    {
        var table = new Table().Title("Outcomes of each agent's negotiations (means)")
            .AddColumns("Agent", "Disc. adv.", "Welfare", "Pareto dist.", "Nash dist.", "Rounds to agr.");
        foreach (var column in table.Columns.Skip(1))
        {
            column.RightAligned();
        }

        foreach (var s in report.Ranking)
        {
            table.AddRow(
                Cell(s.Name),
                Cell(Number(s.DiscountedAdvantage.Mean)),
                Cell(Number(s.SocialWelfare.Mean)),
                Cell(Number(s.ParetoDistance.Mean)),
                Cell(Number(s.NashDistance.Mean)),
                Cell(Number(s.RoundsToAgreement.Mean, "0.0")));
        }

        console.Write(table);
    }

    public static void Render(TournamentReport report, IReadOnlyList<StoredRun>? runs, IAnsiConsole console)
    {
        var definition = report.Definition;
        console.Write(new Rule(Markup.Escape(definition.ToString())).LeftJustified());
        console.MarkupLine(Markup.Escape(string.Create(
            CultureInfo.InvariantCulture,
            $"{report.Completed:N0} of {definition.Count:N0} negotiations stored{(report.IsComplete ? string.Empty : " (incomplete: resume it to finish)")}; "
            + $"{report.Agreements:N0} agreements, {report.Failures:N0} failures.")));
        RenderRanking(report, console);
        RenderOutcomes(report, console);

        var scenarios = new Table().Title("Scenarios (means)").AddColumns("Scenario", "Runs", "Agreed", "Welfare", "Pareto dist.", "Nash dist.", "Rounds", "Failed");
        foreach (var column in scenarios.Columns.Skip(1))
        {
            column.RightAligned();
        }

        foreach (var s in report.Scenarios)
        {
            scenarios.AddRow(
                Cell(definition.Scenarios[s.Scenario].Name),
                Cell(s.Negotiations.ToString("N0", CultureInfo.InvariantCulture)),
                Cell(Percent(s.AgreementRate)),
                Cell(Number(s.SocialWelfare.Mean)),
                Cell(Number(s.ParetoDistance.Mean)),
                Cell(Number(s.NashDistance.Mean)),
                Cell(Number(s.RoundsToAgreement.Mean, "0.0")),
                Cell(s.Failures.ToString("N0", CultureInfo.InvariantCulture)));
        }

        console.Write(scenarios);
        console.Write(Matrix(
            "Mean utility by scenario (rows: agents)",
            definition.AgentNames,
            [.. definition.Scenarios.Select(s => s.Name)],
            report.ByScenario.Select(c => (c.Agent, c.Scenario, c.Utility.Mean))));
        console.Write(Matrix(
            "Mean utility against each opponent (rows: agents, columns: opponents)",
            definition.AgentNames,
            definition.AgentNames,
            report.ByOpponent.Select(c => (c.Agent, c.Opponent, c.Utility.Mean))));

        if (runs is not null)
        {
            var timings = new Table().Title("Runs (wall clock)").AddColumns("Run", "Started", "Finished", "Workers", "Negotiations");
            foreach (var run in runs)
            {
                timings.AddRow(
                    Cell(run.Run.ToString(CultureInfo.InvariantCulture)),
                    Cell(run.Started),
                    Cell(run.Finished ?? "(stopped)"),
                    Cell(run.Workers.ToString(CultureInfo.InvariantCulture)),
                    Cell(run.Negotiations.ToString("N0", CultureInfo.InvariantCulture)));
            }

            console.Write(timings);
            var mean = report.Completed > 0 ? report.NegotiationTime.TotalMicroseconds / report.Completed : double.NaN;
            console.MarkupLine(Markup.Escape(string.Create(
                CultureInfo.InvariantCulture,
                $"Negotiation time: {report.NegotiationTime.TotalSeconds:0.###} s in all, {mean:0.#} µs per negotiation (one thread).")));
        }
    }

    private static Table Matrix(string title, IReadOnlyList<string> rows, IReadOnlyList<string> columns, IEnumerable<(int Row, int Column, double Value)> cells)
    {
        var values = new double[rows.Count, columns.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                values[r, c] = double.NaN;
            }
        }

        foreach (var (r, c, v) in cells)
        {
            values[r, c] = v;
        }

        var table = new Table().Title(Markup.Escape(title)).AddColumn(string.Empty);
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(column)).RightAligned());
        }

        for (var r = 0; r < rows.Count; r++)
        {
            var cellsOfRow = new List<Markup> { Cell(rows[r]) };
            for (var c = 0; c < columns.Count; c++)
            {
                cellsOfRow.Add(Cell(Number(values[r, c])));
            }

            table.AddRow(cellsOfRow);
        }

        return table;
    }

    private static Markup Cell(string text) => new(Markup.Escape(text));

    private static string Number(double value, string format = "0.000") =>
        double.IsNaN(value) ? "–" : value.ToString(format, CultureInfo.InvariantCulture);

    private static string Percent(Estimate rate) =>
        double.IsNaN(rate.Mean) ? "–" : (100 * rate.Mean).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
