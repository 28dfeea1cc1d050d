using System.CommandLine;
using Parley.Agents.Catalog;
using Parley.Cli.Rendering;
using Parley.Storage.Tournaments;
using Parley.Tournaments;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley tournament run --agents A,B,C --scenarios PATH... [--repetitions R] [--rounds N] [--time D] [--turn-limit D]
/// [--seed S] [--self-play] [--max-assignments M] [--traces] [--workers W] [--hang-limit D] [--db FILE]</c>.
/// </summary>
internal static class TournamentRunCommand
{
    /// <summary>The file results go to when --db is not given.</summary>
    public const string DefaultDatabase = "parley-tournament.db";

    public static Command Create(CommandContext context)
    {
        var agents = new Option<string>("--agents", "-a")
        {
            Description = "The agents, comma-separated: catalogued names with optional parameters, e.g. Boulware,Conceder,\"TimeDependent(e=0.5)\". "
                + "'parley agents' lists them.",
            Required = true,
            HelpName = "A,B,C",
        };
        var scenarios = new Option<string[]>("--scenarios", "-s")
        {
            Description = "The scenarios: built-in names, scenario folders (GENIUS XML or GeniusWeb JSON) or Parley scenario files.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
            Arity = ArgumentArity.OneOrMore,
            HelpName = "PATH",
        };
        var repetitions = new Option<int>("--repetitions", "-n") { Description = "How many times every match is played.", DefaultValueFactory = _ => 1, HelpName = "R" };
        var rounds = new Option<int?>("--rounds", "-r")
        {
            Description = $"Deadline in rounds; default {TournamentOptions.DefaultRounds}. With --time as well, whichever comes first.",
            HelpName = "N",
        };
        var time = new Option<string?>("--time")
        {
            Description = "A time limit per negotiation as well, e.g. 500ms, 3s. Read from the real clock: results are then not reproducible.",
            HelpName = "DURATION",
        };
        var turnLimit = new Option<string?>("--turn-limit") { Description = "Longest a single turn may take; a slower agent fails the negotiation.", HelpName = "DURATION" };
        var seed = new Option<long>("--seed") { Description = "The tournament seed; negotiation i runs with a seed mixed from it and i.", DefaultValueFactory = _ => 0, HelpName = "S" };
        var selfPlay = new Option<bool>("--self-play") { Description = "Let agents meet themselves too." };
        var maxAssignments = new Option<int>("--max-assignments")
        {
            Description = $"Above this many role assignments for one scenario (many parties or agents), play a seeded sample of this many; default {TournamentOptions.DefaultMaxAssignments:N0}.",
            DefaultValueFactory = _ => TournamentOptions.DefaultMaxAssignments,
            HelpName = "M",
        };
        var traces = new Option<bool>("--traces") { Description = "Also store every negotiation's full trace (JSON Lines) in the file." };
        var db = new Option<string>("--db")
        {
            Description = $"The SQLite file results go to (must not hold a tournament yet); default {DefaultDatabase}.",
            DefaultValueFactory = _ => DefaultDatabase,
            HelpName = "FILE",
        };
        var workers = TournamentCommand.WorkersOption();
        var hangLimit = TournamentCommand.HangLimitOption();
        var command = new Command("run", "Run a tournament: every agent against every other in every role on every scenario, results stored as they finish.")
        {
            agents, scenarios, repetitions, rounds, time, turnLimit, seed, selfPlay, maxAssignments, traces, workers, hangLimit, db,
        };

        command.SetAction(parse =>
        {
            var runOptions = TournamentCommand.RunOptions(parse.GetValue(workers), parse.GetValue(hangLimit));
            var options = new TournamentOptions
            {
                Agents = [.. ParseAgents(parse.GetValue(agents)!)],
                Scenarios = [.. parse.GetValue(scenarios)!],
                Repetitions = parse.GetValue(repetitions),
                Rounds = parse.GetValue(rounds) ?? TournamentOptions.DefaultRounds,
                Time = parse.GetValue(time) is { } t ? DurationText.Parse("--time", t) : null,
                TurnTimeLimit = parse.GetValue(turnLimit) is { } l ? DurationText.Parse("--turn-limit", l) : null,
                Seed = parse.GetValue(seed),
                SelfPlay = parse.GetValue(selfPlay),
                MaxAssignments = parse.GetValue(maxAssignments),
                RecordTraces = parse.GetValue(traces),
            };
            var definition = Build(options);
            var path = parse.GetValue(db)!;
            using var store = SqliteTournamentStore.Create(path, definition);
            TournamentTables.RenderDefinition(definition, store.Path, context.Console);
            var summary = TournamentCommand.Execute(context, store, definition, runOptions);
            TournamentTables.RenderRanking(TournamentReport.Compute(definition, store.Records()), context.Console);
            context.Console.MarkupLine(
                $"Results in [bold]{Markup.Escape(store.Path)}[/]: 'parley tournament report {Markup.Escape(path)}' for the full report.");
            return summary.IsComplete ? ExitCodes.Ok : ExitCodes.InternalError;
        });
        return command;
    }

    /// <summary>Splits --agents into specs (commas inside parentheses do not split); errors name the option.</summary>
    public static IEnumerable<string> ParseAgents(string text)
    {
        try
        {
            return AgentSpec.ParseList(text).Select(s => s.ToString());
        }
        catch (AgentSpecException exception)
        {
            throw new BadInputException($"--agents: {exception.Message}", exception);
        }
    }

    /// <summary>Builds the definition; option problems are bad input, named after the command-line option.</summary>
    public static TournamentDefinition Build(TournamentOptions options)
    {
        try
        {
            return options.Build(AgentCatalog.Default);
        }
        catch (TournamentException exception)
        {
            throw new BadInputException(OptionName(exception.Message), exception);
        }
    }

    /// <summary>Names the command-line option instead of the field: "Agents: …" becomes "--agents: …".</summary>
    private static string OptionName(string message)
    {
        (string Field, string Option)[] names =
        [
            ("Agents", "--agents"), ("Scenarios", "--scenarios"), ("Repetitions", "--repetitions"), ("Rounds or Time", "--rounds or --time"),
            ("Rounds", "--rounds"), ("TurnTimeLimit", "--turn-limit"), ("Time", "--time"), ("MaxAssignments", "--max-assignments"),
        ];
        foreach (var (field, option) in names)
        {
            if (message.StartsWith(field + ":", StringComparison.Ordinal) || message.StartsWith(field + " must", StringComparison.Ordinal))
            {
                return option + message[field.Length..];
            }
        }

        return message;
    }
}
