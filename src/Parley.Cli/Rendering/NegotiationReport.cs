using System.Globalization;
using Parley.Negotiations;
using Parley.Protocols;
using Spectre.Console;

namespace Parley.Cli.Rendering;

/// <summary>
/// The readable report of <c>parley negotiate</c>: the exchange (condensed for long runs), the result and the metrics.
/// </summary>
internal static class NegotiationReport
{
    /// <summary>Exchanges up to this many turns are shown in full.</summary>
    internal const int FullExchange = 40;

    /// <summary>Turns always shown at each end of a condensed exchange.</summary>
    internal const int EdgeTurns = 8;

    /// <summary>The most turns shown between the two ends; the step that counts as a change doubles until they fit.</summary>
    internal const int MaxMiddleTurns = 30;

    /// <summary>The smallest change of an offer's utility to its maker that is shown in a condensed exchange.</summary>
    internal const double FirstStep = 0.05;

    public static void Render(NegotiationRun run, IAnsiConsole console)
    {
        var scenario = run.Scenario.Scenario;
        var result = run.Result;
        console.Write(new Rule($"[bold]{Markup.Escape(scenario.Name)}[/]: {Markup.Escape(string.Join(" vs ", run.Agents))}").LeftJustified());
        var facts = new Grid().AddColumn().AddColumn();
        for (var seat = 0; seat < scenario.Parties.Length; seat++)
        {
            facts.AddRow($"Seat {seat}", Markup.Escape($"{scenario.Parties[seat].Name}: {run.Agents[seat]}"));
        }

        facts.AddRow("Deadline", Markup.Escape(run.Settings.Deadline.ToString()));
        facts.AddRow("Seed", run.Settings.Seed.ToString(CultureInfo.InvariantCulture));
        if (run.Settings.TurnTimeLimit is { } limit)
        {
            facts.AddRow("Turn limit", string.Create(CultureInfo.InvariantCulture, $"{limit.TotalMilliseconds:0.###} ms"));
        }

        console.Write(facts);
        console.WriteLine();
        if (result.Trace is { Count: > 0 })
        {
            console.Write(ExchangeTable(run));
        }

        console.Write(ResultGrid(run));
        console.WriteLine();
        console.Write(MetricsTable(run));
        console.Write(DistancesGrid(run));
    }

    /// <summary>
    /// The turns shown in a condensed exchange, in order: all of them up to <see cref="FullExchange"/>; otherwise the
    /// first and last <see cref="EdgeTurns"/>, every accept or walk-away, and every offer whose utility to its maker moved
    /// by at least a step since that party's last shown offer (the step starts at <see cref="FirstStep"/> and doubles
    /// until at most <see cref="MaxMiddleTurns"/> middle turns remain).
    /// </summary>
    internal static (int[] Turns, double Step) SelectTurns(ReadOnlySpan<TraceEntry> entries, PreparedScenario scenario)
    {
        if (entries.Length <= FullExchange)
        {
            return ([.. Enumerable.Range(0, entries.Length)], 0);
        }

        var step = FirstStep;
        while (true)
        {
            var lastShown = new double?[scenario.Scenario.Parties.Length];
            for (var i = 0; i < EdgeTurns; i++)
            {
                Remember(entries[i], lastShown, scenario);
            }

            var middle = new List<int>();
            for (var i = EdgeTurns; i < entries.Length - EdgeTurns; i++)
            {
                var entry = entries[i];
                var own = entry.Kind == ActionKind.Offer ? scenario.Indexes[entry.Actor].UtilityOf(entry.Outcome) : 0;
                if (entry.Kind != ActionKind.Offer || lastShown[entry.Actor] is not { } last || Math.Abs(own - last) >= step)
                {
                    middle.Add(i);
                    Remember(entry, lastShown, scenario);
                }
            }

            if (middle.Count <= MaxMiddleTurns || step >= 1)
            {
                int[] turns = [.. Enumerable.Range(0, EdgeTurns), .. middle, .. Enumerable.Range(entries.Length - EdgeTurns, EdgeTurns)];
                return (turns, step);
            }

            step *= 2;
        }
    }

    private static void Remember(TraceEntry entry, double?[] lastShown, PreparedScenario scenario)
    {
        if (entry.Kind == ActionKind.Offer)
        {
            lastShown[entry.Actor] = scenario.Indexes[entry.Actor].UtilityOf(entry.Outcome);
        }
    }

