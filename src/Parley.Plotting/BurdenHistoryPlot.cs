using System.Collections.Immutable;
using Parley.BurdenSharing;
using ScottPlot;

namespace Parley.Plotting;

/// <summary>
/// The SMA history over time: published amounts as lines with filled markers, amounts computed by the rules as open
/// markers (on top of the published ones where the rule reproduces them), and the projection as its own line. KRW years
/// (2005 on) are in trillion won on the left axis; USD years (1991–2004) in USD billion on the right axis.
/// </summary>
public static class BurdenHistoryPlot
{
    private static readonly Color KrwColor = Color.FromHex("#1f77b4");
    private static readonly Color UsdColor = Color.FromHex("#2ca02c");
    private static readonly Color ComputedColor = Color.FromHex("#ff7f0e");
    private static readonly Color ProjectionColor = Color.FromHex("#d62728");

    /// <summary>Builds the plot. Skia's SVG back end cannot draw dashes, so SVG plots use solid lines instead.</summary>
    public static Plot Create(ImmutableArray<SmaHistoryYear> history, string? projectionLabel = null, bool forSvg = false)
    {
        var plot = new Plot();
        plot.Font.Set(PlotStyle.FontName);
        var krw = history.Where(r => r.Currency == Currency.Krw).ToArray();
        var usd = history.Where(r => r.Currency == Currency.Usd).ToArray();

        AddPublished(plot, krw, 1e12, KrwColor, "published, trillion won (left axis)", right: false);
        AddPublished(plot, usd, 1e9, UsdColor, "published, USD billion (right axis)", right: true);
        AddComputed(plot, krw.Where(r => r.Computed is not null && !r.IsProjection), 1e12, right: false, "computed by the rule (open markers)");
        AddComputed(plot, usd.Where(r => r.Computed is not null), 1e9, right: true, label: null);

        var projection = krw.Where(r => r.IsProjection).ToArray();
        if (projection.Length > 0)
        {
            // The projection starts from the last year before it, so the line joins the published history.
            var start = krw.LastOrDefault(r => r.Year < projection[0].Year);
            var points = (start is null ? projection : [start, .. projection]).ToArray();
            var line = plot.Add.Scatter(points.Select(r => (double)r.Year).ToArray(), points.Select(r => r.Amount / 1e12).ToArray(), ProjectionColor);
            line.LinePattern = forSvg ? LinePattern.Solid : LinePattern.Dashed;
            line.LineWidth = 2;
            line.MarkerShape = MarkerShape.OpenCircle;
            line.MarkerSize = 8;
            line.LegendText = projectionLabel ?? "projection";
        }

        plot.Title("ROK contributions under the U.S.–ROK Special Measures Agreements");
        plot.XLabel("year");
        plot.YLabel("trillion won");
        plot.Axes.Right.Label.Text = "USD billion";
        plot.Axes.SetLimitsX(history.Min(r => r.Year) - 1, history.Max(r => r.Year) + 1);
        plot.Axes.SetLimitsY(0, Math.Max(1, krw.Select(r => r.Amount / 1e12).DefaultIfEmpty(1).Max()) * 1.1, plot.Axes.Left);
        plot.Axes.SetLimitsY(0, Math.Max(0.1, usd.Select(r => r.Amount / 1e9).DefaultIfEmpty(1).Max()) * 1.1, plot.Axes.Right);
        plot.ShowLegend(Alignment.LowerRight);
        return plot;
    }

    /// <summary>Builds the plot and saves it as PNG or SVG (by extension).</summary>
    public static void Save(ImmutableArray<SmaHistoryYear> history, string path, string? projectionLabel = null, int width = 1100, int height = 700)
    {
        var plot = Create(history, projectionLabel, PlotFile.IsSvg(path));
        PlotFile.Save(plot, path, width, height);
    }

    private static void AddPublished(Plot plot, SmaHistoryYear[] rows, double scale, Color color, string label, bool right)
    {
        var published = rows.Where(r => r.Published is not null).ToArray();
        if (published.Length == 0)
        {
            return;
        }

        var line = plot.Add.Scatter(published.Select(r => (double)r.Year).ToArray(), published.Select(r => r.Published!.Amount / scale).ToArray(), color);
        line.LineWidth = 2;
        line.MarkerSize = 6;
        line.LegendText = label;
        if (right)
        {
            line.Axes.YAxis = plot.Axes.Right;
        }
    }

    private static void AddComputed(Plot plot, IEnumerable<SmaHistoryYear> rows, double scale, bool right, string? label)
    {
        var computed = rows.ToArray();
        if (computed.Length == 0)
        {
            return;
        }

        var points = plot.Add.ScatterPoints(computed.Select(r => (double)r.Year).ToArray(), computed.Select(r => r.Computed!.Amount / scale).ToArray(), ComputedColor);
        points.MarkerShape = MarkerShape.OpenCircle;
        points.MarkerSize = 12;
        points.MarkerLineWidth = 2;
        if (label is not null)
        {
            points.LegendText = label;
        }

        if (right)
        {
            points.Axes.YAxis = plot.Axes.Right;
        }
    }
}
