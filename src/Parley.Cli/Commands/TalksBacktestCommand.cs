using System.CommandLine;
using Parley.Cases;
using Parley.Cli.Rendering;
using Parley.Talks;
using static Parley.Cli.Commands.TalksCaseSupport;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley talks backtest sma-2019 [--seed S] [--json | --markdown]</c>: runs the talks with their default agents and
/// sets the result next to what really happened, item by item.
/// </summary>
internal static class TalksBacktestCommand
{
    public static Command Create(CommandContext context) => TableCommand(
        "backtest",
        "Run the SMA talks with their default agents and compare the result with what happened: the walk-out, the deal's date and terms, the positions on the way.",
        (scenario, seed, format) =>
        {
            var run = SmaCase.Run(scenario, TalksSettings.For(scenario, seed));
            var rows = SmaBacktest.Rows(run);
            switch (format)
            {
                case TableFormat.Json:
                    SmaTables.BacktestJson(context.Output, run, rows);
                    break;
                case TableFormat.Markdown:
                    SmaTables.BacktestMarkdown(context.Output, rows);
                    break;
                default:
                    SmaTables.BacktestConsole(context.Console, run, rows);
                    break;
            }
        });
}
