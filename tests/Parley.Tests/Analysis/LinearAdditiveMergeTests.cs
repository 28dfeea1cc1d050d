using CsCheck;
using Parley.Analysis;
using Parley.Outcomes;
using Parley.Preferences;
using Parley.Scenarios;

namespace Parley.Tests.Analysis;

public sealed class LinearAdditiveMergeTests
{
    private static readonly AnalysisOptions Enumeration = new() { Method = AnalysisMethod.Enumeration };
    private static readonly AnalysisOptions Merge = new() { Method = AnalysisMethod.LinearAdditiveMerge };

    /// <summary>
    /// Decimal contributions (weight 1) in {0, 0.1, 0.2} over 4–5 issues, so the cap never binds and sums such as
    /// 0.1 + 0.2 ≠ 0.3 make rounding near-ties; in about 1 scenario in 200 pruning every dominated prefix would lose a
    /// frontier outcome.
    /// </summary>
    private static readonly Gen<Scenario> DecimalContributions =
        from issues in Gen.Int[4, 5]
        from radices in Gen.Int[1, 3].Array[issues]
        from parties in Gen.Int[2, 3]
        from tables in Gen.OneOf(0.0, 0.1, 0.2).Array[3].Array[issues].Array[parties]
        select Build(radices, tables);

    // Prefix (value 0, value 0) has partial sums (0.0 + 0.3, 0.35 + 0.05) = (0.3, 0.39999999999999997) and prefix
    // (1, 1) has (0.3 + 0.0, 0.3 + 0.1) = (0.3, 0.4): the first is dominated by one ulp. Adding issue 2's value 0,
    // (+0.0, +0.3), both become (0.3, 0.7) exactly, so outcomes (0, 0, 0) and (1, 1, 0) tie on the frontier. Pruning
    // every dominated prefix would lose (0, 0, 0), which is also the first in outcome order.
    [Fact]
    public void Merge_RoundingMakesDominatedPrefixTie_KeepsBothOutcomes()
    {
        var space = AnalysisScenarios.IntegerSpace(2, 2, 2);
        var scenario = new Scenario("near-tie", space, [
            AnalysisScenarios.ContributionParty("a", space, [[0.0, 0.3], [0.3, 0.0], [0.0, 0.35]]),
            AnalysisScenarios.ContributionParty("b", space, [[0.35, 0.3], [0.05, 0.1], [0.3, 0.1]]),
        ]);

        var merged = ScenarioAnalyzer.Analyze(scenario, Merge);

        var ties = merged.ParetoFrontier.Where(p => p.Utilities[1] == 0.3 + 0.4).Select(p => p.Outcome.ToString()).ToArray();
        Assert.Equal(["(0, 0, 0)", "(1, 1, 0)"], ties);
        new BruteForceOracle(scenario).AssertMatches(merged, space);
    }

    [Fact]
    public void Merge_DecimalContributions_EqualsEnumeration() =>
        DecimalContributions.Sample(
            scenario => ScenarioAnalyzerTests.AssertSameResults(
                ScenarioAnalyzer.Analyze(scenario, Enumeration), ScenarioAnalyzer.Analyze(scenario, Merge)),
            iter: 1500);

    [Fact]
    public void Merge_ThreeParties262144Outcomes_EqualsEnumeration()
    {
        var scenario = AnalysisScenarios.RandomLinearAdditive(21, 3, 8, 8, 8, 8, 8, 8);

        var merged = ScenarioAnalyzer.Analyze(scenario, Merge);

        ScenarioAnalyzerTests.AssertSameResults(ScenarioAnalyzer.Analyze(scenario, Enumeration), merged);
    }

    [Fact]
    public void Merge_TwoParties10To6Outcomes_EqualsEnumeration()
    {
        var scenario = AnalysisScenarios.RandomLinearAdditive(17, 2, 10, 10, 10, 10, 10, 10);

        var merged = ScenarioAnalyzer.Analyze(scenario, Merge);

        ScenarioAnalyzerTests.AssertSameResults(ScenarioAnalyzer.Analyze(scenario, Enumeration), merged);
    }

