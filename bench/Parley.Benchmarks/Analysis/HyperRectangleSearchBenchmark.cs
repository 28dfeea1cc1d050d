using BenchmarkDotNet.Attributes;
using Parley.Analysis;
using Parley.Scenarios;
using Parley.Scenarios.Genius;

namespace Parley.Benchmarks.Analysis;

/// <summary>
/// The exact hyper-rectangle search on the ANAC 2014 corpus scenario <c>10issuesDiscountedwithRV</c> (10^10 outcomes,
/// 40 rectangles a party), read in place from the shared corpus beside the workloads. Before timing it checks the
/// result: 486,416 frontier outcomes with the 8 distinct utility pairs of GENIUS's own pareto.xml.
/// </summary>
[MemoryDiagnoser]
public class HyperRectangleSearchBenchmark
{
    private Scenario _scenario = null!;

    /// <summary>Threads; 0 = one per processor.</summary>
    [Params(1, 0)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(SharedWorkloads.Folder, "..", "..", "scenarios", "genius", "10issuesDiscountedwithRV");
        _scenario = GeniusScenarioReader.ReadFolder(Path.GetFullPath(folder));
        var analysis = Analyze();
        var pairs = analysis.ParetoFrontier.Select(p => (p.Utilities[0], p.Utilities[1])).Distinct().Count();
        if (analysis.Method != AnalysisMethod.HyperRectangleSearch || analysis.ParetoFrontier.Length != 486_416 || pairs != 8)
        {
            throw new InvalidOperationException(
                $"Expected the search to find 486,416 frontier outcomes in 8 utility pairs; got {analysis.Method}, {analysis.ParetoFrontier.Length} in {pairs}.");
        }
    }

    [Benchmark]
    public int AnalyzeBySearch() => Analyze().ParetoFrontier.Length;

    private ScenarioAnalysis Analyze() =>
        ScenarioAnalyzer.Analyze(_scenario, new AnalysisOptions { MaxDegreeOfParallelism = Threads == 0 ? -1 : Threads });
}
