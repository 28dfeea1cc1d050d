using System.Globalization;
using Parley.Analysis;
using ScottPlot;

namespace Parley.Plotting;

/// <summary>
/// Draws an analysis. For two parties: the outcome cloud in utility space, the Pareto frontier, the Nash,
/// Kalai–Smorodinsky and maximum-welfare points, and each party's reservation line. For three or more parties:
/// the frontier in parallel coordinates (one line per Pareto outcome, one axis per party) with the three solutions
/// highlighted.
/// </summary>
public static class AnalysisPlot
{
    private static readonly Color CloudColor = Color.FromHex("#7b8794").WithAlpha(0.45);
    private static readonly Color FrontierColor = Color.FromHex("#1f77b4");
    private static readonly Color NashColor = Color.FromHex("#d62728");
    private static readonly Color KalaiColor = Color.FromHex("#2ca02c");
    private static readonly Color WelfareColor = Color.FromHex("#ff7f0e");
    private static readonly Color ReservationColor = Color.FromHex("#7f7f7f");

    /// <summary>Builds the plot. Skia's SVG back end cannot draw dashes, so SVG plots use solid thin lines instead.</summary>
    public static Plot Create(ScenarioAnalysis analysis, bool forSvg = false)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var plot = new Plot();
        plot.Font.Set(PlotStyle.FontName);
        var dashes = forSvg ? LinePattern.Solid : LinePattern.Dashed;
        if (analysis.Scenario.Parties.Length == 2)
        {
            Bilateral(plot, analysis, dashes);
        }
        else
        {
            ParallelCoordinates(plot, analysis, dashes);
        }

