using BenchmarkDotNet.Attributes;
using Parley.Analysis;
using Parley.Scenarios;

namespace Parley.Benchmarks.Analysis;

/// <summary>
/// <see cref="ScenarioAnalyzer.Analyze"/> by the linear-additive merge on spaces far too large to enumerate
/// (10^10 and 10^12 outcomes), so there is no baseline to compare with.
/// </summary>
[MemoryDiagnoser]
public class LinearAdditiveMergeLargeSpaceBenchmark
{
    private static readonly AnalysisOptions Merge = new() { Method = AnalysisMethod.LinearAdditiveMerge };
    private Scenario _scenario = null!;

    [Params(2, 3)]
    public int Parties { get; set; }

    [Params(10_000_000_000, 1_000_000_000_000)]
    public long Outcomes { get; set; }

    [GlobalSetup]
    public void Setup() => _scenario = RandomLinearAdditiveScenario.Create(Parties, Outcomes, seed: 7);

    [Benchmark]
    public int AnalyzeByMerge() => ScenarioAnalyzer.Analyze(_scenario, Merge).ParetoFrontier.Length;
}
