using System.Globalization;
using Parley.BurdenSharing;
using ScottPlot;

namespace Parley.Plotting;

/// <summary>
/// A cost allocation as horizontal bars: each ally's share in percent, labelled with the value. For the NATO-style cap,
/// each ally's GNI share is drawn beside it, so the move from GNI shares to capped shares shows.
/// </summary>
public static class BurdenAllocationPlot
{
    private static readonly Color ShareColor = Color.FromHex("#1f77b4");
    private static readonly Color BaselineColor = Color.FromHex("#aec7e8");

    /// <summary>Builds the plot.</summary>
    public static Plot Create(CostAllocation allocation)
    {
        ArgumentNullException.ThrowIfNull(allocation);
        var plot = new Plot();
        plot.Font.Set(PlotStyle.FontName);
        var rows = allocation.Allocations;
        var n = rows.Length;
        var showBaseline = allocation.Rule == "nato-cap" && rows.All(a => a.Basis is not null);
        var basisTotal = rows.Sum(a => a.Basis ?? 0);
        var bars = new List<Bar>();
        for (var i = 0; i < n; i++)
        {
            var position = n - 1 - i; // first ally on top
            var share = rows[i].Share * 100;
            bars.Add(new Bar
            {
                Position = showBaseline ? position + 0.2 : position,
                Value = share,
                FillColor = ShareColor,
                Size = showBaseline ? 0.4 : 0.7,
                Label = share.ToString("0.##", CultureInfo.InvariantCulture) + " %",
            });
            if (showBaseline)
            {
                var baseline = rows[i].Basis!.Value / basisTotal * 100;
                bars.Add(new Bar
                {
                    Position = position - 0.2,
                    Value = baseline,
                    FillColor = BaselineColor,
                    Size = 0.4,
                    Label = baseline.ToString("0.##", CultureInfo.InvariantCulture) + " %",
                });
            }
        }

        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = true;
        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, n).Select(i => (double)(n - 1 - i))], [.. rows.Select(a => a.Ally)]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.SetLimitsX(0, Math.Max(1, bars.Max(b => b.Value)) * 1.15);
        plot.Axes.SetLimitsY(-0.7, n - 0.3);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"share under {allocation.Rule}", FillColor = ShareColor });
        if (showBaseline)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = "GNI share", FillColor = BaselineColor });
        }

        plot.ShowLegend(Edge.Bottom);
        plot.Title($"Cost allocation: {allocation.Rule}");
        plot.XLabel("share of the total (%)");
        return plot;
    }

    /// <summary>Builds the plot and saves it as PNG or SVG (by extension).</summary>
    public static void Save(CostAllocation allocation, string path, int width = 1000, int height = 0)
    {
        ArgumentNullException.ThrowIfNull(allocation);
        var plot = Create(allocation);
        PlotFile.Save(plot, path, width, height > 0 ? height : Math.Clamp(160 + (48 * allocation.Allocations.Length), 400, 1400));
    }
}
