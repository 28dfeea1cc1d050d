using CsCheck;
using Parley.Analysis;
using Parley.Scenarios;

namespace Parley.Tests.Analysis;

public sealed class ScenarioAnalyzerTests
{
    private static readonly AnalysisOptions Enumeration = new() { Method = AnalysisMethod.Enumeration };
    private static readonly AnalysisOptions Merge = new() { Method = AnalysisMethod.LinearAdditiveMerge };

    [Fact]
    public void Analyze_RandomSmallScenarios_MatchesBruteForceOracle() =>
        AnalysisScenarios.SmallAny.Sample(
            scenario => new BruteForceOracle(scenario).AssertMatches(ScenarioAnalyzer.Analyze(scenario, Enumeration), scenario.Space),
            iter: 300);

    [Fact]
    public void Analyze_MergeOnRandomLinearAdditive_MatchesOracleAndEnumeration() =>
        AnalysisScenarios.SmallLinearAdditive.Sample(
            scenario =>
            {
                var merged = ScenarioAnalyzer.Analyze(scenario, Merge);
                Assert.Equal(AnalysisMethod.LinearAdditiveMerge, merged.Method);
                new BruteForceOracle(scenario).AssertMatches(merged, scenario.Space);
                AssertSameResults(ScenarioAnalyzer.Analyze(scenario, Enumeration), merged);
            },
            iter: 300);

    [Fact]
    public void Analyze_SampleOfWholeSpace_EqualsEnumeration() =>
        AnalysisScenarios.SmallAny.Sample(
            scenario =>
            {
                var count = (long)scenario.Space.Count;
                var sampled = ScenarioAnalyzer.Analyze(scenario, new AnalysisOptions { Method = AnalysisMethod.Sampling, SampleSize = count, Seed = 7 });
                Assert.True(sampled.IsSampled);
                Assert.Equal(count, sampled.SampleSize);
                AssertSameResults(ScenarioAnalyzer.Analyze(scenario, Enumeration), sampled);
            },
            iter: 100);

    [Fact]
    public void Analyze_SameSeed_SameResult()
    {
        var scenario = CappedScenario(seed: 3, 10, 10, 10, 10, 10); // 10^5 outcomes, cap binds: sampled by enumeration code
        var options = new AnalysisOptions { Method = AnalysisMethod.Sampling, SampleSize = 5_000, Seed = 42, CloudSize = 300 };

        var first = ScenarioAnalyzer.Analyze(scenario, options);
        var second = ScenarioAnalyzer.Analyze(scenario, options);
        var serial = ScenarioAnalyzer.Analyze(
            scenario, new AnalysisOptions { Method = AnalysisMethod.Sampling, SampleSize = 5_000, Seed = 42, CloudSize = 300, MaxDegreeOfParallelism = 1 });

        AssertSameResults(first, second);
        AssertSameResults(first, serial);
        Assert.Equal(first.Cloud.Select(v => v.ToArray()), second.Cloud.Select(v => v.ToArray()));
        Assert.Equal(first.Cloud.Select(v => v.ToArray()), serial.Cloud.Select(v => v.ToArray()));
        Assert.Equal(5_000, first.SampleSize);
    }

    // Hand-worked: one issue with 5 values, utilities given outright, reservation (0.1, 0.1).
    //   o0 (0.2, 0.9)   o1 (0.5, 0.5)   o2 (0.4, 0.4)   o3 (0.9, 0.2)   o4 (0.5, 0.5)
    // o2 is dominated by o1 (and o4); o1 and o4 have identical vectors, so neither dominates the other.
    // Frontier in order (u1 desc, u2 desc, index): o3, o1, o4, o0.
    // Nash: (u − 0.1) products: o3 0.8·0.1 = 0.08, o1 = o4 0.4·0.4 = 0.16, o0 0.1·0.8 = 0.08 → o1 (tie with o4, lower index).
    // KS: best = (0.9, 0.9); min ratios: o3 min(1, 0.125) = 0.125, o1 min(0.5, 0.5) = 0.5, o0 0.125 → o1.
    // Welfare: o0 0.2 + 0.9 and o3 0.9 + 0.2 are the same double (1.1000000000000001) → o0 (lower index); o1 only 1.0.
    [Fact]
    public void Analyze_HandWorkedTwoParties_GivesHandComputedResults()
    {
        var space = AnalysisScenarios.IntegerSpace(5);
        var scenario = new Scenario("hand", space, [
            AnalysisScenarios.TableParty("a", space, [0.2, 0.5, 0.4, 0.9, 0.5], reservation: 0.1),
            AnalysisScenarios.TableParty("b", space, [0.9, 0.5, 0.4, 0.2, 0.5], reservation: 0.1),
        ]);

        var analysis = ScenarioAnalyzer.Analyze(scenario);

        Assert.Equal(AnalysisMethod.Enumeration, analysis.Method);
        Assert.False(analysis.IsSampled);
        Assert.Equal(5, analysis.OutcomeCount);
        Assert.Equal([3, 1, 4, 0], analysis.ParetoFrontier.Select(p => p.Outcome[0]));
        Assert.Equal([0.9, 0.2], analysis.ParetoFrontier[0].Utilities);
        Assert.Equal(1, analysis.Nash!.Outcome[0]);
        Assert.Equal(1, analysis.KalaiSmorodinsky!.Outcome[0]);
        Assert.Equal(0, analysis.MaxWelfare.Outcome[0]);
        Assert.Equal(0.2 + 0.9, analysis.MaxWelfare.Welfare);
        Assert.Equal([0.1, 0.1], analysis.ReservationValues);
        Assert.True(analysis.Cloud.IsEmpty);
    }

