using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Parley.Analysis;
using Parley.Outcomes;
using Parley.Preferences;
using Parley.Scenarios;

namespace Parley.Benchmarks.Analysis;

/// <summary>
/// The NegMAS "Pareto frontier + Nash point" workloads (<c>../shared/bench/workloads/pareto_*.json</c>, see
/// <see cref="SharedWorkloads"/>), with u(o) = Σᵢ weights[i]·tables[i][o[i]]. Before timing, the setup checks the frontier sizes
/// NegMAS reported and the Nash point of pareto_opposed_1e6, and fails the benchmark if they differ.
/// </summary>
[MemoryDiagnoser]
public class NegMasParetoWorkloadBenchmark
{
    private static readonly Dictionary<string, int> FrontierSizes = new(StringComparer.Ordinal)
    {
        ["pareto_independent_1e4"] = 10,
        ["pareto_independent_1e5"] = 24,
        ["pareto_independent_1e6"] = 24,
        ["pareto_opposed_1e4"] = 202,
        ["pareto_opposed_1e5"] = 677,
        ["pareto_opposed_1e6"] = 1_262,
    };

    private Scenario _scenario = null!;

    [Params(
        "pareto_independent_1e4", "pareto_independent_1e5", "pareto_independent_1e6",
        "pareto_opposed_1e4", "pareto_opposed_1e5", "pareto_opposed_1e6")]
    public string Workload { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _scenario = Load(SharedWorkloads.File(Workload + ".json"));
        Check(_scenario, Workload);
    }

    /// <summary>Evaluate, then sort every outcome with Array.Sort and sweep; Nash over the frontier.</summary>
    [Benchmark(Baseline = true)]
    public int EvaluateThenArraySort()
    {
        var a = UtilityColumn.Evaluate(_scenario.Parties[0].Utility);
        var b = UtilityColumn.Evaluate(_scenario.Parties[1].Utility);
        var frontier = NaiveFrontier.TwoParties(a, b);
        return frontier.Count + NaiveFrontier.Nash(frontier, a, b);
    }

    /// <summary>Evaluate, pre-filter, sort the survivors, sweep; Nash (and Kalai–Smorodinsky) over the frontier.</summary>
    [Benchmark]
    public int EvaluateFilterSort() => EnumeratedAnalysis.Run(_scenario);

    /// <summary>The whole analysis as <see cref="ScenarioAnalyzer"/> runs it by default (the linear-additive merge).</summary>
    [Benchmark]
    public int AnalyzeAuto() => ScenarioAnalyzer.Analyze(_scenario).ParetoFrontier.Length;

    /// <summary>Reads a workload file: integer issues 0..k−1, per-issue tables, weights and reserved values.</summary>
    public static Scenario Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        var issues = root.GetProperty("issues").EnumerateArray()
            .Select(issue => (Issue)new IntegerIssue(issue.GetProperty("name").GetString()!, 0, issue.GetProperty("values").GetArrayLength() - 1))
            .ToArray();
        var space = new OutcomeSpace(issues);
        var parties = root.GetProperty("ufuns").EnumerateArray().Select(ufun =>
        {
            var weights = ufun.GetProperty("weights").EnumerateArray().Select(w => w.GetDouble()).ToArray();
            var tables = ufun.GetProperty("tables").EnumerateArray()
                .Select(t => (ValueFunction)new TableValueFunction([.. t.EnumerateArray().Select(v => v.GetDouble())]))
                .ToArray();
            return new Party(
                ufun.GetProperty("name").GetString()!,
                new LinearAdditiveUtilityFunction(space, weights, tables),
                ufun.GetProperty("reserved_value").GetDouble(),
                DiscountFactor.None);
        });
        return new Scenario(root.GetProperty("name").GetString()!, space, parties);
    }

    /// <summary>Fails unless the frontier size (and, for pareto_opposed_1e6, the Nash point) matches NegMAS.</summary>
    public static void Check(Scenario scenario, string workload)
    {
        EnumeratedAnalysis.Run(scenario, out var frontier, out var nash);
        var merged = ScenarioAnalyzer.Analyze(scenario);
        if (frontier.Count != FrontierSizes[workload] || merged.ParetoFrontier.Length != FrontierSizes[workload])
        {
            throw new InvalidOperationException(
                $"{workload}: frontier has {frontier.Count} points (merge: {merged.ParetoFrontier.Length}); NegMAS reports {FrontierSizes[workload]}.");
        }

        if (workload == "pareto_opposed_1e6")
        {
            var u = (Math.Round(frontier.Utilities[2 * nash], 4), Math.Round(frontier.Utilities[(2 * nash) + 1], 4));
            var outcome = frontier.Outcomes[nash].ToString();
            if (u != (0.5443, 0.6148) || outcome != "(75, 27, 8, 2)" || !merged.Nash!.Outcome.Equals(frontier.Outcomes[nash]))
            {
                throw new InvalidOperationException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{workload}: Nash is {u} at {outcome}; NegMAS reports (0.5443, 0.6148) at (75, 27, 8, 2)."));
            }
        }
    }
}
