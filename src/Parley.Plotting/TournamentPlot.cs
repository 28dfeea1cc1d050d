using System.Globalization;
using Parley.Tournaments;
using ScottPlot;

namespace Parley.Plotting;

/// <summary>
/// Plots of a tournament report: the ranking (mean discounted utility with 95% error bars), the agent × opponent score
/// heatmap, and the distribution of agreement times.
/// </summary>
public static class TournamentPlot
{
    private static readonly Color BarColor = Color.FromHex("#1f77b4");
    private static readonly Color UndiscountedColor = Color.FromHex("#aec7e8");

    /// <summary>The ranking: each agent's score (mean discounted utility) with its 95% interval, best on the left.</summary>
    public static Plot Ranking(TournamentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var plot = NewPlot();
        var bars = new List<Bar>();
        var ranking = report.Ranking;
        var discounting = ranking.Any(s => s.DiscountedUtility.Mean != s.Utility.Mean);
        for (var i = 0; i < ranking.Length; i++)
        {
            var s = ranking[i];
            bars.Add(new Bar
            {
                Position = discounting ? i - 0.2 : i,
                Value = Finite(s.DiscountedUtility.Mean),
                Error = Finite(s.DiscountedUtility.HalfWidth),
                FillColor = BarColor,
                Size = discounting ? 0.4 : 0.7,
                Label = Finite(s.DiscountedUtility.Mean).ToString("0.000", CultureInfo.InvariantCulture),
            });
            if (discounting)
            {
                bars.Add(new Bar
                {
                    Position = i + 0.2,
                    Value = Finite(s.Utility.Mean),
                    Error = Finite(s.Utility.HalfWidth),
                    FillColor = UndiscountedColor,
                    Size = 0.4,
                });
            }
        }

        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, ranking.Length).Select(i => (double)i)], [.. ranking.Select(s => $"{s.Rank}. {s.Name}")]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = ranking.Length > 5 ? -30 : 0;
        plot.Axes.Bottom.TickLabelStyle.Alignment = ranking.Length > 5 ? Alignment.UpperLeft : Alignment.UpperCenter;
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.SetLimitsX(-0.7, ranking.Length - 0.3);
        plot.Axes.SetLimitsY(Math.Min(0, bars.Min(b => b.Value - b.Error)) - 0.02, Math.Max(1, bars.Max(b => b.Value + b.Error)) + 0.05);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "mean discounted utility (ANAC score), 95% interval", FillColor = BarColor });
        if (discounting)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = "mean undiscounted utility", FillColor = UndiscountedColor });
        }

        plot.ShowLegend(Alignment.UpperRight);
        plot.Title(string.Create(CultureInfo.InvariantCulture, $"Ranking: {report.Completed:N0} negotiations"));
        plot.YLabel("utility");
        return plot;
    }

    /// <summary>The agent × opponent heatmap: each cell is the row agent's mean utility against the column agent.</summary>
    public static Plot Heatmap(TournamentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var plot = NewPlot();
        var names = report.Definition.AgentNames;
        var n = names.Length;
        var values = new double[n, n];
        for (var r = 0; r < n; r++)
        {
            for (var c = 0; c < n; c++)
            {
                values[r, c] = double.NaN;
            }
        }

        foreach (var cell in report.ByOpponent)
        {
            values[cell.Agent, cell.Opponent] = cell.Utility.Mean;
        }

        var heatmap = plot.Add.Heatmap(values);
        heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
        heatmap.ManualRange = new ScottPlot.Range(0, 1);
        heatmap.NaNCellColor = Colors.White;
        plot.Add.ColorBar(heatmap).Label = "mean utility of the row agent";
        if (n <= 12)
        {
            for (var r = 0; r < n; r++)
            {
                for (var c = 0; c < n; c++)
                {
                    if (!double.IsNaN(values[r, c]))
                    {
                        var label = plot.Add.Text(values[r, c].ToString("0.00", CultureInfo.InvariantCulture), c, n - 1 - r);
                        label.LabelAlignment = Alignment.MiddleCenter;
                        label.LabelFontColor = values[r, c] > 0.6 ? Colors.Black : Colors.White;
                    }
                }
            }
        }

        var positions = Enumerable.Range(0, n).Select(i => (double)i).ToArray();
        plot.Axes.Bottom.SetTicks(positions, [.. names]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = n > 4 ? -30 : 0;
        plot.Axes.Bottom.TickLabelStyle.Alignment = n > 4 ? Alignment.UpperLeft : Alignment.UpperCenter;
        plot.Axes.Left.SetTicks(positions, [.. Enumerable.Range(0, n).Select(i => names[n - 1 - i])]);
        plot.Axes.SetLimits(-0.5, n - 0.5, -0.5, n - 0.5);
        plot.Title("Mean utility against each opponent");
        plot.XLabel("opponent");
        plot.YLabel("agent");
        return plot;
    }

    /// <summary>When agreements happen: agreements per bin of normalised time, all agents together.</summary>
    public static Plot AgreementTimes(TournamentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var plot = NewPlot();
        var bins = TournamentReport.AgreementTimeBins;
        var width = 1.0 / bins;
        var bars = report.AgreementTimes.Select((count, i) => new Bar
        {
            Position = (i + 0.5) * width,
            Value = count,
            Size = width * 0.95,
            FillColor = BarColor,
        }).ToList();
        plot.Add.Bars(bars);
        plot.Axes.SetLimitsX(0, 1);
        plot.Axes.SetLimitsY(0, Math.Max(1, bars.Max(b => b.Value)) * 1.08);
        plot.Title(string.Create(CultureInfo.InvariantCulture, $"Agreement times: {report.Agreements:N0} agreements in {report.Completed:N0} negotiations"));
        plot.XLabel("normalised time of agreement (t)");
        plot.YLabel("agreements");
        return plot;
    }

    /// <summary>Saves the three plots as PNG into <paramref name="directory"/>; returns their paths.</summary>
    public static IReadOnlyList<string> SaveAll(TournamentReport report, string directory)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var n = report.Definition.Agents.Length;
        var files = new List<string>();
        Save(Ranking(report), Path.Combine(directory, "ranking.png"), Math.Max(900, 110 * n), 650, files);
        Save(Heatmap(report), Path.Combine(directory, "heatmap.png"), Math.Max(800, 90 * n) + 150, Math.Max(700, 90 * n), files);
        Save(AgreementTimes(report), Path.Combine(directory, "agreement-times.png"), 900, 550, files);
        return files;
    }

    private static void Save(Plot plot, string path, int width, int height, List<string> files)
    {
        PlotFile.Save(plot, path, width, height);
        files.Add(path);
    }

    private static Plot NewPlot()
    {
        var plot = new Plot();
        plot.Font.Set(PlotStyle.FontName);
        return plot;
    }

    private static double Finite(double value) => double.IsFinite(value) ? value : 0;
}