    [Fact]
    public void Analyze_NothingRational_NashAndKalaiSmorodinskyAreNull()
    {
        var space = AnalysisScenarios.IntegerSpace(3);
        var scenario = new Scenario("none", space, [
            AnalysisScenarios.TableParty("a", space, [0.2, 0.6, 0.9], reservation: 0.7),
            AnalysisScenarios.TableParty("b", space, [0.9, 0.6, 0.2], reservation: 0.7),
        ]);

        var analysis = ScenarioAnalyzer.Analyze(scenario);

        Assert.Null(analysis.Nash);
        Assert.Null(analysis.KalaiSmorodinsky);
        Assert.Equal(3, analysis.ParetoFrontier.Length);
        Assert.Equal(1, analysis.MaxWelfare.Outcome[0]); // 0.6 + 0.6 = 1.2 beats 0.2 + 0.9 = 0.9 + 0.2
    }

    [Fact]
    public void Analyze_IdenticalUtilityVectors_AllOnFrontier()
    {
        var space = AnalysisScenarios.IntegerSpace(4);
        var scenario = new Scenario("same", space, [
            AnalysisScenarios.TableParty("a", space, [0.5, 0.5, 0.1, 0.5]),
            AnalysisScenarios.TableParty("b", space, [0.5, 0.5, 0.1, 0.5]),
        ]);

        var analysis = ScenarioAnalyzer.Analyze(scenario);

        Assert.Equal([0, 1, 3], analysis.ParetoFrontier.Select(p => p.Outcome[0]));
        Assert.Equal(0, analysis.Nash!.Outcome[0]);
        Assert.Equal(0, analysis.KalaiSmorodinsky!.Outcome[0]);
    }

    // Rational outcomes are o0 (0.2, 0.5) and o1 (0.6, 0.5); o2 (0.9, 0.3) is below b's reservation 0.5.
    // best_b = 0.5 = r_b, so b's ratio counts as 1: KS ratios o0 min(0.2/0.6, 1), o1 min(1, 1) → o1.
    // Every rational Nash product is 0 (u_b − r_b = 0); o0 has the lower index but is dominated by o1, and the tie rule
    // picks among maximisers on the frontier → o1.
    [Fact]
    public void Analyze_BestEqualsReservation_RatioCountsAsOne()
    {
        var space = AnalysisScenarios.IntegerSpace(3);
        var scenario = new Scenario("flat", space, [
            AnalysisScenarios.TableParty("a", space, [0.2, 0.6, 0.9], reservation: 0.0),
            AnalysisScenarios.TableParty("b", space, [0.5, 0.5, 0.3], reservation: 0.5),
        ]);

        var analysis = ScenarioAnalyzer.Analyze(scenario);

        Assert.Equal([2, 1], analysis.ParetoFrontier.Select(p => p.Outcome[0]));
        Assert.Equal(1, analysis.KalaiSmorodinsky!.Outcome[0]);
        Assert.Equal(1, analysis.Nash!.Outcome[0]);
    }

    [Fact]
    public void Analyze_PurelyLinearAdditive_AutoUsesMerge()
    {
        var analysis = ScenarioAnalyzer.Analyze(AnalysisScenarios.RandomLinearAdditive(1, 2, 5, 5, 5));

        Assert.Equal(AnalysisMethod.LinearAdditiveMerge, analysis.Method);
        Assert.Equal(0, analysis.SampleSize);
    }

