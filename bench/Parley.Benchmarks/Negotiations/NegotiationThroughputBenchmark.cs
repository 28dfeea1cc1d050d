using BenchmarkDotNet.Attributes;
using Parley.Agents;
using Parley.Agents.Catalog;
using Parley.Benchmarks.Analysis;
using Parley.Negotiations;
using Parley.Protocols;

namespace Parley.Benchmarks.Negotiations;

/// <summary>
/// NegMAS workload (c): 200 negotiations of 100 rounds on one core — <c>tourn_s0..s3</c> × 5 agents (Boulware, Linear,
/// Conceder, tit-for-tat, aspiration) × every ordered pair × both role orders — with results kept and no traces (a
/// tournament's setting). The scenarios are prepared once (utilities indexed and pre-sorted once per scenario and party,
/// not per negotiation); each negotiation builds fresh agents. Reported per negotiation (OperationsPerInvoke = 200), so
/// negotiations per second = 1 / mean. NegMAS: 8.7 s for the 200 raw (23/s), 16.2 s through its tournament runner.
/// </summary>
[MemoryDiagnoser]
public class NegotiationThroughputBenchmark
{
    private static readonly string[] Agents = ["Boulware", "Linear", "Conceder", "TitForTat", "Aspiration"];
    private (NegotiationRunner Runner, AgentSpec First, AgentSpec Second)[] _negotiations = [];

    [GlobalSetup]
    public void Setup()
    {
        var catalog = AgentCatalog.Default;
        var list = new List<(NegotiationRunner, AgentSpec, AgentSpec)>();
        var seed = 0;
        for (var s = 0; s < 4; s++)
        {
            var prepared = new PreparedScenario(NegMasParetoWorkloadBenchmark.Load(SharedWorkloads.File($"tourn_s{s}.json")));
            foreach (var a in Agents)
            {
                foreach (var b in Agents)
                {
                    foreach (var (first, second) in new[] { (a, b), (b, a) })
                    {
                        var runner = new NegotiationRunner(prepared, new NegotiationSettings(Deadline.OfRounds(100), Seed: seed++, RecordTrace: false));
                        list.Add((runner, AgentSpec.Parse(first), AgentSpec.Parse(second)));
                    }
                }
            }
        }

        _negotiations = [.. list];
        if (_negotiations.Length != 200)
        {
            throw new InvalidOperationException($"Expected 200 negotiations, built {_negotiations.Length}.");
        }
    }

    [Benchmark(OperationsPerInvoke = 200)]
    public int TwoHundredNegotiations()
    {
        var agreements = 0;
        var catalog = AgentCatalog.Default;
        foreach (var (runner, first, second) in _negotiations)
        {
            Agent[] agents = [catalog.Create(first), catalog.Create(second)];
            agreements += runner.Run(agents).IsAgreement ? 1 : 0;
        }

        return agreements;
    }
}
