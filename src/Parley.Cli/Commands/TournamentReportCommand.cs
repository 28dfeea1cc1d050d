using System.CommandLine;
using Parley.Cli.Rendering;
using Parley.Plotting;
using Parley.Tournaments;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley tournament report FILE [--json] [--csv DIR] [--plot DIR] [--timings]</c>.</summary>
internal static class TournamentReportCommand
{
    public static Command Create(CommandContext context)
    {
        var file = new Argument<string>("file") { Description = "The tournament file a 'tournament run' wrote (complete or not)." };
        var json = new Option<bool>("--json") { Description = "Print the report as one JSON object on stdout (byte-identical for the same tournament)." };
        var csv = new Option<string?>("--csv") { Description = "Write the results and the aggregates as CSV files into DIR.", HelpName = "DIR" };
        var plot = new Option<string?>("--plot")
        {
            Description = "Draw the ranking with error bars, the agent × opponent heatmap and the agreement times into DIR (PNG).",
            HelpName = "DIR",
        };
        var timings = new Option<bool>("--timings")
        {
            Description = "Include wall-clock figures (run times, time per negotiation); without it the report holds none.",
        };
        var command = new Command("report", "Rank the agents of a tournament: utilities, advantages, agreement, welfare and distances with 95% intervals.")
        {
            file, json, csv, plot, timings,
        };

        command.SetAction(parse =>
        {
            var (store, definition) = TournamentCommand.Open(parse.GetValue(file)!);
            using (store)
            {
                var report = TournamentReport.Compute(definition, store.Records());
                var withTimings = parse.GetValue(timings);
                var runs = withTimings ? store.Runs() : null;
                var toJson = parse.GetValue(json);
                if (toJson)
                {
                    TournamentJson.Write(report, runs, context.Output);
                }
                else
                {
                    TournamentTables.Render(report, runs, context.Console);
                }

                var notes = toJson ? context.Error : context.Output;
                if (parse.GetValue(csv) is { } csvDirectory)
                {
                    var files = TournamentCsv.Write(csvDirectory, report, store.Records(), withTimings);
                    notes.WriteLine($"CSV written to {csvDirectory}: {string.Join(", ", files)}");
                }

                if (parse.GetValue(plot) is { } plotDirectory)
                {
                    var files = TournamentPlot.SaveAll(report, plotDirectory);
                    notes.WriteLine($"Plots written to {plotDirectory}: {string.Join(", ", files.Select(Path.GetFileName))}");
                }

                return ExitCodes.Ok;
            }
        });
        return command;
    }
}
