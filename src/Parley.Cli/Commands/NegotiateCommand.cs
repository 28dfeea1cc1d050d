using System.Collections.Immutable;
using System.CommandLine;
using System.Numerics;
using Parley.Agents;
using Parley.Agents.Catalog;
using Parley.Analysis;
using Parley.Cli.Rendering;
using Parley.Negotiations;
using Parley.Plotting;
using Parley.Protocols;
using Parley.Scenarios;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley negotiate &lt;scenario&gt; --agents A,B [--rounds N] [--time 3s] [--seed S] [--turn-limit 500ms] [--json]
/// [--trace FILE.jsonl] [--plot FILE]</c>: runs one Stacked Alternating Offers negotiation between catalogued agents.
/// </summary>
internal static class NegotiateCommand
{
    /// <summary>The rounds deadline when neither --rounds nor --time is given.</summary>
    public const int DefaultRounds = 100;

    public static Command Create(CommandContext context)
    {
        var inputs = new Argument<string[]>("scenario")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "A built-in scenario name, a scenario folder (GENIUS XML or GeniusWeb JSON), a Parley scenario .json, "
                + "or a GENIUS domain .xml followed by its profile .xml files (parties in the order given).",
        };
        var agents = new Option<string>("--agents", "-a")
        {
            Description = "One agent per party, in party order, comma-separated: a catalogued name with optional parameters, "
                + "e.g. Boulware,Conceder or \"TimeDependent(e=0.5),Linear\". 'parley agents' lists them.",
            Required = true,
            HelpName = "A,B",
        };
        var rounds = new Option<int?>("--rounds", "-r")
        {
            Description = $"Deadline in rounds (every party acting once is a round); default {DefaultRounds}. "
                + "With --time as well, whichever comes first ends the negotiation.",
            HelpName = "N",
        };
        var time = new Option<string?>("--time")
        {
            Description = "A time limit as well, e.g. 500ms, 3s, 2m: whichever of it and the rounds comes first ends the negotiation "
                + "(to negotiate by time alone, pass a large --rounds). Read from the real clock, so such runs are not reproducible to the turn.",
            HelpName = "DURATION",
        };
        var seed = new Option<int>("--seed") { Description = "Seed every agent's random source derives from.", DefaultValueFactory = _ => 0, HelpName = "S" };
        var turnLimit = new Option<string?>("--turn-limit")
        {
            Description = "Longest a single turn may take, e.g. 500ms; a slower agent fails the negotiation.",
            HelpName = "DURATION",
        };
        var json = new Option<bool>("--json") { Description = "Print the result and metrics as one JSON object on stdout." };
        var trace = new Option<string?>("--trace") { Description = "Write every action as JSON Lines to FILE (replay it with 'parley replay').", HelpName = "FILE.jsonl" };
        var plot = new Option<string?>("--plot") { Description = "Draw the offers in utility space and over time to a .png or .svg file.", HelpName = "FILE" };
        var command = new Command("negotiate", "Run one negotiation between catalogued agents and report the exchange, the result and its metrics.")
        {
            inputs, agents, rounds, time, seed, turnLimit, json, trace, plot,
        };

