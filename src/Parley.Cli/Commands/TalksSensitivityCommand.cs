using System.CommandLine;
using Parley.Cases;
using Parley.Cli.Rendering;
using static Parley.Cli.Commands.TalksCaseSupport;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley talks sensitivity sma-2019 [--seed S] [--json | --markdown]</c>: varies each documented assumption of the SMA
/// talks over a stated range, one at a time, runs the talks again and reports how the outcome changes.
/// </summary>
internal static class TalksSensitivityCommand
{
    public static Command Create(CommandContext context) => TableCommand(
        "sensitivity",
        "Vary each documented assumption of the SMA talks (reservation values, concession, walk-out, FX, discount rate, furlough cost, the new administration) and report how the outcome changes.",
        (scenario, seed, format) =>
        {
            var rows = SmaSensitivity.Run(scenario, seed);
            var fx = SmaCase.WonPerDollar(scenario);
            switch (format)
            {
                case TableFormat.Json:
                    SmaTables.SensitivityJson(context.Output, scenario, seed, rows);
                    break;
                case TableFormat.Markdown:
                    SmaTables.SensitivityMarkdown(context.Output, rows, fx);
                    break;
                default:
                    SmaTables.SensitivityConsole(context.Console, rows, fx);
                    break;
            }
        });
}
