using System.Collections.Immutable;
using CsCheck;
using Parley.Analysis;
using Parley.Outcomes;
using Parley.Preferences;
using Parley.Scenarios;

namespace Parley.Tests.Analysis;

public sealed class HyperRectangleSearchTests
{
    private static readonly AnalysisOptions Enumeration = new() { Method = AnalysisMethod.Enumeration };
    private static readonly AnalysisOptions Search = new() { Method = AnalysisMethod.HyperRectangleSearch };
    private static readonly AnalysisOptions SearchOneThread = new() { Method = AnalysisMethod.HyperRectangleSearch, MaxDegreeOfParallelism = 1 };

    /// <summary>
    /// Random hyper-rectangle parties on small integer spaces: utilities that are negative, zero or positive, weights
    /// other than 1, rectangles with no bounds (every outcome), empty ranges, and a maxutility small enough that the
    /// cap at 1 often binds, so capped ties and negative rectangles (which the bound ignores) both occur.
    /// </summary>
    private static readonly Gen<Scenario> RandomRectangles =
        from radices in Gen.Int[1, 4].Array[2, 5]
        from parties in Gen.Int[2, 3]
        from rectangles in Rectangle(radices.Length).Array[1, 7].Array[parties]
        from maxima in Gen.OneOf(2.0, 5.0, 9.0).Array[parties]
        from reservations in Gen.OneOf(0.0, 0.0, 0.2, 0.5, 2.0).Array[parties]
        select Build(radices, rectangles, maxima, reservations);

    [Fact]
    public void Search_RandomRectangleScenarios_EqualsEnumeration() =>
        RandomRectangles.Sample(
            scenario =>
            {
                var expected = ScenarioAnalyzer.Analyze(scenario, Enumeration);
                ScenarioAnalyzerTests.AssertSameResults(expected, ScenarioAnalyzer.Analyze(scenario, Search));
                ScenarioAnalyzerTests.AssertSameResults(expected, ScenarioAnalyzer.Analyze(scenario, SearchOneThread));
            },
            iter: 1500);

    /// <summary>
    /// Larger spaces (up to 6⁶ = 46,656 outcomes, 10–30 rectangles a party), where the parallel workers really split the
    /// first issue and prune with each other's outcomes: the same frontier, ties and solutions as enumeration.
    /// </summary>
    [Fact]
    public void Search_LargerRandomScenarios_EqualsEnumerationOnAnyThreadCount() =>
        (from radices in Gen.Int[3, 6].Array[4, 6]
         from rectangles in Rectangle(radices.Length, maxValue: 5).Array[10, 30].Array[2]
         from maxima in Gen.OneOf(10.0, 20.0, 40.0).Array[2]
         select Build(radices, rectangles, maxima, [0.1, 0.2]))
        .Sample(
            scenario =>
            {
                var expected = ScenarioAnalyzer.Analyze(scenario, Enumeration);
                ScenarioAnalyzerTests.AssertSameResults(expected, ScenarioAnalyzer.Analyze(scenario, Search));
                ScenarioAnalyzerTests.AssertSameResults(expected, ScenarioAnalyzer.Analyze(scenario, SearchOneThread));
            },
            iter: 40);

    // Two issues 0..2. a: +3 on i0 ∈ [1, 2], +1 on i1 = 0 (max 4); b: +2 on i0 = 0, +2 on i1 ∈ [1, 2] (max 4).
    // By hand: a ∈ {0, .25, .75, 1}, b ∈ {0, .5, 1}. (i0, i1) = (0, 1), (0, 2) give (0, 1); (1, 0), (2, 0) give (1, 0);
    // (1, 1), (1, 2), (2, 1), (2, 2) give (.75, .5); (0, 0) gives (.25, .5), dominated by (.75, .5). So the frontier is
    // (1, 0) twice, (.75, .5) four times, (0, 1) twice, each tie in outcome order.
    [Fact]
    public void Search_HandWorkedScenario_ListsEveryTiedOutcome()
    {
        var space = AnalysisScenarios.IntegerSpace(3, 3);
        var scenario = new Scenario("hand", space, [
            Party("a", space, 4, (3, [(0, 1, 2)]), (1, [(1, 0, 0)])),
            Party("b", space, 4, (2, [(0, 0, 0)]), (2, [(1, 1, 2)])),
        ]);

        var analysis = ScenarioAnalyzer.Analyze(scenario, Search);

        Assert.Equal(AnalysisMethod.HyperRectangleSearch, analysis.Method);
        Assert.Equal(
            ["(1, 0) 1/0", "(2, 0) 1/0", "(1, 1) 0.75/0.5", "(1, 2) 0.75/0.5", "(2, 1) 0.75/0.5", "(2, 2) 0.75/0.5", "(0, 1) 0/1", "(0, 2) 0/1"],
            analysis.ParetoFrontier.Select(p => $"{p.Outcome} {p.Utilities[0]}/{p.Utilities[1]}"));
        Assert.Equal("(1, 1)", analysis.Nash!.Outcome.ToString()); // 0.75·0.5 beats 1·0 and 0·1; first of its ties
    }

