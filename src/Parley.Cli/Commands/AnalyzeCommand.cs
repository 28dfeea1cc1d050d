using System.CommandLine;
using Parley.Analysis;
using Parley.Cli.Rendering;
using Parley.Outcomes;
using Parley.Plotting;
using Parley.Scenarios;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley analyze &lt;scenario&gt; [--json] [--plot FILE]</c>: the Pareto frontier, Nash, Kalai–Smorodinsky and
/// maximum-welfare outcomes of a scenario, exactly.
/// </summary>
internal static class AnalyzeCommand
{
    /// <summary>Outcomes drawn in the plot's cloud (all of them when the space is smaller).</summary>
    private const int PlotCloudSize = 20_000;

    public static Command Create(CommandContext context)
    {
        var inputs = new Argument<string[]>("scenario")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "A built-in scenario name, a scenario folder (GENIUS XML or GeniusWeb JSON), a Parley scenario .json, "
                + "or a GENIUS domain .xml followed by its profile .xml files (parties in the order given).",
        };
        var json = new Option<bool>("--json") { Description = "Print the analysis as one JSON object on stdout." };
        var plot = new Option<string?>("--plot") { Description = "Draw the deal space to a .png or .svg file.", HelpName = "FILE" };
        var method = new Option<AnalysisMethod>("--method")
        {
            Description = "How to analyse: Auto (default) chooses an exact method that fits (linear-additive merging, "
                + "enumeration, or the hyper-rectangle search); Sampling needs --sample.",
            DefaultValueFactory = _ => AnalysisMethod.Auto,
        };
        var sample = new Option<long?>("--sample")
        {
            Description = "Analyse a seeded uniform sample of N outcomes instead (the output says it is sampled).",
            HelpName = "N",
        };
        var seed = new Option<int>("--seed") { Description = "Seed for sampling and the plot's outcome cloud.", DefaultValueFactory = _ => 0 };
        var grid = new Option<int>("--real-grid")
        {
            Description = "Grid points used to enumerate each real-valued issue (GENIUS uses 21).",
            DefaultValueFactory = _ => RealIssue.DefaultGridPoints,
            HelpName = "N",
        };
        var command = new Command("analyze", "Pareto frontier, Nash, Kalai–Smorodinsky and maximum-welfare outcomes of a scenario.")
        {
            inputs, json, plot, method, sample, seed, grid,
        };

        command.SetAction(parse =>
        {
            var plotPath = parse.GetValue(plot);
            if (plotPath is not null && !PlotFile.IsSupported(plotPath))
            {
                throw new BadInputException($"--plot {plotPath}: the plot file must end in .png or .svg.");
            }

            var gridPoints = parse.GetValue(grid);
            if (gridPoints < 2)
            {
                throw new BadInputException($"--real-grid must be at least 2 (got {gridPoints}).");
            }

            var scenario = ScenarioLoader.Load(parse.GetValue(inputs)!, new ScenarioLoadOptions { RealGridPoints = gridPoints });
            if (scenario.Parties.Length < 2)
            {
                throw new BadInputException(
                    $"Scenario '{scenario.Name}' has {scenario.Parties.Length} part{(scenario.Parties.Length == 1 ? "y" : "ies")}; analysis needs at least 2.");
            }

            var options = BuildOptions(parse.GetValue(method), parse.GetValue(sample), parse.GetValue(seed), plotPath is null ? 0 : PlotCloudSize);
            var analysis = ScenarioAnalyzer.Analyze(scenario, options);

            if (plotPath is not null)
            {
                AnalysisPlot.Save(analysis, plotPath);
            }

            if (parse.GetValue(json))
            {
                AnalysisJson.Write(analysis, context.Output);
            }
            else
            {
                AnalysisReport.Render(analysis, context.Console);
                if (plotPath is not null)
                {
                    context.Console.MarkupLine($"Plot written to [bold]{Markup.Escape(plotPath)}[/]");
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static AnalysisOptions BuildOptions(AnalysisMethod method, long? sample, int seed, int cloudSize)
    {
        if (sample is not null && method is not (AnalysisMethod.Auto or AnalysisMethod.Sampling))
        {
            throw new BadInputException($"--sample cannot be combined with --method {method}.");
        }

        if (method == AnalysisMethod.Sampling && sample is null)
        {
            throw new BadInputException("--method Sampling needs --sample N.");
        }

        if (sample is < 1)
        {
            throw new BadInputException($"--sample must be at least 1 (got {sample}).");
        }

        return new AnalysisOptions
        {
            Method = sample is null ? method : AnalysisMethod.Sampling,
            SampleSize = sample ?? 0,
            Seed = seed,
            CloudSize = cloudSize,
        };
    }
}
