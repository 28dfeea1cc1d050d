using System.Globalization;
using Parley.Analysis;
using Spectre.Console;

namespace Parley.Cli.Rendering;

/// <summary>The readable summary of <c>parley analyze</c>: parties, sizes, the frontier and the three solutions.</summary>
internal static class AnalysisReport
{
    /// <summary>Frontiers up to this size are listed in full; larger ones only counted.</summary>
    private const int ListedFrontierSize = 20;

    public static void Render(ScenarioAnalysis analysis, IAnsiConsole console)
    {
        var scenario = analysis.Scenario;
        console.Write(new Rule($"[bold]{Markup.Escape(scenario.Name)}[/]").LeftJustified());
        if (!string.IsNullOrWhiteSpace(scenario.Description))
        {
            console.MarkupLine(Markup.Escape(scenario.Description));
        }

        var facts = new Grid().AddColumn().AddColumn();
        facts.AddRow("Outcomes", analysis.OutcomeCount.ToString("N0", CultureInfo.InvariantCulture));
        facts.AddRow("Issues", Markup.Escape(string.Join(", ", scenario.Space.Issues.Select(i => $"{i.Name} ({i.ValueCount})"))));
        facts.AddRow("Method", Markup.Escape($"{MethodText(analysis)} ({analysis.MethodReason})"));
        facts.AddRow("Pareto frontier", analysis.ParetoFrontier.Length.ToString("N0", CultureInfo.InvariantCulture) + " outcomes");
        if (scenario.Source is not null)
        {
            facts.AddRow("Source", Markup.Escape(scenario.Source));
        }

        console.Write(facts);
        console.WriteLine();
        console.Write(PartiesTable(analysis));
        console.Write(SolutionsTable(analysis));
        if (analysis.ParetoFrontier.Length <= ListedFrontierSize)
        {
            console.Write(FrontierTable(analysis));
        }
        else
        {
            console.MarkupLine($"[grey]The frontier has {analysis.ParetoFrontier.Length:N0} outcomes; --json lists them all.[/]");
        }
    }

    private static Table PartiesTable(ScenarioAnalysis analysis)
    {
        var table = new Table().Title("Parties").AddColumn("Party").AddColumn("Reservation value", c => c.RightAligned())
            .AddColumn("Discount factor", c => c.RightAligned());
        for (var i = 0; i < analysis.Scenario.Parties.Length; i++)
        {
            var party = analysis.Scenario.Parties[i];
            table.AddRow(
                Markup.Escape(party.Name),
                OutcomeText.Utility(analysis.ReservationValues[i]),
                party.Discount.IsDiscounting ? party.Discount.Value.ToString("0.####", CultureInfo.InvariantCulture) : "none");
        }

        return table;
    }

    private static Table SolutionsTable(ScenarioAnalysis analysis)
    {
        var table = new Table().Title("Solutions").AddColumn("Solution");
        foreach (var party in analysis.Scenario.Parties)
        {
            table.AddColumn(Markup.Escape(party.Name), c => c.RightAligned());
        }

        table.AddColumn("Welfare", c => c.RightAligned()).AddColumn("Outcome");
        AddSolution(table, analysis, "Nash", analysis.Nash);
        AddSolution(table, analysis, "Kalai–Smorodinsky", analysis.KalaiSmorodinsky);
        AddSolution(table, analysis, "Max welfare", analysis.MaxWelfare);
        return table;
    }

    private static void AddSolution(Table table, ScenarioAnalysis analysis, string name, AnalysisPoint? point)
    {
        var cells = new List<string> { name };
        if (point is null)
        {
            cells.AddRange(analysis.Scenario.Parties.Select(_ => "–"));
            cells.Add("–");
            cells.Add("[grey]none: no outcome gives every party its reservation value[/]");
        }
        else
        {
            cells.AddRange(point.Utilities.Select(OutcomeText.Utility));
            cells.Add(OutcomeText.Utility(point.Welfare));
            cells.Add(Markup.Escape(OutcomeText.Describe(analysis.Scenario.Space, point.Outcome)));
        }

        table.AddRow([.. cells]);
    }

    private static Table FrontierTable(ScenarioAnalysis analysis)
    {
        var table = new Table().Title("Pareto frontier");
        foreach (var party in analysis.Scenario.Parties)
        {
            table.AddColumn(Markup.Escape(party.Name), c => c.RightAligned());
        }

        table.AddColumn("Outcome");
        foreach (var point in analysis.ParetoFrontier)
        {
            var cells = point.Utilities.Select(OutcomeText.Utility).ToList();
            cells.Add(Markup.Escape(OutcomeText.Describe(analysis.Scenario.Space, point.Outcome)));
            table.AddRow([.. cells]);
        }

        return table;
    }

    private static string MethodText(ScenarioAnalysis analysis) => analysis.Method switch
    {
        AnalysisMethod.LinearAdditiveMerge => "exact, merging per-issue frontiers (no enumeration)",
        AnalysisMethod.Enumeration => "exact, every outcome enumerated",
        AnalysisMethod.Sampling => $"SAMPLED: {analysis.SampleSize:N0} outcomes drawn uniformly (seeded); results are approximate",
        _ => analysis.Method.ToString(),
    };
}
