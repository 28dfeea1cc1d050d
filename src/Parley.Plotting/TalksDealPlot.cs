using System.Globalization;
using Parley.Analysis;
using Parley.Talks;
using ScottPlot;

namespace Parley.Plotting;

/// <summary>
/// Draws a series of talks and where they ended as two stacked plots: top, the timeline over calendar time
/// (<see cref="TalksPlot"/>); bottom, the deal space of the scenario in force at the end (two parties: every outcome of the
/// analysis's cloud, the Pareto frontier, the reservation values, the Nash point), zoomed to the outcomes both parties
/// would accept and a margin around them, with the agreement and any reference points (e.g. what was really agreed).
/// </summary>
public static class TalksDealPlot
{
    private static readonly Color AgreementColor = Color.FromHex("#000000");
    private static readonly Color ReferenceColor = Color.FromHex("#9467bd");

    /// <summary>Builds the two plots.</summary>
    /// <param name="state">The talks as they ended.</param>
    /// <param name="analysis">The exact analysis of the scenario in force at the agreement (or at the end); two parties.</param>
    /// <param name="agreement">Each party's utility of the agreement, or null without one.</param>
    /// <param name="references">Other points to mark in the deal space, with their labels (party order).</param>
    /// <param name="forSvg">Whether the plot is for SVG (Skia's SVG back end draws no dashes).</param>
    public static Multiplot Create(
        TalksState state, ScenarioAnalysis analysis, IReadOnlyList<double>? agreement, IReadOnlyList<(string Label, IReadOnlyList<double> Utilities)> references, bool forSvg = false)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(references);
        if (analysis.Scenario.Parties.Length != 2)
        {
            throw new ArgumentException("The deal space is drawn for two parties.", nameof(analysis));
        }

        var timeline = TalksPlot.Create(state, forSvg);
        var space = AnalysisPlot.Create(analysis, forSvg);
        if (agreement is not null)
        {
            var marker = space.Add.Marker(agreement[0], agreement[1], MarkerShape.FilledSquare, 13, AgreementColor);
            marker.LegendText = string.Create(CultureInfo.InvariantCulture, $"agreement ({agreement[0]:0.###}, {agreement[1]:0.###})");
        }

        foreach (var (label, utilities) in references)
        {
            var marker = space.Add.Marker(utilities[0], utilities[1], MarkerShape.FilledTriangleUp, 13, ReferenceColor);
            marker.LegendText = string.Create(CultureInfo.InvariantCulture, $"{label} ({utilities[0]:0.###}, {utilities[1]:0.###})");
        }

        Zoom(space, analysis, agreement, references);
        var multiplot = new Multiplot(timeline);
        multiplot.AddPlot(space);
        multiplot.Layout = new ScottPlot.MultiplotLayouts.Rows();
        return multiplot;
    }

    /// <summary>Builds the plots and saves them as one PNG or SVG image (by extension).</summary>
    public static void Save(
        TalksState state, ScenarioAnalysis analysis, IReadOnlyList<double>? agreement, IReadOnlyList<(string Label, IReadOnlyList<double> Utilities)> references, string path,
        int width = 1400, int height = 1500) =>
        PlotFile.Save(Create(state, analysis, agreement, references, PlotFile.IsSvg(path)), path, width, height);

    /// <summary>Zooms to the outcomes at or above both reservation values (with the marked points), plus a margin.</summary>
    private static void Zoom(Plot plot, ScenarioAnalysis analysis, IReadOnlyList<double>? agreement, IReadOnlyList<(string Label, IReadOnlyList<double> Utilities)> references)
    {
        var reservation = analysis.ReservationValues;
        var points = analysis.ParetoFrontier.Select(p => p.Utilities.ToArray()).Where(u => u[0] >= reservation[0] && u[1] >= reservation[1]).ToList();
        points.Add([reservation[0], reservation[1]]);
        if (agreement is not null)
        {
            points.Add([.. agreement]);
        }

        points.AddRange(references.Select(r => r.Utilities.ToArray()));
        var (x0, x1) = (points.Min(p => p[0]), points.Max(p => p[0]));
        var (y0, y1) = (points.Min(p => p[1]), points.Max(p => p[1]));
        var (dx, dy) = (Math.Max(x1 - x0, 0.01) * 0.25, Math.Max(y1 - y0, 0.01) * 0.25);
        plot.Axes.SetLimits(Math.Max(-0.02, x0 - dx), Math.Min(1.02, x1 + dx), Math.Max(-0.02, y0 - dy), Math.Min(1.02, y1 + dy));
        plot.Title(plot.Axes.Title.Label.Text + " (zoomed to the outcomes both accept)");
    }
}
