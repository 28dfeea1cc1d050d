using BenchmarkDotNet.Attributes;
using Parley.Analysis;
using Parley.Scenarios;

namespace Parley.Benchmarks.Analysis;

/// <summary>
/// The whole <see cref="ScenarioAnalyzer.Analyze"/> on purely linear-additive parties with 10^6 outcomes: the merge
/// (no enumeration) against the enumeration method as baseline.
/// </summary>
[MemoryDiagnoser]
public class LinearAdditiveMergeBenchmark
{
    private static readonly AnalysisOptions Enumeration = new() { Method = AnalysisMethod.Enumeration };
    private static readonly AnalysisOptions Merge = new() { Method = AnalysisMethod.LinearAdditiveMerge };
    private Scenario _scenario = null!;

    [Params(2, 3)]
    public int Parties { get; set; }

    [Params(1_000_000)]
    public long Outcomes { get; set; }

    [GlobalSetup]
    public void Setup() => _scenario = RandomLinearAdditiveScenario.Create(Parties, Outcomes, seed: 7);

    [Benchmark(Baseline = true)]
    public int AnalyzeByEnumeration() => ScenarioAnalyzer.Analyze(_scenario, Enumeration).ParetoFrontier.Length;

    [Benchmark]
    public int AnalyzeByMerge() => ScenarioAnalyzer.Analyze(_scenario, Merge).ParetoFrontier.Length;
}
