using BenchmarkDotNet.Attributes;
using Parley.Analysis;
using Parley.Preferences;
using Parley.Scenarios;

namespace Parley.Benchmarks.Analysis;

/// <summary>
/// Evaluation (<see cref="UtilityColumn"/>) + Pareto frontier + Nash + Kalai–Smorodinsky by enumeration, 2 random
/// linear-additive parties. Baseline: the same evaluation, then Array.Sort of every outcome and a sweep.
/// </summary>
[MemoryDiagnoser]
public class ParetoTwoPartiesBenchmark
{
    private Scenario _scenario = null!;

    [Params(10_000, 100_000, 1_000_000, 10_000_000)]
    public int Outcomes { get; set; }

    [GlobalSetup]
    public void Setup() => _scenario = RandomLinearAdditiveScenario.Create(2, Outcomes, seed: 2024);

    [Benchmark(Baseline = true)]
    public int EvaluateThenArraySort()
    {
        var a = UtilityColumn.Evaluate(_scenario.Parties[0].Utility);
        var b = UtilityColumn.Evaluate(_scenario.Parties[1].Utility);
        var frontier = NaiveFrontier.TwoParties(a, b);
        return frontier.Count + NaiveFrontier.Nash(frontier, a, b) + NaiveFrontier.KalaiSmorodinsky(frontier, a, b);
    }

    [Benchmark]
    public int EvaluateFilterSort() => EnumeratedAnalysis.Run(_scenario);
}