    // 10 issues × 10 values = 10^10 outcomes: far beyond enumeration. Independent checks:
    //  - every frontier utility is bit-identical to LinearAdditiveUtilityFunction.Utility of its outcome;
    //  - frontier points do not dominate each other, and no single-issue change of one dominates it;
    //  - party a's best frontier utility is its MaximumUncappedUtility (best value of every issue);
    //  - the welfare is Σᵢ maxᵥ (aᵢ(v) + bᵢ(v)) up to rounding (the sum separates by issue);
    //  - no outcome of a 20,000-outcome seeded sample dominates a frontier point or beats the Nash product;
    //  - Nash is locally optimal: no single-issue change raises its product.
    [Fact]
    public void Analyze_TenToTheTenLinearAdditive_MergesExactly()
    {
        var scenario = AnalysisScenarios.RandomLinearAdditive(5, 2, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10);
        var a = (LinearAdditiveUtilityFunction)scenario.Parties[0].Utility;
        var b = (LinearAdditiveUtilityFunction)scenario.Parties[1].Utility;

        var analysis = ScenarioAnalyzer.Analyze(scenario);

        Assert.Equal(AnalysisMethod.LinearAdditiveMerge, analysis.Method);
        Assert.Equal(10_000_000_000, analysis.OutcomeCount);
        var frontier = analysis.ParetoFrontier;
        Assert.InRange(frontier.Length, 10, 100_000);
        foreach (var point in frontier)
        {
            Assert.Equal(a.Utility(point.Outcome.ValueIndices), point.Utilities[0]);
            Assert.Equal(b.Utility(point.Outcome.ValueIndices), point.Utilities[1]);
        }

        for (var t = 1; t < frontier.Length; t++)
        {
            Assert.True(frontier[t - 1].Utilities[0] > frontier[t].Utilities[0]);
            Assert.True(frontier[t - 1].Utilities[1] < frontier[t].Utilities[1]);
        }

        Assert.Equal(a.MaximumUncappedUtility, frontier[0].Utilities[0]);
        Assert.Equal(b.MaximumUncappedUtility, frontier[^1].Utilities[1]);

        var separable = Enumerable.Range(0, 10).Sum(i =>
            Enumerable.Range(0, 10).Max(v => a.Contributions(i)[v] + b.Contributions(i)[v]));
        Assert.Equal(separable, analysis.MaxWelfare.Welfare, 1e-12);

        var nash = analysis.Nash!;
        var nashProduct = nash.Utilities[0] * nash.Utilities[1];
        foreach (var point in frontier.Where((_, t) => t % 7 == 0).Append(nash))
        {
            var values = point.Outcome.ToImmutableArray().ToArray();
            for (var i = 0; i < 10; i++)
            {
                var original = values[i];
                for (var v = 0; v < 10; v++)
                {
                    values[i] = v;
                    double[] u = [a.Utility(values), b.Utility(values)];
                    Assert.False(BruteForceOracle.Dominates(u, [.. point.Utilities]));
                    if (point == nash)
                    {
                        Assert.True(u[0] * u[1] <= nashProduct);
                    }
                }

                values[i] = original;
            }
        }

        var random = new Random(99);
        var sample = new int[10];
        for (var s = 0; s < 20_000; s++)
        {
            scenario.Space.Sample(random, sample);
            double[] u = [a.Utility(sample), b.Utility(sample)];
            Assert.True(u[0] * u[1] <= nashProduct);
            var first = FirstWithAtLeast(frontier, u[0]);
            Assert.True(first < frontier.Length && frontier[first].Utilities[1] >= u[1]);
        }
    }

    /// <summary>The last frontier point (highest b) whose a-utility is still ≥ x; frontier sorted by a descending.</summary>
    private static int FirstWithAtLeast(System.Collections.Immutable.ImmutableArray<AnalysisPoint> frontier, double x)
    {
        var t = 0;
        while (t + 1 < frontier.Length && frontier[t + 1].Utilities[0] >= x)
        {
            t++;
        }

        return frontier[t].Utilities[0] >= x ? t : frontier.Length;
    }

    private static Scenario Build(int[] radices, double[][][] tables)
    {
        var space = AnalysisScenarios.IntegerSpace(radices);
        var parties = tables.Select((t, p) => AnalysisScenarios.ContributionParty(
            $"p{p}", space, [.. t.Select((row, i) => row[..radices[i]])]));
        return new Scenario("decimal", space, parties);
    }
}