    [Fact]
    public void Analyze_Auto_SearchesRectanglesTooLargeToEnumerate()
    {
        var space = AnalysisScenarios.IntegerSpace(3, 3, 3, 3); // 81 outcomes against a budget of 10
        var scenario = new Scenario("too-large", space, [
            Party("a", space, 6, (3, [(0, 1, 2), (1, 0, 1)]), (2, [(2, 2, 2)]), (1, [(3, 0, 0)])),
            Party("b", space, 6, (3, [(0, 0, 0)]), (2, [(1, 1, 2), (2, 0, 1)]), (1, [(3, 1, 2)])),
        ]);

        var analysis = ScenarioAnalyzer.Analyze(scenario, new AnalysisOptions { MaxEnumeratedOutcomes = 10 });

        Assert.Equal(AnalysisMethod.HyperRectangleSearch, analysis.Method);
        Assert.Contains("too large to enumerate", analysis.MethodReason, StringComparison.Ordinal);
        ScenarioAnalyzerTests.AssertSameResults(ScenarioAnalyzer.Analyze(scenario, Enumeration), analysis);
    }

    [Fact]
    public void Analyze_Auto_EnumeratesRectanglesThatFit()
    {
        var space = AnalysisScenarios.IntegerSpace(3, 3);
        var scenario = new Scenario("small", space, [Party("a", space, 1, (1, [(0, 0, 0)])), Party("b", space, 1, (1, [(1, 2, 2)]))]);

        Assert.Equal(AnalysisMethod.Enumeration, ScenarioAnalyzer.Analyze(scenario).Method);
    }

    [Fact]
    public void Search_MorePointsThanTheBudget_FailsNamingTheBudget()
    {
        // Every outcome ties at (1, 1): 9 frontier outcomes against a budget of 4.
        var space = AnalysisScenarios.IntegerSpace(3, 3);
        var scenario = new Scenario("ties", space, [Party("a", space, 1, (1, [])), Party("b", space, 1, (1, []))]);

        var error = Assert.Throws<AnalysisTooLargeException>(
            () => ScenarioAnalyzer.Analyze(scenario, new AnalysisOptions { Method = AnalysisMethod.HyperRectangleSearch, MaxMergePoints = 4 }));

        Assert.Contains("more than 4 frontier outcomes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_MoreNodesThanTheBudget_GivesUpNamingIt()
    {
        // Every outcome ties at (1, 1), so nothing is pruned: 8⁶ = 262,144 leaves against a budget of 100,000 nodes.
        var space = AnalysisScenarios.IntegerSpace(8, 8, 8, 8, 8, 8);
        HyperRectangleUtilityFunction[] functions = [Function(space, 1, (1, [])), Function(space, 1, (1, []))];

        var frontier = new HyperRectangleSearch(space, functions, maxPoints: 1_000_000, maxNodes: 100_000).TryCompute(1, out var failure);

        Assert.Null(frontier);
        Assert.Equal("the hyper-rectangle search gave up after 100,000 nodes", failure);
    }

    [Fact]
    public void Search_LinearAdditiveParty_IsRefusedWithTheReason()
    {
        var space = AnalysisScenarios.IntegerSpace(2, 2);
        var scenario = new Scenario("mixed", space, [
            Party("a", space, 1, (1, [(0, 1, 1)])),
            AnalysisScenarios.ContributionParty("b", space, [[0.0, 0.5], [0.5, 0.0]]),
        ]);

        var error = Assert.Throws<ArgumentException>(() => ScenarioAnalyzer.Analyze(scenario, Search));

        Assert.Contains("party 'b' has a LinearAdditiveUtilityFunction", error.Message, StringComparison.Ordinal);
    }

    private static Gen<(double Utility, double Weight, (int Issue, int Min, int Max)[] Bounds)> Rectangle(int issues, int maxValue = 3) =>
        from utility in Gen.OneOf(-2.0, 0.0, 1.0, 2.0, 3.0, 5.0)
        from weight in Gen.OneOf(1.0, 1.0, 0.5)
        from bounds in (from issue in Gen.Int[0, issues - 1] from min in Gen.Int[0, maxValue] from width in Gen.Int[-1, 2] select (issue, min, min + width)).Array[0, 3]
        select (utility, weight, bounds);

    private static Scenario Build(int[] radices, (double, double, (int, int, int)[])[][] rectangles, double[] maxima, double[] reservations)
    {
        var space = AnalysisScenarios.IntegerSpace(radices);
        var parties = rectangles.Select((party, j) => new Party(
            $"p{j}",
            new HyperRectangleUtilityFunction(space, party.Select(ToRectangle), maxima[j]),
            reservations[j],
            DiscountFactor.None));
        return new Scenario("rectangles", space, [.. parties]);
    }

    private static Party Party(string name, OutcomeSpace space, double maximum, params (double Utility, (int Issue, int Min, int Max)[] Bounds)[] rectangles) =>
        new(name, Function(space, maximum, rectangles), 0, DiscountFactor.None);

    private static HyperRectangleUtilityFunction Function(
        OutcomeSpace space, double maximum, params (double Utility, (int Issue, int Min, int Max)[] Bounds)[] rectangles) =>
        new(space, rectangles.Select(r => ToRectangle((r.Utility, 1.0, r.Bounds))), maximum);

    private static HyperRectangle ToRectangle((double Utility, double Weight, (int Issue, int Min, int Max)[] Bounds) r) =>
        new(r.Utility, r.Weight, [.. r.Bounds.Select(b => new HyperRectangleBound(b.Issue, b.Min, b.Max))]);
}