        command.SetAction(parse =>
        {
            var plotPath = parse.GetValue(plot);
            if (plotPath is not null && !PlotFile.IsSupported(plotPath))
            {
                throw new BadInputException($"--plot {plotPath}: the plot file must end in .png or .svg.");
            }

            var settings = BuildSettings(parse.GetValue(rounds), parse.GetValue(time), parse.GetValue(turnLimit), parse.GetValue(seed));
            var (specs, created) = CreateAgents(parse.GetValue(agents)!);
            var scenarioInputs = parse.GetValue(inputs)!;
            var scenario = Prepare(ScenarioLoader.Load(scenarioInputs), specs);

            var result = new NegotiationRunner(scenario, settings).Run(created);
            var (analysis, analysisProblem) = Analyse(scenario);
            var names = specs.Select(s => s.ToString()).ToImmutableArray();
            var run = new NegotiationRun(scenario, names, settings, result, NegotiationMetrics.Compute(result, analysis), analysisProblem);

            var tracePath = parse.GetValue(trace);
            if (tracePath is not null)
            {
                var header = TraceHeader.Create(scenario, settings, names, scenarioInputs.Select(Locate));
                TraceJsonLines.WriteFile(tracePath, header, result, scenario);
            }

            if (plotPath is not null)
            {
                NegotiationPlot.Save(scenario, result, analysis, plotPath);
            }

            if (parse.GetValue(json))
            {
                NegotiationJson.Write(run, context.Output);
            }
            else
            {
                NegotiationReport.Render(run, context.Console);
                if (tracePath is not null)
                {
                    context.Console.MarkupLine($"Trace written to [bold]{Markup.Escape(tracePath)}[/]");
                }

                if (plotPath is not null)
                {
                    context.Console.MarkupLine($"Plot written to [bold]{Markup.Escape(plotPath)}[/]");
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static NegotiationSettings BuildSettings(int? rounds, string? time, string? turnLimit, int seed)
    {
        if (rounds is < 1)
        {
            throw new BadInputException($"--rounds must be at least 1 (got {rounds}).");
        }

        var timeLimit = time is null ? (TimeSpan?)null : DurationText.Parse("--time", time);
        var deadline = new Deadline(rounds ?? DefaultRounds, timeLimit);
        var perTurn = turnLimit is null ? (TimeSpan?)null : DurationText.Parse("--turn-limit", turnLimit);
        return new NegotiationSettings(deadline, seed, perTurn, RecordTrace: true);
    }

    private static (ImmutableArray<AgentSpec> Specs, Agent[] Agents) CreateAgents(string text)
    {
        try
        {
            var specs = AgentSpec.ParseList(text);
            return (specs, [.. specs.Select(AgentCatalog.Default.Create)]);
        }
        catch (AgentSpecException exception)
        {
            throw new BadInputException($"--agents: {exception.Message}", exception);
        }
    }

    private static PreparedScenario Prepare(Scenario scenario, ImmutableArray<AgentSpec> specs)
    {
        var parties = scenario.Parties;
        if (parties.Length < 2)
        {
            throw new BadInputException($"Scenario '{scenario.Name}' has {parties.Length} part{(parties.Length == 1 ? "y" : "ies")}; a negotiation needs at least 2.");
        }

        if (specs.Length != parties.Length)
        {
            throw new BadInputException(
                $"--agents: scenario '{scenario.Name}' has {parties.Length} parties ({string.Join(", ", parties.Select(p => p.Name))}) "
                + $"but {specs.Length} agent{(specs.Length == 1 ? " was" : "s were")} given ({string.Join(", ", specs)}); give one agent per party, in party order.");
        }

        if (scenario.Space.Cardinality > new BigInteger(Array.MaxLength))
        {
            throw new BadInputException(
                $"Scenario '{scenario.Name}' has {scenario.Space.Cardinality:N0} outcomes; negotiations need at most {Array.MaxLength:N0} so that agents can index them.");
        }

        return new PreparedScenario(scenario);
    }

    /// <summary>The exact analysis for the distances, or why there is none (the space is too large to analyse exactly).</summary>
    private static (ScenarioAnalysis? Analysis, string? Problem) Analyse(PreparedScenario scenario)
    {
        try
        {
            return (scenario.Analysis, null);
        }
        catch (AnalysisTooLargeException exception)
        {
            return (null, exception.Message);
        }
    }

    /// <summary>How the trace names an input: files and folders by full path (so replay works from anywhere), built-in names as given.</summary>
    private static string Locate(string input) =>
        File.Exists(input) || Directory.Exists(input) ? Path.GetFullPath(input) : input;
}
