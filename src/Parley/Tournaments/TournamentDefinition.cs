using System.Collections.Immutable;
using System.Globalization;
using Parley.Agents.Catalog;
using Parley.Negotiations;
using Parley.Protocols;

namespace Parley.Tournaments;

/// <summary>
/// A validated tournament: agents × scenarios × role assignments × repetitions, numbered so that negotiation index i
/// always means the same match. The order is: repetition first, then scenario (in the order given), then assignment (see
/// <see cref="TournamentScenario"/>): i = r·<see cref="NegotiationsPerRepetition"/> + (assignments of the earlier
/// scenarios) + a. A stopped tournament has therefore played whole round-robins plus part of the next. Negotiation i runs
/// with seed <c>SeedMixer.Mix(Seed, i)</c>, so its result depends on nothing but the definition and i: not on the number
/// of workers, the order of execution, or interruptions. Immutable and thread-safe; built by
/// <see cref="TournamentOptions.Build"/> or read back by <see cref="FromJson"/>.
/// </summary>
public sealed partial class TournamentDefinition
{
    private readonly long[] _offsets;
    private readonly Lazy<string> _json;

    internal TournamentDefinition(
        AgentCatalog catalog,
        ImmutableArray<AgentSpec> agents,
        ImmutableArray<TournamentScenario> scenarios,
        int repetitions,
        Deadline deadline,
        TimeSpan? turnTimeLimit,
        long seed,
        bool selfPlay,
        int maxAssignments,
        bool recordTraces)
    {
        Catalog = catalog;
        Agents = agents;
        AgentNames = [.. agents.Select(a => a.ToString())];
        Scenarios = scenarios;
        Repetitions = repetitions;
        Deadline = deadline;
        TurnTimeLimit = turnTimeLimit;
        Seed = seed;
        SelfPlay = selfPlay;
        MaxAssignments = maxAssignments;
        RecordTraces = recordTraces;
        _offsets = new long[scenarios.Length + 1];
        try
        {
            for (var s = 0; s < scenarios.Length; s++)
            {
                _offsets[s + 1] = checked(_offsets[s] + scenarios[s].Assignments);
            }

            NegotiationsPerRepetition = _offsets[^1];
            Count = checked(NegotiationsPerRepetition * repetitions);
        }
        catch (OverflowException exception)
        {
            throw new TournamentException("Repetitions: the tournament has too many negotiations to number.", exception);
        }

        _json = new Lazy<string>(WriteJson, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The catalog the agents are built from.</summary>
    public AgentCatalog Catalog { get; }

    /// <summary>The agents, in order (their index is how results refer to them).</summary>
    public ImmutableArray<AgentSpec> Agents { get; }

    /// <summary>The agents' specs as text (canonical: <c>TimeDependent(e=0.5)</c>), in order.</summary>
    public ImmutableArray<string> AgentNames { get; }

    /// <summary>The scenarios, in order.</summary>
    public ImmutableArray<TournamentScenario> Scenarios { get; }

    /// <summary>How many times every match is played.</summary>
    public int Repetitions { get; }

    /// <summary>Every negotiation's deadline.</summary>
    public Deadline Deadline { get; }

    /// <summary>The per-turn limit, if any.</summary>
    public TimeSpan? TurnTimeLimit { get; }

    /// <summary>The tournament seed.</summary>
    public long Seed { get; }

    /// <summary>Whether agents also meet themselves.</summary>
    public bool SelfPlay { get; }

    /// <summary>The most assignments played per scenario before sampling.</summary>
    public int MaxAssignments { get; }

    /// <summary>Whether every negotiation's trace is kept.</summary>
    public bool RecordTraces { get; }

    /// <summary>The negotiations of one repetition: every scenario's assignments.</summary>
    public long NegotiationsPerRepetition { get; }

    /// <summary>The number of negotiations in the tournament.</summary>
    public long Count { get; }

    /// <summary>Whether the results are reproducible to the bit (a rounds deadline and no time limits).</summary>
    public bool IsReproducible => Deadline.Time is null && TurnTimeLimit is null;

    /// <summary>The definition as canonical JSON (what stores keep; see docs/tournaments.md).</summary>
    public string ToJson() => _json.Value;

    /// <summary>The seed of negotiation <paramref name="index"/>.</summary>
    public int NegotiationSeed(long index) => SeedMixer.Mix(Seed, index);

    /// <summary>The settings negotiation <paramref name="index"/> runs with.</summary>
    public NegotiationSettings SettingsFor(long index) => new(Deadline, NegotiationSeed(index), TurnTimeLimit, RecordTraces);

    /// <summary>What negotiation <paramref name="index"/> is: its repetition, scenario, assignment, seed and seats.</summary>
    public TournamentMatch Match(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        var (scenario, assignment, repetition) = Locate(index);
        return new TournamentMatch(index, repetition, scenario, assignment, NegotiationSeed(index), Scenarios[scenario].SeatsOf(assignment));
    }

    /// <summary>The scenario, assignment and repetition of an index in range.</summary>
    internal (int Scenario, long Assignment, int Repetition) Locate(long index)
    {
        var repetition = (int)(index / NegotiationsPerRepetition);
        var within = index - (repetition * NegotiationsPerRepetition);
        var scenario = Array.BinarySearch(_offsets, within);
        scenario = scenario >= 0 ? scenario : ~scenario - 1;
        while (Scenarios[scenario].Assignments == 0 || within >= _offsets[scenario + 1])
        {
            scenario++; // equal offsets: skip to the scenario that holds the index
        }

        return (scenario, within - _offsets[scenario], repetition);
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Agents.Length} agents × {Scenarios.Length} scenarios × {Repetitions} repetitions = {Count:N0} negotiations, {Deadline}, seed {Seed}");
}
