using System.CommandLine;
using Parley.Analysis;
using Parley.Cases;
using Parley.Cli.Rendering;
using Parley.Plotting;
using Parley.Talks;

namespace Parley.Cli.Commands;

/// <summary>
/// The bare <c>parley</c> command: runs the flagship case, the 2019–2021 U.S.–ROK SMA talks (<c>sma-2019</c>), in memory with
/// its default agents, and prints the timeline, the result, the comparison with March 2021 and where the result sits
/// against the Pareto frontier and the Nash point; <c>--plot FILE</c> draws the timeline and the deal space.
/// </summary>
internal static class FlagshipCommand
{
    public static void Configure(RootCommand root, CommandContext context)
    {
        var plot = new Option<string?>("--plot")
        {
            Description = "Without a command: also draw the flagship talks' timeline and deal space to a .png or .svg file.",
            HelpName = "FILE",
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Without a command: the seed the meetings' seeds derive from (the default agents draw no random numbers).",
            DefaultValueFactory = _ => 0,
            HelpName = "S",
        };
        root.Options.Add(plot);
        root.Options.Add(seed);
        root.SetAction(parse =>
        {
            var plotPath = parse.GetValue(plot);
            TalksCommandSupport.CheckPlot(plotPath);
            var talks = SmaCase.Load();
            var run = SmaCase.Run(talks, TalksSettings.For(talks, parse.GetValue(seed)));
            var position = SmaDealPosition.Of(run, plotPath is null ? null : new AnalysisOptions { CloudSize = 20_000 });
            if (plotPath is not null)
            {
                TalksDealPlot.Save(
                    run.State,
                    position.Analysis,
                    position.Deal is null ? null : position.DealUtilities,
                    [("actual terms, March 2021", position.ActualUtilities)],
                    plotPath);
            }

            SmaReport.Write(context.Output, run, position, plotPath);
            return ExitCodes.Ok;
        });
    }
}
