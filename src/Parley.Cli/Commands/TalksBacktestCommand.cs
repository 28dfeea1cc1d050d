using System.CommandLine;
using Parley.Cases;
using Parley.Cli.Rendering;
using Parley.Talks;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley talks backtest sma-2019 [--seed S] [--json | --markdown]</c>: runs the talks with their default agents and
/// sets the result next to what really happened, item by item.
/// </summary>
internal static class TalksBacktestCommand
{
    public static Command Create(CommandContext context)
    {
        var talks = TalksCaseSupport.Talks();
        var seed = TalksCaseSupport.Seed();
        var json = TalksCommandSupport.Json();
        var markdown = TalksCaseSupport.Markdown();
        var command = new Command("backtest", "Run the SMA talks with their default agents and compare the result with what happened: the walk-out, the deal's date and terms, the positions on the way.")
        {
            talks, seed, json, markdown,
        };
        command.SetAction(parse =>
        {
            var asJson = parse.GetValue(json);
            var asMarkdown = parse.GetValue(markdown);
            TalksCaseSupport.CheckFormats(asJson, asMarkdown);
            var scenario = TalksCaseSupport.Load(parse.GetValue(talks)!);
            var run = SmaCase.Run(scenario, TalksSettings.For(scenario, parse.GetValue(seed)));
            var rows = SmaBacktest.Rows(run);
            if (asJson)
            {
                SmaTables.BacktestJson(context.Output, run, rows);
            }
            else if (asMarkdown)
            {
                SmaTables.BacktestMarkdown(context.Output, rows);
            }
            else
            {
                SmaTables.BacktestConsole(context.Console, run, rows);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
