using System.Globalization;
using Parley.Protocols;
using Parley.Talks;
using ScottPlot;

namespace Parley.Plotting;

/// <summary>
/// Draws a series of talks over calendar time: at each meeting's date, each party's utility of every offer made there
/// (its own offers thick, the others' thin; the meeting's exchange is spread over a short stretch after its date), each
/// party's reservation value as a dashed step line (moved by events and costs), the known deadlines and the end date
/// (red), the scripted events (orange, labelled with their kind), walk-outs and break-offs, and the agreement.
/// </summary>
public static class TalksPlot
{
    /// <summary>Heights (in utility) at which successive nearby event labels start.</summary>
    private static readonly double[] EventLabelHeights = [0.06, 0.3];

    private static readonly Color EventColor = Color.FromHex("#ff7f0e");
    private static readonly Color DeadlineColor = Color.FromHex("#d62728");
    private static readonly Color MeetingColor = Color.FromHex("#7b8794").WithAlpha(0.5);
    private static readonly Color AgreementColor = Color.FromHex("#000000");
    private static readonly Color[] PartyColors =
    [
        Color.FromHex("#1f77b4"), Color.FromHex("#2ca02c"), Color.FromHex("#9467bd"), Color.FromHex("#8c564b"),
        Color.FromHex("#17becf"), Color.FromHex("#bcbd22"), Color.FromHex("#e377c2"), Color.FromHex("#7f7f7f"),
    ];

    /// <summary>Builds the plot of the talks as they stand (held meetings only). Skia's SVG back end draws no dashes.</summary>
    public static Plot Create(TalksState state, bool forSvg = false)
    {
        ArgumentNullException.ThrowIfNull(state);
        var talks = state.Talks;
        var parties = talks.Parties;
        var dashes = forSvg ? LinePattern.Solid : LinePattern.Dashed;
        var plot = new Plot();
        plot.Font.Set(PlotStyle.FontName);
        var width = MeetingWidth(talks);

        foreach (var deadline in talks.Deadlines)
        {
            Marker(plot, X(deadline.Date), deadline.Label, DeadlineColor, dashes, 0.98);
        }

        Marker(plot, X(talks.End), "end of talks", DeadlineColor, LinePattern.Solid, 0.98);
        // Events a few days apart would print their labels on top of each other: the later one goes higher up.
        var previous = (Date: DateOnly.MinValue, Level: 0);
        foreach (var talksEvent in state.AppliedEvents)
        {
            var level = talksEvent.Date.DayNumber - previous.Date.DayNumber < 21 ? (previous.Level + 1) % EventLabelHeights.Length : 0;
            Marker(plot, X(talksEvent.Date), talksEvent.Kind, EventColor, dashes, EventLabelHeights[level]);
            previous = (talksEvent.Date, level);
        }

        for (var seat = 0; seat < parties.Length; seat++)
        {
            ReservationSteps(plot, state, seat, dashes);
        }

        for (var m = 0; m < state.Meetings.Length; m++)
        {
            Meeting(plot, state, m, width);
        }

        plot.Axes.DateTimeTicksBottom();
        plot.Axes.SetLimits(X(talks.Start) - 1, X(talks.End) + 3, -0.02, 1.05);
        var status = state.Status switch
        {
            TalksStatus.Agreed => string.Create(CultureInfo.InvariantCulture, $"agreed at meeting {state.Meetings[^1].Record.Number}"),
            TalksStatus.BrokenOff => $"broken off by {parties[state.Meetings[^1].Record.EndedBy]}",
            TalksStatus.NoAgreement => "no agreement",
            _ => string.Create(CultureInfo.InvariantCulture, $"{state.Meetings.Length} of {talks.Meetings.Length} meetings held"),
        };
        plot.Title($"{talks.Name}: {status}");

        // The meeting labels sit above the data area; room for them keeps the title clear of them.
        plot.Axes.Top.MinimumSize = 28;
        plot.XLabel("date (each meeting's offers spread over a short stretch after its date)");
        plot.YLabel("utility (each party's own, under its preferences of the day)");
        plot.ShowLegend(Edge.Right);
        return plot;
    }

    /// <summary>Builds the plot and saves it as PNG or SVG (by extension).</summary>
    public static void Save(TalksState state, string path, int width = 1400, int height = 700) =>
        PlotFile.Save(Create(state, PlotFile.IsSvg(path)), path, width, height);

