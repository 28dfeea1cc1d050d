using System.Text.RegularExpressions;
using Parley.Analysis;
using Parley.Cases;
using Parley.Outcomes;
using Parley.Preferences;
using Parley.Talks;

namespace Parley.Tests.Cases;

/// <summary>The flagship case file <c>sma-2019</c>: its figures, its sources, and runs of it.</summary>
public sealed partial class SmaCaseTests
{
    private static readonly TalksScenario Talks = SmaCase.Load();

    [Fact]
    public void Load_CaseFile_HasTheIssuesOnTheDocumentedGrid()
    {
        var space = Talks.Scenario.Space;
        var payment = Assert.IsType<RealIssue>(space.Issues[space.IndexOfIssue("payment2020")]);

        Assert.Equal(110_880, space.Count);
        Assert.Equal(["payment2020", "escalation", "duration", "laborShare", "scope"], space.Issues.Select(i => i.Name));
        Assert.Equal(SmaCase.Level2019, payment.NumberAt(0));
        // A step is 1 % of the 2019 level: +13 % is on the grid, +13.9 % is nearest +14 %, $1.3 B (at 1,166.6 won/$) nearest +46 %.
        Assert.Equal(1173.957, payment.NumberAt(13), 9);
        Assert.Equal(14, Nearest(payment, SmaCase.Level2019 * 1.139));
        Assert.Equal(46, Nearest(payment, 1.3 * SmaCase.WonPerDollar(Talks)));
        // The top is the reported $5 B ask, to the nearest step below.
        Assert.InRange(payment.Max / SmaCase.WonPerDollar(Talks), 4.99, 5.0);
    }

    [Fact]
    public void ReservationValues_AreTheUtilitiesOfTheDocumentedPositions()
    {
        var scenario = Talks.Scenario;
        var fx = SmaCase.WonPerDollar(Talks);
        var payment = (RealIssue)scenario.Space.Issues[0];

        // Seoul: its best offer, +13 % (the tentative deal: CPI-capped, five years, 75 %, existing categories).
        var tentative = Outcome(scenario.Space, payment.NumberAt(13), "cpiCapped", 5, "75%", "existing");
        Assert.Equal(scenario.Party(SmaCase.Korea).Utility.Utility(tentative), scenario.Party(SmaCase.Korea).ReservationValue);

        // Washington 2019–20: its last ask, $1.3 B a year, on the grid.
        var lastAsk = Outcome(scenario.Space, payment.NumberAt(Nearest(payment, Talks.Assumption("usLastAsk")!.Value * fx)), "cpiCapped", 5, "75%", "existing");
        Assert.Equal(scenario.Party(SmaCase.UnitedStates).Utility.Utility(lastAsk), scenario.Party(SmaCase.UnitedStates).ReservationValue);

        // Washington 2021: the same tentative deal, under its new preferences.
        var change = Talks.Events.Single(e => e.Kind == "changeOfGovernment");
        var replaced = change.Effects.OfType<ReplacePreferences>().Single();
        Assert.Equal(replaced.Utility.Utility(tentative), replaced.ReservationValue);
    }

    [Fact]
    public void EveryMeetingEventDeadlineAndAssumption_CarriesASourceOrAnAssumptionMarker()
    {
        Assert.All(Talks.Meetings, m => Assert.True(Sourced(m.Source), $"meeting {m.Number}: {m.Source}"));
        Assert.All(Talks.Events, e => Assert.True(Sourced(e.Source), $"{e.Kind} {e.Date}: {e.Source}"));
        Assert.All(Talks.Deadlines, d => Assert.True(Sourced(d.Source), $"{d.Label}: {d.Source}"));
        Assert.All(Talks.Assumptions, a => Assert.False(string.IsNullOrWhiteSpace(a.Source), a.Name));
        Assert.All(Talks.Scenario.Parties, p => Assert.False(string.IsNullOrWhiteSpace(p.Source), p.Name));

        // Assumed meetings say so, documented ones cite a dated report.
        Assert.Equal(15, Talks.Meetings.Count(m => m.Source!.StartsWith("assumed", StringComparison.Ordinal)));
        Assert.All(Talks.Meetings.Where(m => !m.Source!.StartsWith("assumed", StringComparison.Ordinal)), m => Assert.Matches(YearPattern(), m.Source!));
    }

