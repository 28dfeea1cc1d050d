using System.Collections.Immutable;
using System.Globalization;

namespace Parley.Cases;

/// <summary>
/// The backtest of the SMA case: a run of the model next to what really happened (<see cref="SmaActual"/>), item by
/// item: the walk-out of November 2019, whether a deal came before the change of U.S. administration, the date and the
/// terms of the deal, and the positions the sides took on the way.
/// </summary>
public static class SmaBacktest
{
    /// <summary>The rows for a run.</summary>
    public static ImmutableArray<BacktestRow> Rows(SmaRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var fx = run.WonPerDollar;
        var rows = ImmutableArray.CreateBuilder<BacktestRow>();
        var walkOuts = run.WalkOuts;
        var november = walkOuts.FirstOrDefault(m => m.Record.Date.Year == 2019 && m.Record.Date.Month == 11);
        rows.Add(new BacktestRow(
            "Walk-out in November 2019",
            november is null
                ? walkOuts.IsEmpty ? "no" : $"no ({run.Talks.Parties[walkOuts[0].Record.EndedBy]} walked out on {Date(walkOuts[0].Record.Date)} instead: see the next row)"
                : "yes: " + WalkOut(run, november),
            "yes: United States, 19 Nov 2019 (3rd round, 2nd day), after about 80–90 minutes of the day",
            november is not null && run.Talks.Parties[november.Record.EndedBy] == SmaCase.UnitedStates ? BacktestMatch.Yes : BacktestMatch.No,
            SmaActual.WalkOutSource));

        var others = walkOuts.Where(m => m != november).ToList();
        rows.Add(new BacktestRow(
            "Other walk-outs",
            others.Count == 0 ? "none" : string.Join("; ", others.Select(m => WalkOut(run, m))),
            "none reported",
            others.Count == 0 ? BacktestMatch.Yes : BacktestMatch.No,
            "the rounds' reports (docs/cases/sma-2019.md, calendar)"));

        var dealDate = run.DealDate;
        var before = dealDate is { } d && d < SmaActual.ChangeOfGovernment;
        rows.Add(new BacktestRow(
            "Deal before the change of U.S. administration (20 Jan 2021)",
            before ? "yes: " + Date(dealDate!.Value) : "no",
            "no",
            before ? BacktestMatch.No : BacktestMatch.Yes,
            "Yonhap 2021-03-08 ('the agreement was rejected by then U.S. President Donald Trump')"));

        rows.Add(new BacktestRow(
            "Date of the deal",
            dealDate is { } date ? $"{Date(date)} (meeting {run.DealMeeting!.Record.Number}, {run.DealMeeting.Plan.Location})" : $"no deal by {Date(run.Talks.End)}",
            "7 Mar 2021 (9th round, Washington, 5–7 Mar)",
            dealDate is not { } dd ? BacktestMatch.No
                : dd == new DateOnly(2021, 3, 5) ? BacktestMatch.Yes
                : Math.Abs(dd.DayNumber - SmaActual.Deal.DayNumber) <= 62 ? BacktestMatch.Close
                : BacktestMatch.No,
            SmaActual.DealSource));

        var deal = run.Deal;
        rows.Add(AmountRow("2020 payment", deal?.Payment2020, SmaActual.Amounts[0], fx, "frozen at the 2019 level", "Xinhua 2021-03-10; Parley's SMA data"));
        rows.Add(AmountRow("2021 payment", deal?.Amount2021, SmaActual.Amounts[1], fx, "+13.9 %: 2020 defense-budget growth 7.4 % + 6.5 points for labor costs", "Xinhua 2021-03-10; Yonhap via clicknnews, Mar 2021"));
        rows.Add(new BacktestRow(
            "Escalation, 2022–2025",
            deal is null ? "–" : SmaCase.RuleName(deal.Escalation),
            SmaCase.RuleName(SmaActual.Escalation) + " (of the prior year)",
            deal is null ? BacktestMatch.No : deal.Escalation == SmaActual.Escalation ? BacktestMatch.Yes : BacktestMatch.No,
            "Janes; VOA via Aju 2021-03-11"));
        rows.Add(new BacktestRow(
            "Duration",
            deal is null ? "–" : Years(deal.Duration),
            Years(SmaActual.Duration) + " (2020–2025)",
            deal is null ? BacktestMatch.No : deal.Duration == SmaActual.Duration ? BacktestMatch.Yes : Math.Abs(deal.Duration - SmaActual.Duration) == 1 ? BacktestMatch.Close : BacktestMatch.No,
            "State Dept via Yonhap 2021-03-09 ('a new six-year Special Measures Agreement')"));
        rows.Add(AmountRow("2025 payment", deal?.AmountIn(2025), SmaActual.Amounts[5], fx, "the 11th SMA's last year", "Maeil Business via Zum, Oct 2024; Parley's SMA data"));
        var total = deal is { Amounts.Length: SmaActual.Duration } ? deal.Amounts.Sum() : (double?)null;
        rows.Add(AmountRow(
            "Total 2020–2025",
            total,
            SmaActual.Amounts.Sum(),
            fx,
            "2023 and 2024 computed by the 11th SMA's rule",
            "Parley's SMA data (docs/burden-sharing.md)",
            deal is not null && total is null ? $"the deal covers {Years(deal.Duration)}" : null));
        rows.Add(new BacktestRow(
            "Labor share",
            deal?.LaborShare ?? "–",
            string.Create(CultureInfo.InvariantCulture, $"at least {SmaActual.LaborSharePercent} % (nearest on the grid: {SmaActual.LaborShareOnGrid}; unverified)"),
            deal is null ? BacktestMatch.No : deal.LaborShare == SmaActual.LaborShareOnGrid ? BacktestMatch.Yes : Neighbour(deal.LaborShare) ? BacktestMatch.Close : BacktestMatch.No,
            "research notes §1 (Janes; Reuters-KR), not re-found in a stored copy"));
        rows.Add(new BacktestRow(
            "Scope",
            deal is null ? "–" : deal.Scope + " categories",
            "existing categories (labor, construction, logistics)",
            deal is null ? BacktestMatch.No : deal.Scope == SmaActual.Scope ? BacktestMatch.Yes : BacktestMatch.No,
            "Xinhua 2021-03-10; Korea Times US 2021-03-15"));

        rows.Add(AskRow(run, SmaCase.UnitedStates, "U.S. ask, March 2020 (7th round)", new DateOnly(2020, 3, 31), SmaActual.UsAskMarch2020 * fx,
            "about $4 B (the initial demand lowered by about $1 B)", "KBS 2020-03-16"));
        rows.Add(AskRow(run, SmaCase.UnitedStates, "U.S. ask, May 2020", new DateOnly(2020, 5, 31), SmaActual.UsAskMay2020 * fx,
            "$1.3 B a year (nearly +50 %)", "Yonhap 2020-05-08"));
        rows.Add(AskRow(run, SmaCase.Korea, "Seoul's offer, March 2020", new DateOnly(2020, 3, 31), SmaCase.Level2019 * (1 + (SmaActual.KoreaBestOfferPercent / 100)),
            "+13 % (its 'best offer', five years)", "Hankyoreh 2020-04-23; Dong-A 2020-04-13"));
        return rows.ToImmutable();
    }

