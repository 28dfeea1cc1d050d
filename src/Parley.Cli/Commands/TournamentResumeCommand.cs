using System.CommandLine;
using Parley.Cli.Rendering;
using Parley.Tournaments;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley tournament resume FILE [--workers W] [--hang-limit D]</c>: runs what a stopped or killed run left.</summary>
internal static class TournamentResumeCommand
{
    public static Command Create(CommandContext context)
    {
        var file = new Argument<string>("file") { Description = "The tournament file a 'tournament run' wrote." };
        var workers = TournamentCommand.WorkersOption();
        var hangLimit = TournamentCommand.HangLimitOption();
        var command = new Command("resume", "Continue a stopped or killed tournament: run exactly the negotiations not stored yet.")
        {
            file, workers, hangLimit,
        };

        command.SetAction(parse =>
        {
            var runOptions = TournamentCommand.RunOptions(parse.GetValue(workers), parse.GetValue(hangLimit));
            var (store, definition) = TournamentCommand.Open(parse.GetValue(file)!);
            using (store)
            {
                var stored = store.CountStored();
                TournamentTables.RenderDefinition(definition, store.Path, context.Console);
                context.Console.MarkupLine(stored == definition.Count
                    ? "Every negotiation is already stored; nothing to run."
                    : $"Resuming: {stored:N0} of {definition.Count:N0} negotiations stored, {definition.Count - stored:N0} to run.");
                var summary = TournamentCommand.Execute(context, store, definition, runOptions);
                TournamentTables.RenderRanking(TournamentReport.Compute(definition, store.Records()), context.Console);
                context.Console.MarkupLine($"Results in [bold]{Markup.Escape(store.Path)}[/].");
                return summary.IsComplete ? ExitCodes.Ok : ExitCodes.InternalError;
            }
        });
        return command;
    }
}