    [Fact]
    public void CaseFile_TellsTheModelNothingOfTheMarch2021Terms()
    {
        // Every position in the file (reservation outcomes, bounds) is a 2019–2020 position: none has the 11th SMA's shape
        // (defense-budget growth over six years), and no agent's horizon is the day of the deal.
        var text = Talks.FileText!;
        Assert.DoesNotMatch("\"reservationOutcome\": \\{[^}]*\"defenseBudget\"", text);
        Assert.DoesNotContain("by=20210307", text, StringComparison.Ordinal);
        Assert.DoesNotContain("by=20210305", text, StringComparison.Ordinal);
        Assert.DoesNotContain("1183.3", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_StartingScenario_IsExactByEnumeration()
    {
        var analysis = ScenarioAnalyzer.Analyze(Talks.Scenario);

        Assert.Equal(AnalysisMethod.Enumeration, analysis.Method);
        Assert.NotEmpty(analysis.ParetoFrontier);
        // Under the 2019–20 preferences no outcome is worth both reservation values: no Nash point.
        Assert.Null(analysis.Nash);
    }

    [Fact]
    public void Run_SameSeed_GivesTheSameTimeline()
    {
        var first = SmaCase.Run(Talks);
        var second = SmaCase.Run(Talks);

        Assert.Equal(first.Meetings.Length, second.Meetings.Length);
        Assert.All(first.Meetings.Zip(second.Meetings), p => Assert.Null(p.First.Record.DifferenceFrom(p.Second.Record)));
        Assert.Equal(first.State.Utilities, second.State.Utilities);
    }

    [Fact]
    public void Run_AnotherSeed_GivesTheSameTimeline_TheAgentsDrawNoRandomNumbers()
    {
        var first = SmaCase.Run(Talks);
        var other = SmaCase.Run(Talks, TalksSettings.For(Talks, 12345));

        Assert.All(first.Meetings.Zip(other.Meetings), p => Assert.Null(p.First.Record.DifferenceFrom(p.Second.Record)));
    }

    [Fact]
    public void Run_Amounts_FollowTheAgreedRule()
    {
        var run = SmaCase.Run(Talks);
        var deal = Assert.IsType<SmaTerms>(run.Deal);
        var stream = ((PaymentStreamUtilityFunction)Talks.Scenario.Party(SmaCase.Korea).Utility).Stream;
        var rule = ((DiscreteIssue)Talks.Scenario.Space.Issues[1]).IndexOf(deal.Escalation);

        Assert.Equal(deal.Duration, deal.Amounts.Length);
        Assert.Equal(deal.Payment2020, deal.Amounts[0]);
        Assert.Equal(stream.Amounts(deal.Payment2020, rule, deal.Duration)[..deal.Duration], deal.Amounts);
    }

    [Fact]
    public void Position_OfTheDeal_IsOnTheFrontierOfTheScenarioInForce()
    {
        var run = SmaCase.Run(Talks);

        var position = SmaDealPosition.Of(run);

        Assert.Equal(run.State.MeetingScenarios[^1], position.Scenario);
        Assert.Equal(2, position.DealUtilities.Length);
        Assert.Equal(position.IsParetoOptimal, position.Dominating.IsEmpty);
        Assert.All(position.ActualUtilities, u => Assert.InRange(u, 0, 1));
    }

    [Fact]
    public void Backtest_HasEveryItemOnce()
    {
        var rows = SmaBacktest.Rows(SmaCase.Run(Talks));

        Assert.Equal(15, rows.Length);
        Assert.Equal(rows.Length, rows.Select(r => r.Item).Distinct().Count());
        Assert.Equal("Walk-out in November 2019", rows[0].Item);
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
    }

    [Fact]
    public void ActualAmounts_AreParleysSmaHistory()
    {
        // 2020 frozen, 2021 +13.9 %, 2022 +5.4 %, 2023 and 2024 computed, 2025 published.
        Assert.Equal([1038.9, 1183.3, 1247.2, 1289.6, 1346.3, 1402.8], SmaActual.Amounts.Select(a => Math.Round(a, 1)));
        Assert.Equal([true, true, true, false, false, true], SmaActual.AmountsPublished);
    }

    private static bool Sourced(string? source) => !string.IsNullOrWhiteSpace(source);

    private static int Nearest(RealIssue issue, double value) =>
        (int)Math.Round((value - issue.Min) / ((issue.Max - issue.Min) / (issue.GridPoints - 1)));

    private static int[] Outcome(OutcomeSpace space, double payment, string escalation, long duration, string labor, string scope) =>
        [.. space.CreateOutcome(IssueValue.Of(payment), IssueValue.Of(escalation), IssueValue.Of(duration), IssueValue.Of(labor), IssueValue.Of(scope)).ValueIndices];

    [GeneratedRegex(@"20\d\d")]
    private static partial Regex YearPattern();
}