        return plot;
    }

    /// <summary>Builds the plot and saves it as PNG or SVG (by extension).</summary>
    public static void Save(ScenarioAnalysis analysis, string path, int width = 1000, int height = 800)
    {
        var plot = Create(analysis, PlotFile.IsSvg(path));
        PlotFile.Save(plot, path, width, height);
    }

    private static void Bilateral(Plot plot, ScenarioAnalysis analysis, LinePattern dashes)
    {
        var parties = analysis.Scenario.Parties;

        if (!analysis.Cloud.IsDefaultOrEmpty)
        {
            var xs = analysis.Cloud.Select(p => p[0]).ToArray();
            var ys = analysis.Cloud.Select(p => p[1]).ToArray();
            var cloud = plot.Add.ScatterPoints(xs, ys, CloudColor);
            cloud.MarkerSize = 3;
            cloud.LegendText = analysis.Cloud.Length == (long)analysis.OutcomeCount
                ? $"outcomes ({analysis.Cloud.Length:N0})"
                : $"outcomes (sample of {analysis.Cloud.Length:N0} of {analysis.OutcomeCount:N0})";
        }

        var frontier = analysis.ParetoFrontier.OrderBy(p => p.Utilities[0]).ToArray();
        var line = plot.Add.Scatter(frontier.Select(p => p.Utilities[0]).ToArray(), frontier.Select(p => p.Utilities[1]).ToArray(), FrontierColor);
        line.LineWidth = 2;
        line.MarkerSize = 5;
        line.LegendText = $"Pareto frontier ({analysis.ParetoFrontier.Length:N0})";

        AddReservationLines(plot, analysis, dashes);
        // Largest marker first, so solutions that coincide still show every colour; one label per distinct point.
        var solutions = new (AnalysisPoint? Point, string Name, Color Color, MarkerShape Shape, float Size)[]
        {
            (analysis.MaxWelfare, "max welfare", WelfareColor, MarkerShape.FilledDiamond, 17),
            (analysis.KalaiSmorodinsky, "Kalai–Smorodinsky", KalaiColor, MarkerShape.FilledSquare, 13),
            (analysis.Nash, "Nash", NashColor, MarkerShape.FilledCircle, 10),
        };
        foreach (var (point, name, color, shape, size) in solutions)
        {
            AddSolutionMarker(plot, point, name, color, shape, size);
        }

        // Distinct points from the top down take turns labelling above and below, so that neighbours on the frontier
        // never print over each other at any zoom (a plot may be zoomed after this).
        var groups = solutions.Where(s => s.Point is not null)
            .GroupBy(s => (X: s.Point!.Utilities[0], Y: s.Point.Utilities[1]))
            .OrderByDescending(g => g.Key.Y)
            .ThenBy(g => g.Key.X)
            .ToArray();
        for (var rank = 0; rank < groups.Length; rank++)
        {
            var group = groups[rank];
            AddSolutionLabel(plot, group.Key.X, group.Key.Y, string.Join(" = ", group.Reverse().Select(s => s.Name)), group.Last().Color, below: rank % 2 == 1);
        }

        plot.Title(Title(analysis));
        plot.XLabel($"utility of {parties[0].Name}");
        plot.YLabel($"utility of {parties[1].Name}");
        plot.Axes.SetLimits(-0.02, 1.02, -0.02, 1.02);
        plot.ShowLegend(Alignment.LowerLeft);
    }

    private static void AddReservationLines(Plot plot, ScenarioAnalysis analysis, LinePattern dashes)
    {
        var parties = analysis.Scenario.Parties;
        var vertical = plot.Add.VerticalLine(analysis.ReservationValues[0], 1.5f, ReservationColor, dashes);
        vertical.LegendText = string.Create(
            CultureInfo.InvariantCulture,
            $"reservation values ({parties[0].Name} {analysis.ReservationValues[0]:0.###}, {parties[1].Name} {analysis.ReservationValues[1]:0.###})");
        plot.Add.HorizontalLine(analysis.ReservationValues[1], 1.5f, ReservationColor, dashes);
    }

    private static void AddSolutionMarker(Plot plot, AnalysisPoint? point, string name, Color color, MarkerShape shape, float size)
    {
        if (point is null)
        {
            return;
        }

        var (x, y) = (point.Utilities[0], point.Utilities[1]);
        var marker = plot.Add.Marker(x, y, shape, size, color);
        marker.LegendText = string.Create(CultureInfo.InvariantCulture, $"{name} ({x:0.###}, {y:0.###})");
    }

    private static void AddSolutionLabel(Plot plot, double x, double y, string text, Color color, bool below)
    {
        // Labels go on the side with room: left of points near the right edge.
        var label = plot.Add.Text(text, x, y);
        label.LabelFontColor = color;
        label.LabelBold = true;
        var onLeft = x > 0.6;
        label.LabelAlignment = (onLeft, below) switch
        {
            (true, false) => Alignment.LowerRight,
            (false, false) => Alignment.LowerLeft,
            (true, true) => Alignment.UpperRight,
            (false, true) => Alignment.UpperLeft,
        };
        label.OffsetX = onLeft ? -10 : 10;
        label.OffsetY = below ? 6 : -6;
    }

    private static void ParallelCoordinates(Plot plot, ScenarioAnalysis analysis, LinePattern dashes)
    {
        var parties = analysis.Scenario.Parties;
        var axes = Enumerable.Range(0, parties.Length).Select(i => (double)i).ToArray();

        var first = true;
        foreach (var point in analysis.ParetoFrontier)
        {
            var path = plot.Add.Scatter(axes, point.Utilities.ToArray(), FrontierColor.WithAlpha(0.25));
            path.MarkerSize = 0;
            path.LineWidth = 1;
            if (first)
            {
                path.LegendText = $"Pareto outcomes ({analysis.ParetoFrontier.Length:N0})";
                first = false;
            }
        }

        var reservations = plot.Add.Scatter(axes, analysis.ReservationValues.ToArray(), ReservationColor);
        reservations.LinePattern = dashes;
        reservations.LegendText = "reservation values";
        // Widest first, so solutions that coincide still show every colour.
        AddPath(plot, axes, analysis.MaxWelfare, "max welfare", WelfareColor, 7, MarkerShape.FilledDiamond);
        AddPath(plot, axes, analysis.KalaiSmorodinsky, "Kalai–Smorodinsky", KalaiColor, 4.5f, MarkerShape.FilledSquare);
        AddPath(plot, axes, analysis.Nash, "Nash", NashColor, 2, MarkerShape.FilledCircle);

        plot.Axes.Bottom.SetTicks(axes, [.. parties.Select(p => p.Name)]);
        plot.Axes.SetLimits(-0.2, parties.Length - 0.8, -0.02, 1.02);
        plot.Title(Title(analysis));
        plot.YLabel("utility");
        plot.ShowLegend(Alignment.LowerLeft);
    }

    private static void AddPath(Plot plot, double[] axes, AnalysisPoint? point, string name, Color color, float width, MarkerShape shape)
    {
        if (point is null)
        {
            return;
        }

        var path = plot.Add.Scatter(axes, point.Utilities.ToArray(), color);
        path.LineWidth = width;
        path.MarkerSize = 4 + (2 * width);
        path.MarkerShape = shape;
        path.LegendText = $"{name} ({string.Join(", ", point.Utilities.Select(u => u.ToString("0.###", CultureInfo.InvariantCulture)))})";
    }

    private static string Title(ScenarioAnalysis analysis)
    {
        var method = analysis.IsSampled ? $", sampled ({analysis.SampleSize:N0} outcomes)" : string.Empty;
        return $"{analysis.Scenario.Name}: {analysis.OutcomeCount:N0} outcomes{method}";
    }
}
