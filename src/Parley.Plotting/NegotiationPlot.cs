using System.Globalization;
using Parley.Analysis;
using Parley.Negotiations;
using Parley.Protocols;
using ScottPlot;

namespace Parley.Plotting;

/// <summary>
/// Draws one negotiation as two stacked plots. Top, for two parties: the outcomes in utility space (every outcome, or a
/// seeded sample of <see cref="CloudSize"/>), the Pareto frontier, the reservation values, the Nash point, each party's
/// offers as a path, and the agreement; for three or more parties the same in parallel coordinates (one axis per party):
/// the frontier, the Nash point, each party's last offer and the agreement. Bottom: each party's utility of every offer
/// over normalised time t, its own offers drawn thick and everyone else's thin, in that party's colour.
/// </summary>
public static class NegotiationPlot
{
    /// <summary>The most outcomes drawn in the background cloud.</summary>
    public const int CloudSize = 20_000;

    private static readonly Color CloudColor = Color.FromHex("#7b8794").WithAlpha(0.35);
    private static readonly Color FrontierColor = Color.FromHex("#4d4d4d");
    private static readonly Color NashColor = Color.FromHex("#2ca02c");
    private static readonly Color AgreementColor = Color.FromHex("#000000");
    private static readonly Color ReservationColor = Color.FromHex("#7f7f7f");
    private static readonly Color[] PartyColors =
    [
        Color.FromHex("#1f77b4"), Color.FromHex("#d62728"), Color.FromHex("#9467bd"), Color.FromHex("#ff7f0e"),
        Color.FromHex("#8c564b"), Color.FromHex("#17becf"), Color.FromHex("#bcbd22"), Color.FromHex("#e377c2"),
    ];

    /// <summary>
    /// Builds the two plots. <paramref name="analysis"/> (of the same scenario) adds the frontier and the Nash point; without
    /// it they are left out. Skia's SVG back end cannot draw dashes, so SVG plots use solid thin lines instead.
    /// </summary>
    public static Multiplot Create(PreparedScenario scenario, NegotiationResult result, ScenarioAnalysis? analysis, bool forSvg = false)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(result);
        if (result.Trace is null)
        {
            throw new ArgumentException("The negotiation was run without recording its trace, so there are no offers to draw.", nameof(result));
        }

        var dashes = forSvg ? LinePattern.Solid : LinePattern.Dashed;
        var space = new Plot();
        space.Font.Set(PlotStyle.FontName);
        if (scenario.Scenario.Parties.Length == 2)
        {
            UtilitySpace(space, scenario, result, analysis, dashes);
        }
        else
        {
            ParallelCoordinates(space, scenario, result, analysis, dashes);
        }

        var time = new Plot();
        time.Font.Set(PlotStyle.FontName);
        UtilityOverTime(time, scenario, result);

