using BenchmarkDotNet.Attributes;
using Parley.Benchmarks.Analysis;
using Parley.Storage.Tournaments;
using Parley.Tournaments;

namespace Parley.Benchmarks.Tournaments;

/// <summary>
/// The tournament NegMAS was timed on, through Parley's tournament runner with every result stored in SQLite (WAL,
/// batched commits): 6 standard agents (Boulware, Linear, Conceder, TitForTat, Aspiration, MiCRO) round-robin on 5
/// scenarios of 1,000 outcomes (the NegMAS workloads <c>tourn_s0..s3</c> and <c>sao_3x10_opposed</c>), both role orders
/// (30 ordered pairs per scenario, no self-play), 100 rounds, 100 repetitions: 15,000 negotiations per operation
/// (OperationsPerInvoke), so negotiations per second = 1 / mean. <see cref="Workers"/> = 0 means one per processor.
/// NegMAS: 12 negotiations/s through its tournament runner (one process). Each iteration writes a fresh database file.
/// <see cref="Stored"/> = false swaps SQLite for a store that drops every batch, to show how the runner itself scales
/// across cores once the writer's share of them is taken away (a diagnostic, not a mode Parley offers).
/// </summary>
[MemoryDiagnoser]
public class TournamentThroughputBenchmark
{
    private const int Repetitions = 100;
    private const int Negotiations = 6 * 5 * 5 * Repetitions;
    private static readonly string[] Scenarios = ["tourn_s0", "tourn_s1", "tourn_s2", "tourn_s3", "sao_3x10_opposed"];
    private TournamentDefinition _definition = null!;
    private string _path = string.Empty;
    private ITournamentStore? _store;

    /// <summary>Worker threads; 0 = one per processor.</summary>
    [Params(1, 0)]
    public int Workers { get; set; }

    /// <summary>True: every result written to SQLite; false: results dropped by <see cref="DiscardingTournamentStore"/>.</summary>
    [Params(true, false)]
    public bool Stored { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var options = new TournamentOptions
        {
            Agents = ["Boulware", "Linear", "Conceder", "TitForTat", "Aspiration", "MiCRO"],
            Scenarios = [.. Scenarios],
            Repetitions = Repetitions,
            Rounds = 100,
        };
        _definition = options.Build(loadScenario: name => NegMasParetoWorkloadBenchmark.Load(SharedWorkloads.File(name + ".json")));
        if (_definition.Count != Negotiations)
        {
            throw new InvalidOperationException($"Expected {Negotiations} negotiations, defined {_definition.Count}.");
        }

        _ = _definition.ToJson();
    }

    [IterationSetup]
    public void CreateStore()
    {
        _path = Path.Combine(Path.GetTempPath(), $"parley-bench-tournament-{Environment.ProcessId}.db");
        Delete();
        _store = Stored ? SqliteTournamentStore.Create(_path, _definition) : new DiscardingTournamentStore();
    }

    [IterationCleanup]
    public void DeleteStore()
    {
        (_store as IDisposable)?.Dispose();
        Delete();
    }

    [Benchmark(OperationsPerInvoke = Negotiations)]
    public long RoundRobinStored()
    {
        var options = new TournamentRunOptions { Workers = Workers == 0 ? null : Workers };
        return new TournamentRunner(_definition, _store!, options).Run().StoredThisRun;
    }

    private void Delete()
    {
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            if (File.Exists(file))
            {
                File.Delete(file);
            }
        }
    }
}
