using System.Text;
using Parley.Agents;
using Parley.Agents.Catalog;
using Parley.Negotiations;
using Parley.Protocols;
using Parley.Scenarios;
using Parley.Scenarios.BuiltIn;

namespace Parley.Tests.Negotiations;

/// <summary>A negotiation run with its trace written to JSON Lines, for the trace and replay tests.</summary>
internal sealed record RecordedNegotiation(PreparedScenario Scenario, TraceHeader Header, NegotiationResult Result, byte[] Bytes)
{
    public string Text => Encoding.UTF8.GetString(Bytes);

    public string[] Lines => Text.TrimEnd('\n').Split('\n');

    /// <summary>Runs catalogued agents on a built-in scenario.</summary>
    public static RecordedNegotiation OfCatalog(string scenario, string agents, int seed = 0, int rounds = 100) =>
        Of(new PreparedScenario(BuiltInScenarios.Load(scenario)), [.. AgentSpec.ParseList(agents).Select(s => s.ToString())], seed, rounds, [scenario]);

    /// <summary>Runs the given agents (fresh instances are built from catalog specs, or passed as objects).</summary>
    public static RecordedNegotiation Of(PreparedScenario scenario, string[] specs, int seed = 0, int rounds = 100, string[]? inputs = null) =>
        Of(scenario, [.. specs.Select(AgentCatalog.Default.Create)], specs, new NegotiationSettings(Deadline.OfRounds(rounds), seed), inputs);

    /// <summary>Runs agent objects with the given settings.</summary>
    public static RecordedNegotiation Of(PreparedScenario scenario, Agent[] agents, string[] names, NegotiationSettings settings, string[]? inputs = null, TimeProvider? clock = null)
    {
        var result = new NegotiationRunner(scenario, settings, clock).Run(agents);
        var header = TraceHeader.Create(scenario, settings, names, inputs);
        return new RecordedNegotiation(scenario, header, result, TraceJsonLines.ToBytes(header, result, scenario));
    }

    /// <summary>Reads JSON Lines text back.</summary>
    public static TraceFile Read(string text) =>
        TraceJsonLines.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "test.jsonl");

    public static TraceFile Read(IEnumerable<string> lines) => Read(string.Join('\n', lines) + "\n");

    public TraceFile Read() => Read(Text);
}