        var multiplot = new Multiplot(space);
        multiplot.AddPlot(time);
        multiplot.Layout = new ScottPlot.MultiplotLayouts.Rows();
        return multiplot;
    }

    /// <summary>Builds the plots and saves them as one PNG or SVG image (by extension).</summary>
    public static void Save(PreparedScenario scenario, NegotiationResult result, ScenarioAnalysis? analysis, string path, int width = 1000, int height = 1500)
    {
        var multiplot = Create(scenario, result, analysis, PlotFile.IsSvg(path));
        PlotFile.Save(multiplot, path, width, height);
    }

    private static void UtilitySpace(Plot plot, PreparedScenario scenario, NegotiationResult result, ScenarioAnalysis? analysis, LinePattern dashes)
    {
        var parties = scenario.Scenario.Parties;
        var (xs, ys) = Cloud(scenario);
        var cloud = plot.Add.ScatterPoints(xs, ys, CloudColor);
        cloud.MarkerSize = 3;
        cloud.LegendText = xs.Length == scenario.Scenario.Space.Count
            ? $"outcomes ({xs.Length:N0})"
            : $"outcomes (sample of {xs.Length:N0} of {scenario.Scenario.Space.Count:N0})";

        if (analysis is not null)
        {
            var frontier = analysis.ParetoFrontier.OrderBy(p => p.Utilities[0]).ToArray();
            var line = plot.Add.Scatter(frontier.Select(p => p.Utilities[0]).ToArray(), frontier.Select(p => p.Utilities[1]).ToArray(), FrontierColor);
            line.LineWidth = 1.5f;
            line.MarkerSize = 3;
            line.LegendText = $"Pareto frontier ({analysis.ParetoFrontier.Length:N0})";
        }

        var vertical = plot.Add.VerticalLine(parties[0].ReservationValue, 1, ReservationColor, dashes);
        vertical.LegendText = "reservation values";
        plot.Add.HorizontalLine(parties[1].ReservationValue, 1, ReservationColor, dashes);

        for (var seat = 0; seat < parties.Length; seat++)
        {
            var offers = OffersBy(result, seat);
            if (offers.Length == 0)
            {
                continue;
            }

            var path = plot.Add.Scatter(
                offers.Select(o => scenario.Indexes[0].UtilityOf(o.Outcome)).ToArray(),
                offers.Select(o => scenario.Indexes[1].UtilityOf(o.Outcome)).ToArray(),
                PartyColor(seat));
            path.LineWidth = 1.5f;
            path.MarkerSize = 6;
            path.LegendText = $"offers by {parties[seat].Name} ({result.Agents[seat]}): {offers.Length:N0}";
        }

        if (analysis?.Nash is { } nash)
        {
            var marker = plot.Add.Marker(nash.Utilities[0], nash.Utilities[1], MarkerShape.FilledDiamond, 15, NashColor);
            marker.LegendText = string.Create(CultureInfo.InvariantCulture, $"Nash ({nash.Utilities[0]:0.###}, {nash.Utilities[1]:0.###})");
        }

        if (result.IsAgreement)
        {
            var (x, y) = (result.Utilities[0], result.Utilities[1]);
            var marker = plot.Add.Marker(x, y, MarkerShape.FilledSquare, 12, AgreementColor);
            marker.LegendText = string.Create(CultureInfo.InvariantCulture, $"agreement ({x:0.###}, {y:0.###})");
            var label = plot.Add.Text("agreement", x, y);
            label.LabelBold = true;
            label.LabelFontColor = AgreementColor;
            var onLeft = x > 0.6;
            label.LabelAlignment = onLeft ? Alignment.UpperRight : Alignment.UpperLeft;
            label.OffsetX = onLeft ? -10 : 10;
            label.OffsetY = 6;
        }

        plot.Title(Title(scenario, result));
        plot.XLabel($"utility of {parties[0].Name}");
        plot.YLabel($"utility of {parties[1].Name}");
        plot.Axes.SetLimits(-0.02, 1.02, -0.02, 1.02);
        plot.ShowLegend(Alignment.LowerLeft);
    }

    private static void ParallelCoordinates(Plot plot, PreparedScenario scenario, NegotiationResult result, ScenarioAnalysis? analysis, LinePattern dashes)
    {
        var parties = scenario.Scenario.Parties;
        var axes = Enumerable.Range(0, parties.Length).Select(i => (double)i).ToArray();
        if (analysis is not null)
        {
            var first = true;
            foreach (var point in analysis.ParetoFrontier)
            {
                var line = plot.Add.Scatter(axes, point.Utilities.ToArray(), FrontierColor.WithAlpha(0.15));
                line.MarkerSize = 0;
                line.LineWidth = 1;
                if (first)
                {
                    line.LegendText = $"Pareto outcomes ({analysis.ParetoFrontier.Length:N0})";
                    first = false;
                }
            }
        }

        var reservations = plot.Add.Scatter(axes, [.. parties.Select(p => p.ReservationValue)], ReservationColor);
        reservations.LinePattern = dashes;
        reservations.LegendText = "reservation values";
        if (analysis?.Nash is { } nash)
        {
            AddPath(plot, axes, [.. nash.Utilities], "Nash", NashColor, 4, MarkerShape.FilledDiamond);
        }

        for (var seat = 0; seat < parties.Length; seat++)
        {
            var offers = OffersBy(result, seat);
            if (offers.Length > 0)
            {
                var last = offers[^1].Outcome;
                AddPath(plot, axes, [.. scenario.Indexes.Select(i => i.UtilityOf(last))], $"last offer of {parties[seat].Name} ({result.Agents[seat]})", PartyColor(seat), 1.5f, MarkerShape.FilledCircle);
            }
        }

        if (result.IsAgreement)
        {
            AddPath(plot, axes, [.. result.Utilities], "agreement", AgreementColor, 3, MarkerShape.FilledSquare);
        }

        plot.Axes.Bottom.SetTicks(axes, [.. parties.Select(p => p.Name)]);
        plot.Axes.SetLimits(-0.2, parties.Length - 0.8, -0.02, 1.02);
        plot.Title(Title(scenario, result));
        plot.YLabel("utility");
        plot.ShowLegend(Alignment.LowerLeft);
    }

    private static void UtilityOverTime(Plot plot, PreparedScenario scenario, NegotiationResult result)
    {
        var parties = scenario.Scenario.Parties;
        var offers = result.Trace!.Entries.ToArray().Where(e => e.Kind == ActionKind.Offer).ToArray();
        for (var judge = 0; judge < parties.Length; judge++)
        {
            var index = scenario.Indexes[judge];
            var own = offers.Where(o => o.Actor == judge).ToArray();
            var others = offers.Where(o => o.Actor != judge).ToArray();
            if (own.Length > 0)
            {
                var line = plot.Add.Scatter(own.Select(o => o.Time).ToArray(), own.Select(o => index.UtilityOf(o.Outcome)).ToArray(), PartyColor(judge));
                line.LineWidth = 2.5f;
                line.MarkerSize = 5;
                line.LegendText = $"{parties[judge].Name}: its own offers";
            }

            if (others.Length > 0)
            {
                var line = plot.Add.Scatter(others.Select(o => o.Time).ToArray(), others.Select(o => index.UtilityOf(o.Outcome)).ToArray(), PartyColor(judge).WithAlpha(0.8));
                line.LineWidth = 1;
                line.MarkerSize = 4;
                line.MarkerShape = MarkerShape.OpenCircle;
                line.LegendText = parties.Length == 2 ? $"{parties[judge].Name}: {parties[1 - judge].Name}'s offers" : $"{parties[judge].Name}: the others' offers";
            }

            if (result.IsAgreement)
            {
                var marker = plot.Add.Marker(result.EndTime, result.Utilities[judge], MarkerShape.FilledSquare, 11, AgreementColor);
                if (judge == 0)
                {
                    marker.LegendText = "agreement";
                }
            }
        }

        plot.Title("Each party's utility of the offers over time");
        plot.XLabel("normalised time t");
        plot.YLabel("utility (undiscounted)");
        plot.Axes.SetLimits(-0.01, 1.01, -0.02, 1.02);
        plot.ShowLegend(Alignment.LowerLeft);
    }

    private static void AddPath(Plot plot, double[] axes, double[] utilities, string name, Color color, float width, MarkerShape shape)
    {
        var path = plot.Add.Scatter(axes, utilities, color);
        path.LineWidth = width;
        path.MarkerSize = 4 + (2 * width);
        path.MarkerShape = shape;
        path.LegendText = $"{name} ({string.Join(", ", utilities.Select(u => u.ToString("0.###", CultureInfo.InvariantCulture)))})";
    }

    private static TraceEntry[] OffersBy(NegotiationResult result, int seat) =>
        [.. result.Trace!.Entries.ToArray().Where(e => e.Kind == ActionKind.Offer && e.Actor == seat)];

    /// <summary>The utility vectors of every outcome, or of a seeded sample of <see cref="CloudSize"/> distinct ones, in outcome order.</summary>
    private static (double[] Xs, double[] Ys) Cloud(PreparedScenario scenario)
    {
        var count = (int)scenario.Scenario.Space.Count;
        int[] outcomes;
        if (count <= CloudSize)
        {
            outcomes = [.. Enumerable.Range(0, count)];
        }
        else
        {
            // Floyd's algorithm: CloudSize distinct indices, the same for every run.
            var random = new Random(0);
            var chosen = new HashSet<int>(CloudSize);
            for (var j = count - CloudSize; j < count; j++)
            {
                var t = random.Next(j + 1);
                chosen.Add(chosen.Contains(t) ? j : t);
            }

            outcomes = [.. chosen.Order()];
        }

        return ([.. outcomes.Select(o => scenario.Indexes[0].UtilityOf(o))], [.. outcomes.Select(o => scenario.Indexes[1].UtilityOf(o))]);
    }

    private static Color PartyColor(int seat) => PartyColors[seat % PartyColors.Length];

    private static string Title(PreparedScenario scenario, NegotiationResult result)
    {
        var versus = string.Join(" vs ", result.Agents);
        var end = result.End switch
        {
            NegotiationEnd.Agreement => string.Create(CultureInfo.InvariantCulture, $"agreement at t = {result.EndTime:0.###}"),
            NegotiationEnd.WalkAway => $"{scenario.Scenario.Parties[result.EndedBy].Name} walked away",
            NegotiationEnd.Deadline => "no agreement by the deadline",
            _ => "failed",
        };
        return $"{scenario.Scenario.Name}: {versus}, {end}";
    }
}
