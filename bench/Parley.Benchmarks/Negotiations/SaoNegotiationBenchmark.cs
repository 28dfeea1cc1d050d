using System.Globalization;
using BenchmarkDotNet.Attributes;
using Parley.Agents;
using Parley.Negotiations;
using Parley.Protocols;
using Parley.Scenarios.Genius;

namespace Parley.Benchmarks.Negotiations;

/// <summary>
/// NegMAS workload (a): one bilateral negotiation on <c>sao_3x10_opposed</c> (1,000 outcomes; Boulware agents agree) and
/// <c>sao_3x10_opposed_rv065</c> (reservation values 0.65: no agreement is possible, so all 1,000 rounds run), read from
/// the GENIUS XML copies, Boulware (e = 0.2) vs Boulware, 1,000 rounds, trace kept. NegMAS: 782 ms and 949 ms per
/// negotiation (about 1,000 rounds/s). Rounds per second = rounds run / mean time.
/// </summary>
[MemoryDiagnoser]
public class SaoNegotiationBenchmark
{
    private NegotiationRunner _runner = null!;

    [Params("sao_3x10_opposed", "sao_3x10_opposed_rv065")]
    public string Workload { get; set; } = "";

    [Params(true, false)]
    public bool RecordTrace { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var scenario = GeniusScenarioReader.ReadFolder(SharedWorkloads.File(Path.Combine("xml", Workload)));
        var prepared = new PreparedScenario(scenario);
        Check(prepared, Workload);
        _runner = new NegotiationRunner(prepared, new NegotiationSettings(Deadline.OfRounds(1000), Seed: 1, RecordTrace: RecordTrace));
    }

    [Benchmark]
    public long BoulwareVsBoulware() => _runner.Run([StandardAgents.Boulware(), StandardAgents.Boulware()]).Turns;

    /// <summary>Fails unless the scenario is the one NegMAS measured (56-point frontier, Nash (0.5930, 0.6691)).</summary>
    private static void Check(PreparedScenario prepared, string workload)
    {
        var analysis = prepared.Analysis;
        if (analysis.ParetoFrontier.Length != 56)
        {
            throw new InvalidOperationException($"{workload}: the frontier has {analysis.ParetoFrontier.Length} points; NegMAS reports 56.");
        }

        if (workload == "sao_3x10_opposed")
        {
            var nash = (Math.Round(analysis.Nash!.Utilities[0], 4), Math.Round(analysis.Nash.Utilities[1], 4));
            if (nash != (0.5930, 0.6691))
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{workload}: Nash is {nash}; NegMAS reports (0.5930, 0.6691)."));
            }
        }
    }
}