    private static BacktestRow AmountRow(string item, double? simulated, double actual, double fx, string note, string source, string? missing = null)
    {
        var match = simulated is not { } s ? BacktestMatch.No
            : Math.Abs(s - actual) <= 0.02 * actual ? BacktestMatch.Yes
            : Math.Abs(s - actual) <= 0.1 * actual ? BacktestMatch.Close
            : BacktestMatch.No;
        return new BacktestRow(
            item,
            simulated is { } value ? $"{SmaCase.Money(value, fx)}, {SmaCase.Percent(((value / actual) - 1) * 100)} vs actual" : missing ?? "–",
            $"{SmaCase.Money(actual, fx)}: {note}",
            match,
            source);
    }

    private static BacktestRow AskRow(SmaRun run, string party, string item, DateOnly by, double actual, string actualText, string source)
    {
        var meeting = run.LastMeetingWithOffer(party, by);
        var offer = meeting?.LastOffers[run.SeatOf(party)];
        var match = offer is null ? BacktestMatch.No
            : Math.Abs(offer.Payment2020 - actual) <= 0.02 * actual ? BacktestMatch.Yes
            : Math.Abs(offer.Payment2020 - actual) <= 0.1 * actual ? BacktestMatch.Close
            : BacktestMatch.No;
        return new BacktestRow(
            item,
            offer is null ? "–" : $"{offer.Describe(run.WonPerDollar)} (last offer, {Date(meeting!.Record.Date)})",
            $"{SmaCase.Money(actual, run.WonPerDollar)}: {actualText}",
            match,
            source);
    }

    private static string WalkOut(SmaRun run, SmaMeeting meeting) => string.Create(
        CultureInfo.InvariantCulture,
        $"{run.Talks.Parties[meeting.Record.EndedBy]}, {Date(meeting.Record.Date)} (meeting {meeting.Record.Number}, {meeting.Plan.Location}){(meeting.EndMinutes is { } minutes ? $", after about {minutes:0} of {meeting.Plan.Minutes} minutes" : "")}");

    private static bool Neighbour(string laborShare) => laborShare is "80%" or "90%";

    private static string Years(int years) => string.Create(CultureInfo.InvariantCulture, $"{years} year{(years == 1 ? "" : "s")}");

    /// <summary>A date as <c>7 Mar 2021</c>.</summary>
    internal static string Date(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
