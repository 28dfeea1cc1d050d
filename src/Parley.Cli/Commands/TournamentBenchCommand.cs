using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Parley.Cli.Rendering;
using Parley.Storage.Tournaments;
using Parley.Tournaments;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley tournament bench [--negotiations N] [--agents …] [--scenarios …] [--rounds N] [--workers W] [--db FILE]</c>:
/// runs a large tournament with every result stored and prints the time, the rate and the peak memory.
/// </summary>
internal static class TournamentBenchCommand
{
    /// <summary>The six standard agents of the NegMAS tournament comparison.</summary>
    public const string DefaultAgents = "Boulware,Linear,Conceder,TitForTat,Aspiration,MiCRO";

    public static Command Create(CommandContext context)
    {
        var negotiations = new Option<long>("--negotiations")
        {
            Description = "At least this many negotiations (whole repetitions of the round robin); default 1,000,000.",
            DefaultValueFactory = _ => 1_000_000,
            HelpName = "N",
        };
        var agents = new Option<string>("--agents", "-a") { Description = $"The agents; default {DefaultAgents}.", DefaultValueFactory = _ => DefaultAgents, HelpName = "A,B,C" };
        var scenarios = new Option<string[]>("--scenarios", "-s")
        {
            Description = "The scenarios; default the built-in two-party scenarios job-offer (1,890 outcomes) and supplier-contract (1,496).",
            AllowMultipleArgumentsPerToken = true,
            DefaultValueFactory = _ => ["job-offer", "supplier-contract"],
            HelpName = "PATH",
        };
        var rounds = new Option<int>("--rounds", "-r") { Description = "Deadline in rounds.", DefaultValueFactory = _ => TournamentOptions.DefaultRounds, HelpName = "N" };
        var db = new Option<string?>("--db") { Description = "Keep the results in FILE (default: a temporary file, deleted afterwards).", HelpName = "FILE" };
        var workers = TournamentCommand.WorkersOption();
        var command = new Command("bench", "Time a large tournament (default a million negotiations) with every result stored: elapsed time, rate, peak memory.")
        {
            negotiations, agents, scenarios, rounds, workers, db,
        };

        command.SetAction(parse =>
        {
            var wanted = parse.GetValue(negotiations);
            if (wanted < 1)
            {
                throw new BadInputException($"--negotiations must be at least 1 (got {wanted}).");
            }

            var runOptions = TournamentCommand.RunOptions(parse.GetValue(workers), null);
            var options = new TournamentOptions
            {
                Agents = [.. TournamentRunCommand.ParseAgents(parse.GetValue(agents)!)],
                Scenarios = [.. parse.GetValue(scenarios)!],
                Rounds = parse.GetValue(rounds),
            };
            var perRepetition = TournamentRunCommand.Build(options).NegotiationsPerRepetition;
            options.Repetitions = (int)Math.Min(int.MaxValue, (wanted + perRepetition - 1) / perRepetition);
            var definition = TournamentRunCommand.Build(options);
            var keep = parse.GetValue(db);
            var path = keep ?? Path.Combine(Path.GetTempPath(), $"parley-bench-{Environment.ProcessId}.db");
            if (keep is null)
            {
                Delete(path);
            }

            TournamentRunSummary summary;
            long size;
            try
            {
                using (var store = SqliteTournamentStore.Create(path, definition))
                {
                    TournamentTables.RenderDefinition(definition, store.Path, context.Console);
                    summary = TournamentCommand.Execute(context, store, definition, runOptions);
                }

                size = new FileInfo(path).Length;
            }
            finally
            {
                if (keep is null)
                {
                    Delete(path);
                }
            }

            using var process = Process.GetCurrentProcess();
            process.Refresh();
            var workersUsed = summary.Workers;
            context.Output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"bench: {summary.StoredThisRun:N0} negotiations in {summary.Elapsed.TotalSeconds:0.00} s = {summary.Rate:N0}/s with {workersUsed} "
                + $"worker{(workersUsed == 1 ? string.Empty : "s")} on {Environment.ProcessorCount} cores; peak working set {process.PeakWorkingSet64 / 1048576.0:N0} MB; "
                + $"database {size / 1048576.0:N0} MB"));
            return summary.IsComplete ? ExitCodes.Ok : ExitCodes.InternalError;
        });
        return command;
    }

    private static void Delete(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            if (File.Exists(file))
            {
                File.Delete(file);
            }
        }
    }
}
