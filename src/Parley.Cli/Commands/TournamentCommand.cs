using System.CommandLine;
using Parley.Agents.Catalog;
using Parley.Cli.Rendering;
using Parley.Storage.Tournaments;
using Parley.Tournaments;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley tournament</c>: run, resume, report and benchmark tournaments (agents × scenarios × role assignments ×
/// repetitions, results in a SQLite file). docs/tournaments.md describes them.
/// </summary>
internal static class TournamentCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("tournament", "Run agents against each other on many scenarios, store every result, and rank them.");
        command.Subcommands.Add(TournamentRunCommand.Create(context));
        command.Subcommands.Add(TournamentResumeCommand.Create(context));
        command.Subcommands.Add(TournamentReportCommand.Create(context));
        command.Subcommands.Add(TournamentBenchCommand.Create(context));
        return command;
    }

    /// <summary>The --workers option.</summary>
    public static Option<int?> WorkersOption() => new("--workers", "-w")
    {
        Description = "Worker threads running negotiations; default one per processor. The results do not depend on it.",
        HelpName = "W",
    };

    /// <summary>The --hang-limit option.</summary>
    public static Option<string?> HangLimitOption() => new("--hang-limit")
    {
        Description = "A negotiation still running after this long (e.g. 30s, 2m; default 60s) is recorded as a failure of the agent "
            + "whose turn it was, and the tournament goes on.",
        HelpName = "DURATION",
    };

    /// <summary>The run options from --workers and --hang-limit.</summary>
    public static TournamentRunOptions RunOptions(int? workers, string? hangLimit)
    {
        if (workers is < 1)
        {
            throw new BadInputException($"--workers must be at least 1 (got {workers}).");
        }

        var options = new TournamentRunOptions { Workers = workers };
        if (hangLimit is not null)
        {
            options.HangLimit = DurationText.Parse("--hang-limit", hangLimit);
        }

        return options;
    }

    /// <summary>Opens a tournament file and reads its definition back; bad files and definitions are bad input.</summary>
    public static (SqliteTournamentStore Store, TournamentDefinition Definition) Open(string path)
    {
        var store = SqliteTournamentStore.Open(path);
        try
        {
            return (store, store.LoadDefinition(AgentCatalog.Default));
        }
        catch (TournamentException exception)
        {
            store.Dispose();
            throw new BadInputException(exception.Message, exception);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>Runs what is missing with a progress display, noting the run in the file; returns the summary.</summary>
    public static TournamentRunSummary Execute(
        CommandContext context, SqliteTournamentStore store, TournamentDefinition definition, TournamentRunOptions options)
    {
        var time = TimeProvider.System;
        var runner = new TournamentRunner(definition, store, options, time);
        var run = store.BeginRun(time.GetUtcNow(), options.Workers ?? Environment.ProcessorCount);
        var summary = TournamentProgressView.Run(context, runner, definition, time);
        store.EndRun(run, time.GetUtcNow(), summary.StoredThisRun);
        TournamentTables.RenderSummary(summary, context.Console);
        return summary;
    }
}
