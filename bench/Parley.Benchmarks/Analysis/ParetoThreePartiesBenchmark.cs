using BenchmarkDotNet.Attributes;
using Parley.Preferences;
using Parley.Scenarios;

namespace Parley.Benchmarks.Analysis;

/// <summary>
/// Evaluation + Pareto frontier + Nash + Kalai–Smorodinsky by enumeration, 3 random linear-additive parties.
/// Baseline: Array.Sort of every outcome lexicographically, then a comparison with every frontier outcome found so far.
/// </summary>
[MemoryDiagnoser]
public class ParetoThreePartiesBenchmark
{
    private Scenario _scenario = null!;

    [Params(1_000_000)]
    public int Outcomes { get; set; }

    [GlobalSetup]
    public void Setup() => _scenario = RandomLinearAdditiveScenario.Create(3, Outcomes, seed: 2025);

    [Benchmark(Baseline = true)]
    public int EvaluateThenArraySort()
    {
        var columns = _scenario.Parties.Select(p => UtilityColumn.Evaluate(p.Utility)).ToArray();
        var frontier = NaiveFrontier.ThreeParties(columns[0], columns[1], columns[2]);
        return frontier.Count + NaiveFrontier.Nash(frontier, columns) + NaiveFrontier.KalaiSmorodinsky(frontier, columns);
    }

    [Benchmark]
    public int EvaluateFilterSort() => EnumeratedAnalysis.Run(_scenario);
}
