using System.Globalization;
using Parley.Cases;
using Parley.Protocols;
using Parley.Talks;

namespace Parley.Cli.Rendering;

/// <summary>
/// What the bare <c>parley</c> command prints for the flagship case (plain text, the same on every terminal): the talks
/// meeting by meeting (date, place, each side's first and last offer in won and dollars, walk-outs, the events in
/// between), the result, the comparison with the March 2021 agreement, and where the result sits against the Pareto
/// frontier and the Nash point of the scenario in force at the deal.
/// </summary>
internal static class SmaReport
{
    public static void Write(TextWriter output, SmaRun run, SmaDealPosition position, string? plot)
    {
        var talks = run.Talks;
        var fx = run.WonPerDollar;
        output.WriteLine("Parley · sma-2019: the 2019–2021 U.S.–South Korea cost-sharing talks (11th Special Measures Agreement)");
        output.WriteLine("The model is not told how the talks ended: two agents play them from documented positions and events.");
        output.WriteLine(string.Join(" · ", talks.Parties.Select((p, i) => $"{p}: {run.Settings.Agents[i]}")) + string.Create(
            CultureInfo.InvariantCulture, $"; seed {run.Settings.Seed}; in memory (nothing saved)"));
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Offers: the 2020 payment in billion won and dollars ({fx:N1} won/$), its increase over 2019 ({SmaCase.Level2019:N1} bn won), the escalation rule, the years covered, the labor share and the scope."));
        output.WriteLine();
        Timeline(output, run);
        output.WriteLine();
        Result(output, run);
        output.WriteLine();
        Comparison(output, run);
        output.WriteLine();
        Position(output, run, position);
        output.WriteLine();
        if (plot is not null)
        {
            output.WriteLine($"Plot written to {plot} (the timeline and the deal space).");
        }

        output.WriteLine("More: parley talks backtest sma-2019 · parley talks sensitivity sma-2019 · parley --plot sma.png · docs/cases/sma-2019.md");
    }

    private static void Timeline(TextWriter output, SmaRun run)
    {
        output.WriteLine("Timeline");
        var parties = run.Talks.Parties;
        var width = parties.Max(p => p.Length);
        var events = run.State.AppliedEvents;
        var shown = 0;
        foreach (var meeting in run.Meetings)
        {
            while (shown < events.Length && events[shown].Date <= meeting.Record.Date)
            {
                Event(output, events[shown++]);
            }

            var plan = meeting.Plan;
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{plan.Date:yyyy-MM-dd}  Meeting {plan.Number} · {plan.Location} · {plan.Rounds} rounds{(plan.Minutes is { } m ? $" · {m} min" : "")}{(plan.Note is { } note ? " · " + note : "")}"));
            for (var seat = 0; seat < parties.Length; seat++)
            {
                if (meeting.FirstOffers[seat] is not { } first)
                {
                    continue;
                }

                var last = meeting.LastOffers[seat]!;
                var text = first.Outcome == last.Outcome ? Offer(first, run.WonPerDollar) : $"{Offer(first, run.WonPerDollar)}  →  {Offer(last, run.WonPerDollar)}";
                output.WriteLine($"    {parties[seat].PadRight(width)}  {(seat == 0 ? "asks  " : "offers")} {text}");
            }

            output.WriteLine("    = " + Ending(run, meeting));
        }

        while (shown < events.Length)
        {
            Event(output, events[shown++]);
        }
    }

