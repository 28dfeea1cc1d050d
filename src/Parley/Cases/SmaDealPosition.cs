using System.Collections.Immutable;
using Parley.Analysis;
using Parley.Outcomes;
using Parley.Preferences;
using Parley.Scenarios;

namespace Parley.Cases;

/// <summary>
/// Where a run's result sits in the deal space of the day, by the exact analysis of the scenario in force (preferences
/// and reservation values of the day of the deal, or of the end date without one): whether the deal is Pareto-optimal
/// and what dominates it, the Nash bargaining point, and where the actual March 2021 terms would sit. Immutable.
/// </summary>
public sealed class SmaDealPosition
{
    private SmaDealPosition(
        Scenario scenario, ScenarioAnalysis analysis, SmaTerms? deal, ImmutableArray<double> dealUtilities, ImmutableArray<AnalysisPoint> dominating, ImmutableArray<double> actualUtilities)
    {
        Scenario = scenario;
        Analysis = analysis;
        Deal = deal;
        DealUtilities = dealUtilities;
        Dominating = dominating;
        ActualUtilities = actualUtilities;
        NashTerms = analysis.Nash is { } nash ? SmaCase.Terms(scenario, scenario.Space.IndexOf(nash.Outcome.ValueIndices)) : null;
    }

    /// <summary>The scenario analysed: the preferences and reservation values in force.</summary>
    public Scenario Scenario { get; }

    /// <summary>The exact analysis.</summary>
    public ScenarioAnalysis Analysis { get; }

    /// <summary>The deal, or null when the run ended without one.</summary>
    public SmaTerms? Deal { get; }

    /// <summary>Each party's utility of the deal (empty without one).</summary>
    public ImmutableArray<double> DealUtilities { get; }

    /// <summary>The Pareto-optimal outcomes that dominate the deal (empty when it is Pareto-optimal or there is none).</summary>
    public ImmutableArray<AnalysisPoint> Dominating { get; }

    /// <summary>Whether the deal is Pareto-optimal (false without a deal).</summary>
    public bool IsParetoOptimal => Deal is not null && Dominating.IsEmpty;

    /// <summary>The Nash point's terms, or null when no outcome is rational for both.</summary>
    public SmaTerms? NashTerms { get; }

    /// <summary>The Euclidean distance, in utility space, from the deal to the Nash point (null without either).</summary>
    public double? DistanceToNash => Deal is null || Analysis.Nash is null
        ? null
        : Math.Sqrt(DealUtilities.Zip(Analysis.Nash.Utilities, (a, b) => (a - b) * (a - b)).Sum());

    /// <summary>Each party's utility of the actual March 2021 terms under the preferences in force (their amounts off the grid).</summary>
    public ImmutableArray<double> ActualUtilities { get; }

    /// <summary>Whether some outcome of the space dominates the actual terms.</summary>
    public bool ActualIsDominated => Analysis.ParetoFrontier.Any(p => Dominates(p.Utilities, ActualUtilities));

    /// <summary>Whether the actual terms are worth at least each party's reservation value of the day.</summary>
    public bool ActualIsRational => ActualUtilities.Zip(Analysis.ReservationValues, (u, r) => u >= r).All(x => x);

    /// <summary>The position of a run's result (the deal, or the end state without one).</summary>
    /// <param name="run">The run.</param>
    /// <param name="options">Analysis options (e.g. a cloud of outcomes for a plot); the default analyses exactly, without a cloud.</param>
    public static SmaDealPosition Of(SmaRun run, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        var scenario = run.DealMeeting is { } meeting ? run.State.MeetingScenarios[meeting.Record.Number - 1] : run.State.Scenario;
        var analysis = ScenarioAnalyzer.Analyze(scenario, options);
        var deal = run.Deal;
        ImmutableArray<double> utilities = deal is null ? [] : [.. scenario.Parties.Select(p => p.Utility.Utility(scenario.Space.OutcomeAt(deal.Outcome).ValueIndices))];
        ImmutableArray<AnalysisPoint> dominating = deal is null ? [] : [.. analysis.ParetoFrontier.Where(p => Dominates(p.Utilities, utilities))];
        return new SmaDealPosition(scenario, analysis, deal, utilities, dominating, ActualUtilitiesUnder(scenario));
    }

    /// <summary>Each party's utility of the actual March 2021 terms under <paramref name="scenario"/>'s preferences.</summary>
    public static ImmutableArray<double> ActualUtilitiesUnder(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var space = scenario.Space;
        var values = new int[space.IssueCount];
        void Set(string issue, IssueValue value) => values[space.IndexOfIssue(issue)] = space.Issues[space.IndexOfIssue(issue)].IndexOf(value);
        Set(SmaCase.EscalationIssue, IssueValue.Of(SmaActual.Escalation));
        Set(SmaCase.DurationIssue, IssueValue.Of((long)SmaActual.Duration));
        Set(SmaCase.LaborIssue, IssueValue.Of(SmaActual.LaborShareOnGrid));
        Set(SmaCase.ScopeIssue, IssueValue.Of(SmaActual.Scope));
        var amounts = SmaActual.Amounts.ToArray();
        return [.. scenario.Parties.Select(p => p.Utility is PaymentStreamUtilityFunction stream
            ? stream.UtilityOfAmounts(amounts, values)
            : double.NaN)];
    }

    private static bool Dominates(ImmutableArray<double> a, ImmutableArray<double> b)
    {
        var strictly = false;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] < b[i])
            {
                return false;
            }

            strictly |= a[i] > b[i];
        }

        return strictly;
    }
}
