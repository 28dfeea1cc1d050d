using System.CommandLine;
using Parley.Cases;
using Parley.Cli.Rendering;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley talks sensitivity sma-2019 [--seed S] [--json | --markdown]</c>: varies each documented assumption of the SMA
/// talks over a stated range, one at a time, runs the talks again and reports how the outcome changes.
/// </summary>
internal static class TalksSensitivityCommand
{
    public static Command Create(CommandContext context)
    {
        var talks = TalksCaseSupport.Talks();
        var seed = TalksCaseSupport.Seed();
        var json = TalksCommandSupport.Json();
        var markdown = TalksCaseSupport.Markdown();
        var command = new Command("sensitivity", "Vary each documented assumption of the SMA talks (reservation values, concession, walk-out, FX, discount rate, furlough cost, the new administration) and report how the outcome changes.")
        {
            talks, seed, json, markdown,
        };
        command.SetAction(parse =>
        {
            var asJson = parse.GetValue(json);
            var asMarkdown = parse.GetValue(markdown);
            TalksCaseSupport.CheckFormats(asJson, asMarkdown);
            var scenario = TalksCaseSupport.Load(parse.GetValue(talks)!);
            var seedValue = parse.GetValue(seed);
            var rows = SmaSensitivity.Run(scenario, seedValue);
            var fx = SmaCase.WonPerDollar(scenario);
            if (asJson)
            {
                SmaTables.SensitivityJson(context.Output, scenario, seedValue, rows);
            }
            else if (asMarkdown)
            {
                SmaTables.SensitivityMarkdown(context.Output, rows, fx);
            }
            else
            {
                SmaTables.SensitivityConsole(context.Console, rows, fx);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
