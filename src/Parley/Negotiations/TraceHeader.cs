using System.Collections.Immutable;

namespace Parley.Negotiations;

/// <summary>
/// The first line of a trace: what was negotiated, by whom and under which settings, and the scenario's fingerprint so
/// that a replay against another scenario is refused. Immutable.
/// </summary>
public sealed class TraceHeader
{
    /// <summary>The trace format version this Parley writes (and the newest it reads).</summary>
    public const int CurrentVersion = 1;

    /// <summary>The value of the header's <c>format</c> field.</summary>
    public const string FormatName = "parley-trace";

    /// <summary>Creates a header.</summary>
    /// <param name="scenarioName">The scenario's name.</param>
    /// <param name="scenarioFingerprint">Its <see cref="ScenarioFingerprint"/>.</param>
    /// <param name="scenarioInputs">How to load the scenario again (a built-in name, a folder or files); may be empty.</param>
    /// <param name="parties">The party names in seat order.</param>
    /// <param name="agents">The agents in seat order, as specs (e.g. <c>TimeDependent(e=0.5)</c>) or names.</param>
    /// <param name="settings">The negotiation settings (deadline, seed, per-turn limit).</param>
    /// <param name="version">The format version the trace was written in.</param>
    public TraceHeader(
        string scenarioName,
        string scenarioFingerprint,
        IEnumerable<string> scenarioInputs,
        IEnumerable<string> parties,
        IEnumerable<string> agents,
        NegotiationSettings settings,
        int version = CurrentVersion)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scenarioName);
        ArgumentException.ThrowIfNullOrWhiteSpace(scenarioFingerprint);
        ArgumentNullException.ThrowIfNull(scenarioInputs);
        ArgumentNullException.ThrowIfNull(parties);
        ArgumentNullException.ThrowIfNull(agents);
        ArgumentNullException.ThrowIfNull(settings);
        ScenarioName = scenarioName;
        ScenarioFingerprint = scenarioFingerprint;
        ScenarioInputs = [.. scenarioInputs];
        Parties = [.. parties];
        Agents = [.. agents];
        Settings = settings;
        Version = version;
        if (Agents.Length != Parties.Length)
        {
            throw new ArgumentException($"The trace names {Parties.Length} parties but {Agents.Length} agents.", nameof(agents));
        }
    }

    /// <summary>The format version the trace was written in.</summary>
    public int Version { get; }

    /// <summary>The scenario's name.</summary>
    public string ScenarioName { get; }

    /// <summary>The scenario's <see cref="Negotiations.ScenarioFingerprint"/> (<c>sha256:…</c>).</summary>
    public string ScenarioFingerprint { get; }

    /// <summary>How to load the scenario again, as given to <c>ScenarioLoader.Load</c>; may be empty.</summary>
    public ImmutableArray<string> ScenarioInputs { get; }

    /// <summary>The party names, in seat order.</summary>
    public ImmutableArray<string> Parties { get; }

    /// <summary>The agents, in seat order: specs as written in the catalog's syntax, or plain names.</summary>
    public ImmutableArray<string> Agents { get; }

    /// <summary>The settings: deadline, seed and per-turn limit (<see cref="NegotiationSettings.RecordTrace"/> is always true).</summary>
    public NegotiationSettings Settings { get; }

    /// <summary>The header of a negotiation about to run (or just run) on <paramref name="scenario"/>.</summary>
    public static TraceHeader Create(
        PreparedScenario scenario, NegotiationSettings settings, IEnumerable<string> agents, IEnumerable<string>? scenarioInputs = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(settings);
        return new TraceHeader(
            scenario.Scenario.Name,
            Negotiations.ScenarioFingerprint.Compute(scenario),
            scenarioInputs ?? [],
            scenario.Scenario.Parties.Select(p => p.Name),
            agents,
            settings with { RecordTrace = true });
    }
}
