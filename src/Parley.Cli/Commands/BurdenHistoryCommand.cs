using System.CommandLine;
using System.Globalization;
using Parley.BurdenSharing;
using Parley.Cli.Rendering;
using Parley.Plotting;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley burden history [--json] [--plot FILE] [--cpi 2025=2.1,…] [--assume-cpi P]</c>: the SMA amounts 1991–2030,
/// published and as the agreements' rules compute them, with the 12th SMA projected from CPI values.
/// </summary>
internal static class BurdenHistoryCommand
{
    public static Command Create(CommandContext context)
    {
        var json = new Option<bool>("--json") { Description = "Print the history as a JSON array on stdout (one object per year)." };
        var plot = new Option<string?>("--plot") { Description = "Draw the amounts over time to a .png or .svg file.", HelpName = "FILE" };
        var cpi = new Option<string?>("--cpi")
        {
            Description = $"CPI changes in percent for {CpiProjection.FirstYear}–{CpiProjection.LastYear}, such as 2025=2.1,2026=2.0 "
                + "(2027–2030 each read the CPI of two years before).",
            HelpName = "YEAR=PERCENT,…",
        };
        var assume = new Option<decimal>("--assume-cpi")
        {
            Description = "The CPI change assumed for years --cpi does not give (an assumption, not a forecast).",
            DefaultValueFactory = _ => CpiProjection.DefaultAssumedPercent,
            HelpName = "PERCENT",
        };
        var command = new Command("history", "The SMA history 1991–2030: published amounts, what each agreement's rule computes, and the 2027–2030 projection.")
        {
            json, plot, cpi, assume,
        };

        command.SetAction(parse =>
        {
            var plotPath = parse.GetValue(plot);
            if (plotPath is not null && !PlotFile.IsSupported(plotPath))
            {
                throw new BadInputException($"--plot {plotPath}: the plot file must end in .png or .svg.");
            }

            var projection = Projection(parse.GetValue(cpi), parse.GetValue(assume));
            var history = SmaHistory.Compute(projection);
            if (plotPath is not null)
            {
                BurdenHistoryPlot.Save(history, plotPath, "projection 2027–2030 (" + ProjectionLegend(projection) + ")");
            }

            if (parse.GetValue(json))
            {
                BurdenHistoryJson.Write(history, context.Output);
            }
            else
            {
                BurdenHistoryReport.Render(history, projection, context.Console);
                if (plotPath is not null)
                {
                    context.Console.MarkupLine($"Plot written to [bold]{Markup.Escape(plotPath)}[/]");
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Parses <c>2025=2.1,2026=2.0</c> into a projection; every mistake is bad input naming the entry.</summary>
    internal static CpiProjection Projection(string? text, decimal assumed)
    {
        var given = new Dictionary<int, decimal>();
        foreach (var entry in (text ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = entry.Split('=', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                throw new BadInputException($"--cpi {text}: '{entry}' is not YEAR=PERCENT (such as 2025=2.1).");
            }

            if (!decimal.TryParse(parts[1].TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var percent))
            {
                throw new BadInputException($"--cpi {text}: '{parts[1]}' is not a number (a percent change such as 2.1).");
            }

            if (!given.TryAdd(year, percent))
            {
                throw new BadInputException($"--cpi {text}: {year} is given twice.");
            }
        }

        try
        {
            return new CpiProjection(given, assumed);
        }
        catch (ArgumentException error)
        {
            throw new BadInputException($"--cpi: {error.Message[..(error.Message.IndexOf(" (Parameter", StringComparison.Ordinal) is var i and >= 0 ? i : error.Message.Length)]}", error);
        }
    }

    private static string ProjectionLegend(CpiProjection projection) =>
        "CPI " + string.Join(", ", projection.Values.Select(v => string.Create(
            CultureInfo.InvariantCulture, $"{v.Year % 100:00}: {v.Percent:0.0##} %{(v.Status == FigureStatus.Assumed ? " assumed" : string.Empty)}")));
}
