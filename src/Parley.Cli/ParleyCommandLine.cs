using System.CommandLine;
using Parley.Agents.Catalog;
using Parley.Analysis;
using Parley.Cli.Commands;
using Parley.Negotiations;
using Parley.Outcomes;
using Parley.Scenarios;

namespace Parley.Cli;

/// <summary>
/// The <c>parley</c> command: parses arguments, runs the command, and maps failures to exit codes
/// (0 ok, 2 bad input with the message on stderr, 1 internal error). Callable in-process for tests.
/// </summary>
internal static class ParleyCommandLine
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var context = new CommandContext(output, error);
        var root = new RootCommand(
            "Parley: run, replay and analyse multi-issue negotiations. Without a command it runs the flagship case: the 2019–2021 U.S.–South Korea "
            + "cost-sharing talks (sma-2019), meeting by meeting, compared with what happened (see docs/cases/sma-2019.md).");
        FlagshipCommand.Configure(root, context);
        root.Subcommands.Add(AnalyzeCommand.Create(context));
        root.Subcommands.Add(NegotiateCommand.Create(context));
        root.Subcommands.Add(AgentsCommand.Create(context));
        root.Subcommands.Add(ReplayCommand.Create(context));
        root.Subcommands.Add(BurdenCommand.Create(context));
        root.Subcommands.Add(TalksCommand.Create(context));
        root.Subcommands.Add(TournamentCommand.Create(context));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                error.WriteLine($"error: {problem.Message}");
            }

            error.WriteLine($"Run '{CommandName(parse)} --help' for usage.");
            return ExitCodes.BadInput;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception caught)
        {
            var exception = Unwrap(caught);
            if (IsBadInput(exception))
            {
                error.WriteLine($"error: {exception.Message}");
                return ExitCodes.BadInput;
            }

            error.WriteLine($"internal error: {exception.GetType().Name}: {exception.Message}");
            error.WriteLine(exception.StackTrace);
            error.WriteLine("This is a bug in Parley; please report it with the command line above.");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>Parallel loops wrap what went wrong; report the first real cause.</summary>
    private static Exception Unwrap(Exception exception) =>
        exception is AggregateException aggregate && aggregate.InnerExceptions.Count > 0
            ? Unwrap(aggregate.InnerExceptions[0])
            : exception;

    private static bool IsBadInput(Exception exception) => exception is
        BadInputException or ScenarioFormatException or Parley.Storage.StoreFormatException or AnalysisTooLargeException or OutcomeSpaceTooLargeException
        or AgentSpecException or TraceFormatException
        or FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException or IOException;

    /// <summary>The full command path, e.g. "parley burden allocate".</summary>
    private static string CommandName(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Add(result.Command is RootCommand ? "parley" : result.Command.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }
}