    private static void Event(TextWriter output, TalksEvent talksEvent)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{talksEvent.Date:yyyy-MM-dd}  {talksEvent.Kind}: {talksEvent.Description}"));
        foreach (var effect in talksEvent.Effects)
        {
            output.WriteLine($"    → {effect.Describe()}");
        }
    }

    private static string Offer(SmaTerms terms, double fx) => string.Create(
        CultureInfo.InvariantCulture,
        $"{SmaCase.Payment(terms.Payment2020, fx)}, {SmaCase.RuleName(terms.Escalation)}, {terms.Duration} yr, labor {terms.LaborShare}, {terms.Scope}");

    private static string Ending(SmaRun run, SmaMeeting meeting)
    {
        var record = meeting.Record;
        var parties = run.Talks.Parties;
        var when = string.Create(CultureInfo.InvariantCulture, $"turn {record.Turns} of {record.Rounds * parties.Length}")
            + (meeting.EndMinutes is { } minutes ? string.Create(CultureInfo.InvariantCulture, $", after about {minutes:0} of {meeting.Plan.Minutes} minutes") : "");
        return record.End switch
        {
            NegotiationEnd.Agreement => $"agreement ({when})",
            NegotiationEnd.WalkAway when record.Exit == MeetingExit.BreakOff => $"{parties[record.EndedBy]} broke off the talks ({when})",
            NegotiationEnd.WalkAway => $"{parties[record.EndedBy]} walked out ({when}); the talks go on",
            NegotiationEnd.Deadline => string.Create(CultureInfo.InvariantCulture, $"no agreement within the meeting's {record.Rounds} rounds"),
            _ => $"the meeting failed: {record.Violation}",
        };
    }

    private static void Result(TextWriter output, SmaRun run)
    {
        var parties = run.Talks.Parties;
        var state = run.State;
        var fx = run.WonPerDollar;
        if (run.Deal is { } deal)
        {
            var meeting = run.DealMeeting!;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Result: agreed on {meeting.Record.Date:yyyy-MM-dd} (meeting {meeting.Record.Number}, {meeting.Plan.Location})"));
            output.WriteLine($"    Terms: {deal.Describe(fx)}");
            output.WriteLine("    Payments: " + string.Join(" · ", deal.Amounts.Select((a, y) => string.Create(CultureInfo.InvariantCulture, $"{SmaCase.FirstYear + y} {a:N1}")))
                + string.Create(CultureInfo.InvariantCulture, $" bn won; total {SmaCase.Money(deal.Amounts.Sum(), fx)}"));
        }
        else
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Result: {(state.Status == TalksStatus.BrokenOff ? "broken off" : "no agreement")} by {state.Date:yyyy-MM-dd}"));
        }

        var reservation = run.DealMeeting is { } dealt ? dealt.Result.ReservationValues : state.ReservationValues;
        output.WriteLine("    Utilities: " + string.Join(" · ", parties.Select((p, i) => string.Create(
            CultureInfo.InvariantCulture, $"{p} {state.Utilities[i]:0.0000} (reservation value {reservation[i]:0.0000})"))));
        if (state.Costs.Any(c => c > 0))
        {
            output.WriteLine("    Costs of no deal accrued (furloughs): " + string.Join(" · ", parties.Select((p, i) => string.Create(CultureInfo.InvariantCulture, $"{p} {state.Costs[i]:0.0000}"))));
        }
    }

    private static void Comparison(TextWriter output, SmaRun run)
    {
        output.WriteLine("Compared with what happened (agreement in principle, 7 March 2021)");
        foreach (var row in SmaBacktest.Rows(run))
        {
            output.WriteLine($"  {Mark(row.Match)} {row.Item}");
            output.WriteLine($"      simulated: {row.Simulated}");
            output.WriteLine($"      actual:    {row.Actual}");
        }

        output.WriteLine("  (✓ same, ≈ close, ✗ different; sources: parley talks backtest sma-2019)");
    }

    internal static string Mark(BacktestMatch match) => match switch
    {
        BacktestMatch.Yes => "✓",
        BacktestMatch.Close => "≈",
        _ => "✗",
    };

    private static void Position(TextWriter output, SmaRun run, SmaDealPosition position)
    {
        var parties = run.Talks.Parties;
        var analysis = position.Analysis;
        var fx = run.WonPerDollar;
        var day = run.DealDate ?? run.State.Date;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Against the Pareto frontier and the Nash point (the preferences and reservation values in force on {day:yyyy-MM-dd}; {analysis.OutcomeCount:N0} outcomes, exact analysis by {(analysis.Method == Analysis.AnalysisMethod.Enumeration ? "enumeration" : "merging")})"));
        if (position.Deal is not null)
        {
            output.WriteLine(position.IsParetoOptimal
                ? string.Create(CultureInfo.InvariantCulture, $"    The deal is Pareto-optimal: on the frontier of {analysis.ParetoFrontier.Length:N0} outcomes.")
                : string.Create(CultureInfo.InvariantCulture, $"    The deal is not Pareto-optimal: {position.Dominating.Length:N0} frontier outcomes are better for both or better for one and as good for the other."));
        }

        if (analysis.Nash is { } nash && position.NashTerms is { } terms)
        {
            output.WriteLine($"    Nash point: {terms.Describe(fx)}");
            output.WriteLine("        utilities " + string.Join(" · ", parties.Select((p, i) => string.Create(CultureInfo.InvariantCulture, $"{p} {nash.Utilities[i]:0.0000}"))));
            if (position.DistanceToNash is { } distance)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    The deal is {distance:0.0000} from the Nash point in utility space: ")
                    + string.Join(", ", parties.Select((p, i) => string.Create(CultureInfo.InvariantCulture, $"{p} {position.DealUtilities[i] - nash.Utilities[i]:+0.0000;−0.0000;0.0000}")))
                    + " against Nash.");
            }
        }
        else
        {
            output.WriteLine("    No outcome is worth its reservation value to both sides: there is no Nash point.");
        }

        var actual = position.ActualUtilities;
        output.WriteLine("    The actual March 2021 terms (off the grid: 2020 frozen, 2021 +13.9 %, then defense-budget growth, 6 years, labor 87 % ≈ 85%, existing):");
        output.WriteLine("        utilities " + string.Join(" · ", parties.Select((p, i) => string.Create(CultureInfo.InvariantCulture, $"{p} {actual[i]:0.0000}")))
            + $"; {(position.ActualIsRational ? "worth at least both reservation values" : "below a reservation value")}"
            + $"; {(position.ActualIsDominated ? "dominated by outcomes of the grid" : "not dominated by any outcome of the grid")}.");
    }
}