    private static Table ExchangeTable(NegotiationRun run)
    {
        var scenario = run.Scenario;
        var space = scenario.Scenario.Space;
        var parties = scenario.Scenario.Parties;
        var entries = run.Result.Trace!.Entries;
        var table = new Table().Title("Exchange: each party's utility of the offer on the table")
            .AddColumn("Turn", c => c.RightAligned()).AddColumn("t", c => c.RightAligned()).AddColumn("Party").AddColumn("Action");
        foreach (var party in parties)
        {
            table.AddColumn(Markup.Escape(party.Name), c => c.RightAligned());
        }

        table.AddColumn(Markup.Escape(string.Join(" · ", space.Issues.Select(i => i.Name))));
        var (turns, step) = SelectTurns(entries, scenario);
        var tableOffers = new long[entries.Length];
        var offer = -1L;
        for (var i = 0; i < entries.Length; i++)
        {
            offer = entries[i].Kind == ActionKind.Offer ? entries[i].Outcome : offer;
            tableOffers[i] = offer;
        }

        var previous = -1;
        foreach (var i in turns)
        {
            if (i > previous + 1)
            {
                var skipped = i - previous - 1;
                table.AddRow([$"[grey]…[/]", .. Enumerable.Repeat(string.Empty, parties.Length + 3), $"[grey]{skipped:N0} turn{(skipped == 1 ? string.Empty : "s")} skipped[/]"]);
            }

            previous = i;
            var entry = entries[i];
            var cells = new List<string>
            {
                entry.Turn.ToString(CultureInfo.InvariantCulture),
                entry.Time.ToString("0.000", CultureInfo.InvariantCulture),
                Markup.Escape(parties[entry.Actor].Name),
                ActionText(entry.Kind),
            };
            var onTable = tableOffers[i];
            cells.AddRange(scenario.Indexes.Select(index => onTable < 0 ? "–" : OutcomeText.Utility(index.UtilityOf(onTable))));
            cells.Add(onTable < 0 ? "–" : Markup.Escape(string.Join(" · ", space.Describe(space.OutcomeAt(onTable).ValueIndices).Select(p => OutcomeText.Format(p.Value)))));
            table.AddRow([.. cells]);
        }

        if (turns.Length < entries.Length)
        {
            table.Caption(string.Create(
                CultureInfo.InvariantCulture,
                $"[grey]{turns.Length:N0} of {entries.Length:N0} turns shown: the first and last {EdgeTurns}, and every offer that moves its maker's own utility by at least {step:0.###} since its last shown offer. --json or --trace FILE keeps every turn.[/]"));
        }

        return table;
    }

    private static string ActionText(ActionKind kind) => kind switch
    {
        ActionKind.Offer => "offer",
        ActionKind.Accept => "[green]accept[/]",
        _ => "[red]walk away[/]",
    };

    private static Grid ResultGrid(NegotiationRun run)
    {
        var result = run.Result;
        var scenario = run.Scenario.Scenario;
        var grid = new Grid().AddColumn().AddColumn();
        var seat = result.EndedBy;
        var ended = result.End switch
        {
            NegotiationEnd.Agreement => "[green]agreement[/]",
            NegotiationEnd.WalkAway => Markup.Escape($"walk-away by {scenario.Parties[seat].Name} ({run.Agents[seat]})"),
            NegotiationEnd.Deadline => "[yellow]deadline[/]: no agreement",
            _ => $"[red]failure[/]: {Markup.Escape(result.Violation is { } v ? $"{scenario.Parties[seat].Name} ({run.Agents[seat]}) broke {v.Rule}: {v.Message}" : "unknown")}",
        };
        grid.AddRow("[bold]Ended by[/]", ended);
        grid.AddRow("Turns", string.Create(CultureInfo.InvariantCulture, $"{result.Turns:N0} ({result.Rounds:N0} rounds), ending at t = {result.EndTime:0.####}"));
        grid.AddRow("Agreement", result.Agreement is { } agreement ? Markup.Escape(OutcomeText.Describe(scenario.Space, agreement)) : "none: every party gets its reservation value");
        return grid;
    }

    private static Table MetricsTable(NegotiationRun run)
    {
        var metrics = run.Metrics;
        var parties = run.Scenario.Scenario.Parties;
        var table = new Table().Title("Metrics").AddColumn(string.Empty);
        for (var j = 0; j < parties.Length; j++)
        {
            table.AddColumn(Markup.Escape($"{parties[j].Name} ({run.Agents[j]})"), c => c.RightAligned());
        }

        table.AddColumn("All", c => c.RightAligned());
        table.AddRow([.. Row("Utility", metrics.Utilities.Select(OutcomeText.Utility)), OutcomeText.Utility(metrics.SocialWelfare)]);
        table.AddRow([.. Row("Discounted utility", metrics.DiscountedUtilities.Select(OutcomeText.Utility)), OutcomeText.Utility(metrics.DiscountedSocialWelfare)]);
        table.AddRow([.. Row("Reservation value", parties.Select(p => OutcomeText.Utility(p.ReservationValue))), string.Empty]);
        table.AddRow([.. Row("Advantage", metrics.Advantages.Select(Signed)), string.Empty]);
        table.AddRow([.. Row("Discounted advantage", metrics.DiscountedAdvantages.Select(Signed)), string.Empty]);
        table.Caption("[grey]All: social welfare, the sum over parties. Advantage: utility minus reservation value (discounted alike at the end time).[/]");
        return table;
    }

    private static IEnumerable<string> Row(string name, IEnumerable<string> cells) => [name, .. cells];

    private static Grid DistancesGrid(NegotiationRun run)
    {
        var metrics = run.Metrics;
        var grid = new Grid().AddColumn().AddColumn(new GridColumn().RightAligned()).AddColumn();
        const string none = "–";
        var why = run.AnalysisProblem is null ? string.Empty : $"[grey]not analysed: {Markup.Escape(run.AnalysisProblem)}[/]";
        grid.AddRow("Distance to the Pareto frontier", Distance(metrics.ParetoDistance, none), why);
        grid.AddRow("Distance to Nash", Distance(metrics.NashDistance, none), metrics.NashDistance is null && run.AnalysisProblem is null ? "[grey]no outcome gives every party its reservation value[/]" : string.Empty);
        grid.AddRow("Distance to Kalai–Smorodinsky", Distance(metrics.KalaiSmorodinskyDistance, none), string.Empty);
        grid.AddRow("[grey](from the result point: the agreement's utilities, or the reservation values without one)[/]", string.Empty, string.Empty);
        return grid;
    }

    private static string Distance(double? distance, string none) => distance is { } d ? OutcomeText.Utility(d) : none;

    private static string Signed(double x) => x.ToString("+0.0000;−0.0000;0.0000", CultureInfo.InvariantCulture);
}