    [Fact]
    public void Analyze_CapBinds_AutoEnumeratesAndExplicitMergeThrows()
    {
        var scenario = CappedScenario(seed: 5, 4, 4, 4);

        var analysis = ScenarioAnalyzer.Analyze(scenario);

        Assert.Equal(AnalysisMethod.Enumeration, analysis.Method);
        new BruteForceOracle(scenario).AssertMatches(analysis, scenario.Space);
        var error = Assert.Throws<ArgumentException>(() => ScenarioAnalyzer.Analyze(scenario, Merge));
        Assert.Contains("cap at 1 binds", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_TooLargeAndNotMergeable_ThrowsNamingSizeAndSampling()
    {
        var scenario = CappedScenario(seed: 9, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10);

        var error = Assert.Throws<AnalysisTooLargeException>(() => ScenarioAnalyzer.Analyze(scenario));

        Assert.Contains("10,000,000,000 outcomes", error.Message, StringComparison.Ordinal);
        Assert.Contains("Sampling", error.Message, StringComparison.Ordinal);
        Assert.Equal(10_000_000_000, error.OutcomeCount);
    }

    [Fact]
    public void Analyze_SamplingHugeSpace_SaysSampled()
    {
        var scenario = CappedScenario(seed: 9, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10);

        var analysis = ScenarioAnalyzer.Analyze(
            scenario, new AnalysisOptions { Method = AnalysisMethod.Sampling, SampleSize = 2_000, Seed = 1, CloudSize = 100 });

        Assert.True(analysis.IsSampled);
        Assert.Equal(AnalysisMethod.Sampling, analysis.Method);
        Assert.Equal(2_000, analysis.SampleSize);
        Assert.Equal(100, analysis.Cloud.Length);
        Assert.NotEmpty(analysis.ParetoFrontier);
        foreach (var point in analysis.ParetoFrontier)
        {
            Assert.Equal(scenario.Parties.Select(p => p.Utility.Utility(point.Outcome.ValueIndices)), point.Utilities);
        }
    }

    [Fact]
    public void Analyze_MergeGivesUp_AutoFallsBackToEnumeration()
    {
        var scenario = AnalysisScenarios.RandomLinearAdditive(11, 3, 6, 6, 6);

        var fallback = ScenarioAnalyzer.Analyze(scenario, new AnalysisOptions { MaxMergePoints = 1 });

        Assert.Equal(AnalysisMethod.Enumeration, fallback.Method);
        AssertSameResults(ScenarioAnalyzer.Analyze(scenario), fallback);
        Assert.Throws<AnalysisTooLargeException>(
            () => ScenarioAnalyzer.Analyze(scenario, new AnalysisOptions { Method = AnalysisMethod.LinearAdditiveMerge, MaxMergePoints = 1 }));
    }

    [Fact]
    public void Analyze_OneParty_Throws()
    {
        var space = AnalysisScenarios.IntegerSpace(2);
        var scenario = new Scenario("solo", space, [AnalysisScenarios.TableParty("a", space, [0.1, 0.2])]);

        Assert.Throws<ArgumentException>(() => ScenarioAnalyzer.Analyze(scenario));
    }

    [Fact]
    public void Analyze_CloudLargerThanSpace_HoldsEveryOutcomeInOrder()
    {
        var scenario = AnalysisScenarios.RandomLinearAdditive(2, 2, 3, 4);

        var analysis = ScenarioAnalyzer.Analyze(scenario, new AnalysisOptions { CloudSize = 1_000 });

        var oracle = new BruteForceOracle(scenario);
        Assert.Equal(oracle.Utilities, analysis.Cloud.Select(v => v.ToArray()));
    }

    [Fact]
    public void Analyze_CloudSmallerThanSpace_HoldsDistinctRealOutcomes()
    {
        var scenario = CappedScenario(seed: 4, 20, 20, 20);
        var oracle = new BruteForceOracle(scenario);
        var vectors = oracle.Utilities.Select(u => string.Join(",", u)).ToHashSet();

        var analysis = ScenarioAnalyzer.Analyze(scenario, new AnalysisOptions { CloudSize = 500, Seed = 3 });
        var again = ScenarioAnalyzer.Analyze(scenario, new AnalysisOptions { CloudSize = 500, Seed = 3 });

        Assert.Equal(500, analysis.Cloud.Length);
        Assert.All(analysis.Cloud, v => Assert.Contains(string.Join(",", v), vectors));
        Assert.Equal(analysis.Cloud.Select(v => v.ToArray()), again.Cloud.Select(v => v.ToArray()));
    }

    [Fact]
    public void Analyze_InvalidOptions_ThrowsNamingTheField()
    {
        var scenario = AnalysisScenarios.RandomLinearAdditive(1, 2, 3);

        var error = Assert.Throws<ArgumentException>(
            () => ScenarioAnalyzer.Analyze(scenario, new AnalysisOptions { Method = AnalysisMethod.Sampling }));

        Assert.Contains("AnalysisOptions.SampleSize", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Linear-additive parties whose weights sum past 1, so the cap binds and the merge does not apply.</summary>
    internal static Scenario CappedScenario(int seed, params int[] radices)
    {
        var random = new Random(seed);
        var space = AnalysisScenarios.IntegerSpace(radices);
        var parties = Enumerable.Range(0, 2).Select(p => AnalysisScenarios.LinearParty(
            $"p{p}",
            space,
            [.. radices.Select(_ => 0.5)],
            [.. radices.Select(r => Enumerable.Range(0, r).Select(_ => Math.Round(random.NextDouble(), 2)).ToArray())]));
        return new Scenario($"capped-{seed}", space, parties);
    }

    internal static void AssertSameResults(ScenarioAnalysis expected, ScenarioAnalysis actual)
    {
        Assert.Equal(expected.ParetoFrontier, actual.ParetoFrontier);
        Assert.Equal(expected.Nash, actual.Nash);
        Assert.Equal(expected.KalaiSmorodinsky, actual.KalaiSmorodinsky);
        Assert.Equal(expected.MaxWelfare, actual.MaxWelfare);
    }
}