    private static void Meeting(Plot plot, TalksState state, int index, double width)
    {
        var meeting = state.Meetings[index];
        var record = meeting.Record;
        var scenario = state.MeetingScenarios[index];
        var space = scenario.Space;
        var parties = scenario.Parties;
        var start = X(record.Date);
        var line = plot.Add.VerticalLine(start, 1, MeetingColor);
        line.Text = string.Create(CultureInfo.InvariantCulture, $"M{record.Number}");
        line.LabelOppositeAxis = true;
        var offers = record.Actions.Where(a => a.Kind == ActionKind.Offer).ToArray();
        for (var judge = 0; judge < parties.Length; judge++)
        {
            var utility = parties[judge].Utility;
            double U(long outcome) => utility.Utility(space.OutcomeAt(outcome).ValueIndices);
            var own = offers.Where(o => o.Actor == judge).ToArray();
            var others = offers.Where(o => o.Actor != judge).ToArray();
            if (own.Length > 0)
            {
                var scatter = plot.Add.Scatter(own.Select(o => start + (o.Time * width)).ToArray(), own.Select(o => U(o.Outcome)).ToArray(), PartyColor(judge));
                scatter.LineWidth = 2.5f;
                scatter.MarkerSize = 4;
                if (index == 0)
                {
                    scatter.LegendText = $"{parties[judge].Name}: its own offers";
                }
            }

            if (others.Length > 0)
            {
                var scatter = plot.Add.Scatter(others.Select(o => start + (o.Time * width)).ToArray(), others.Select(o => U(o.Outcome)).ToArray(), PartyColor(judge).WithAlpha(0.7));
                scatter.LineWidth = 1;
                scatter.MarkerSize = 4;
                scatter.MarkerShape = MarkerShape.OpenCircle;
                if (index == 0)
                {
                    scatter.LegendText = $"{parties[judge].Name}: the others' offers";
                }
            }

            if (record.IsAgreement)
            {
                var marker = plot.Add.Marker(start + (record.EndTime * width), meeting.Utilities[judge], MarkerShape.FilledSquare, 11, AgreementColor);
                if (judge == 0)
                {
                    marker.LegendText = "agreement";
                }
            }
        }

        if (record.Exit != MeetingExit.None)
        {
            var x = start + (record.EndTime * width);
            plot.Add.Marker(x, 0.15, MarkerShape.Eks, 12, DeadlineColor);
            var label = plot.Add.Text($"{parties[record.EndedBy].Name} {(record.Exit == MeetingExit.BreakOff ? "breaks off" : "walks out")}", x, 0.15);
            label.LabelFontSize = 11;
            label.LabelFontColor = DeadlineColor;
            label.LabelAlignment = Alignment.LowerLeft;
            label.OffsetX = 6;
        }
    }

    /// <summary>
    /// A party's reservation value day by day (events move it in steps, daily costs lower it gradually), recomputed from
    /// the talks' pure state from the start to the agreement, the last meeting held, or the end date.
    /// </summary>
    private static void ReservationSteps(Plot plot, TalksState state, int seat, LinePattern dashes)
    {
        var talks = state.Talks;
        var last = state.Status switch
        {
            TalksStatus.NoAgreement => talks.End,
            _ when state.Meetings.Length > 0 => state.Meetings[^1].Record.Date,
            _ => talks.Start,
        };
        var replay = TalksState.Start(talks, state.Agents);
        var xs = new List<double>();
        var ys = new List<double>();
        for (var day = talks.Start; day <= last; day = day.AddDays(1))
        {
            replay = replay.AdvanceTo(day);
            xs.Add(X(day));
            ys.Add(replay.Parties[seat].ReservationValue);
        }

        var steps = plot.Add.Scatter(xs.ToArray(), ys.ToArray(), PartyColor(seat).WithAlpha(0.8));
        steps.ConnectStyle = ConnectStyle.StepHorizontal;
        steps.LinePattern = dashes;
        steps.LineWidth = 1.5f;
        steps.MarkerSize = 0;
        steps.LegendText = $"{talks.Parties[seat]}: reservation value";
    }

    private static void Marker(Plot plot, double x, string text, Color color, LinePattern pattern, double labelY)
    {
        plot.Add.VerticalLine(x, 1.2f, color.WithAlpha(0.8), pattern);
        var label = plot.Add.Text(text, x, labelY);
        label.LabelFontSize = 10;
        label.LabelFontColor = color;
        label.LabelRotation = -90;
        label.LabelAlignment = labelY > 0.5 ? Alignment.UpperRight : Alignment.LowerLeft;
        label.OffsetX = 2;
    }

    /// <summary>How many days a meeting's exchange spans on the plot: most of the shortest gap between meetings, within bounds.</summary>
    private static double MeetingWidth(TalksScenario talks)
    {
        var span = Math.Max(1, talks.End.DayNumber - talks.Start.DayNumber);
        var gap = double.MaxValue;
        for (var i = 1; i < talks.Meetings.Length; i++)
        {
            var days = talks.Meetings[i].Date.DayNumber - talks.Meetings[i - 1].Date.DayNumber;
            if (days > 0)
            {
                gap = Math.Min(gap, days);
            }
        }

        gap = Math.Min(gap, Math.Max(1, talks.End.DayNumber - talks.Meetings[^1].Date.DayNumber));
        return Math.Clamp(0.3 * gap, 0.5, Math.Max(0.5, span / 40.0));
    }

    private static double X(DateOnly date) => date.ToDateTime(TimeOnly.MinValue).ToOADate();

    private static Color PartyColor(int seat) => PartyColors[seat % PartyColors.Length];
}
