using BenchmarkDotNet.Attributes;
using Parley.Preferences;
using Parley.Scenarios;
using Parley.Benchmarks.Analysis;

namespace Parley.Benchmarks.Preferences;

/// <summary>
/// Evaluating one random linear-additive party over the whole outcome space into a flat column: the analysis hot path.
/// Baseline: decode every dense index and call Utility per outcome, on one core.
/// </summary>
[MemoryDiagnoser]
public class UtilityEvaluationBenchmark
{
    private Scenario _scenario = null!;
    private double[] _column = [];

    [Params(10_000, 100_000, 1_000_000, 10_000_000)]
    public int Outcomes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _scenario = RandomLinearAdditiveScenario.Create(2, Outcomes, seed: 2024);
        _column = new double[_scenario.Space.Count];
    }

    [Benchmark(Baseline = true)]
    public double PerOutcomeUtility()
    {
        var utility = _scenario.Parties[0].Utility;
        var space = _scenario.Space;
        Span<int> values = stackalloc int[space.IssueCount];
        for (long i = 0; i < _column.Length; i++)
        {
            space.Decode(i, values);
            _column[i] = utility.Utility(values);
        }

        return _column[^1];
    }

    [Benchmark]
    public double UtilityColumnAllCores() => UtilityColumn.Evaluate(_scenario.Parties[0].Utility)[^1];

    [Benchmark]
    public double UtilityColumnOneCore() => UtilityColumn.Evaluate(_scenario.Parties[0].Utility, maxDegreeOfParallelism: 1)[^1];
}
