using System.Collections.Immutable;
using System.Numerics;
using Parley.Analysis;
using Parley.Negotiations;
using Parley.Scenarios;

namespace Parley.Tournaments;

/// <summary>
/// One scenario of a tournament: the prepared scenario every negotiation on it shares, its exact analysis (for the
/// distances), and its role assignments. An assignment puts one agent in each seat; assignments are numbered in
/// lexicographic order of the agents' indices, seat 0 first (for two parties: (0,1), (0,2), …, (1,0), …, both orders of
/// every pair). Without self-play the agents in one assignment are distinct. When there are more than
/// <see cref="TournamentOptions.MaxAssignments"/>, a seeded sample of that many is played, kept in the same order.
/// Immutable and thread-safe.
/// </summary>
public sealed class TournamentScenario
{
    private readonly long[]? _sample;
    private readonly int _agentCount;
    private readonly bool _selfPlay;

    private TournamentScenario(
        int index, PreparedScenario prepared, string source, string fingerprint, ScenarioAnalysis? analysis, string? analysisProblem,
        int agentCount, bool selfPlay, long possible, long[]? sample)
    {
        Index = index;
        Prepared = prepared;
        Source = source;
        Fingerprint = fingerprint;
        Analysis = analysis;
        AnalysisProblem = analysisProblem;
        _agentCount = agentCount;
        _selfPlay = selfPlay;
        PossibleAssignments = possible;
        _sample = sample;
        Assignments = sample?.Length ?? possible;
        PartyNames = [.. prepared.Scenario.Parties.Select(p => p.Name)];
    }

    /// <summary>The scenario's position in the tournament (0-based).</summary>
    public int Index { get; }

    /// <summary>The scenario's name (unique within the tournament).</summary>
    public string Name => Prepared.Scenario.Name;

    /// <summary>How the scenario was named when the tournament was defined (a full path, or a built-in name).</summary>
    public string Source { get; }

    /// <summary>The scenario with its utility indexes, shared by every negotiation on it.</summary>
    public PreparedScenario Prepared { get; }

    /// <summary>The scenario's <see cref="ScenarioFingerprint"/>.</summary>
    public string Fingerprint { get; }

    /// <summary>The parties' names, in seat order.</summary>
    public ImmutableArray<string> PartyNames { get; }

    /// <summary>The number of parties (seats).</summary>
    public int Parties => PartyNames.Length;

    /// <summary>The number of outcomes.</summary>
    public long Outcomes => Prepared.Scenario.Space.Count;

    /// <summary>The exact analysis the distances are measured against; null when the space is too large to analyse.</summary>
    public ScenarioAnalysis? Analysis { get; }

    /// <summary>Why there is no analysis, when there is none.</summary>
    public string? AnalysisProblem { get; }

    /// <summary>How many role assignments are played (per repetition).</summary>
    public long Assignments { get; }

    /// <summary>How many role assignments there are in all.</summary>
    public long PossibleAssignments { get; }

    /// <summary>Whether only a seeded sample of the assignments is played.</summary>
    public bool IsSampled => _sample is not null;

    /// <summary>The agents (indices into <see cref="TournamentDefinition.Agents"/>) in each seat for an assignment.</summary>
    public ImmutableArray<int> SeatsOf(long assignment)
    {
        var seats = new int[Parties];
        FillSeats(assignment, seats);
        return ImmutableArray.Create(seats);
    }

    /// <summary>Writes the agents of an assignment (0 ≤ <paramref name="assignment"/> &lt; <see cref="Assignments"/>) seat by seat.</summary>
    internal void FillSeats(long assignment, Span<int> seats)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(assignment);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(assignment, Assignments);
        var rank = _sample is null ? assignment : _sample[assignment];
        var n = Parties;
        var k = _agentCount;
        if (_selfPlay)
        {
            for (var p = n - 1; p >= 0; p--)
            {
                seats[p] = (int)(rank % k);
                rank /= k;
            }

            return;
        }

        Span<bool> used = k <= 256 ? stackalloc bool[k] : new bool[k];
        for (var p = 0; p < n; p++)
        {
            var block = FallingFactorial(k - p - 1, n - p - 1);
            var digit = rank / block;
            rank %= block;
            for (var a = 0; a < k; a++)
            {
                if (used[a])
                {
                    continue;
                }

                if (digit == 0)
                {
                    seats[p] = a;
                    used[a] = true;
                    break;
                }

                digit--;
            }
        }
    }

    /// <summary>
    /// Prepares a scenario for a tournament of <paramref name="agentCount"/> agents; a clear error when it cannot take part.
    /// <paramref name="expectedFingerprint"/>, when given, must match (a stored tournament read back).
    /// </summary>
    internal static TournamentScenario Create(
        int index, Scenario scenario, string source, string? expectedFingerprint, int agentCount, bool selfPlay, int maxAssignments, long seed)
    {
        var parties = scenario.Parties.Length;
        if (parties < 2)
        {
            throw new TournamentException($"Scenarios: '{scenario.Name}' has {parties} part{(parties == 1 ? "y" : "ies")}; a negotiation needs at least 2.");
        }

        if (scenario.Space.Cardinality > new BigInteger(Array.MaxLength))
        {
            throw new TournamentException(
                $"Scenarios: '{scenario.Name}' has {scenario.Space.Cardinality:N0} outcomes; negotiations need at most {Array.MaxLength:N0} so that agents can index them.");
        }

        if (!selfPlay && agentCount < parties)
        {
            throw new TournamentException(
                $"Scenarios: '{scenario.Name}' has {parties} parties but only {agentCount} agent{(agentCount == 1 ? " was" : "s were")} named; "
                + "name at least as many agents as parties, or allow self-play.");
        }

        var possible = CountAssignments(scenario.Name, agentCount, parties, selfPlay);
        var sample = possible > maxAssignments ? Sample(possible, maxAssignments, SeedMixer.Mix(seed, -1L - index)) : null;
        var prepared = new PreparedScenario(scenario);
        var fingerprint = ScenarioFingerprint.Compute(prepared);
        if (expectedFingerprint is not null && fingerprint != expectedFingerprint)
        {
            throw new TournamentException(
                $"Scenario '{scenario.Name}' does not read back as it was stored: fingerprint {fingerprint}, expected {expectedFingerprint}.");
        }

        ScenarioAnalysis? analysis = null;
        string? problem = null;
        try
        {
            analysis = prepared.Analysis;
        }
        catch (AnalysisTooLargeException exception)
        {
            problem = exception.Message;
        }

        return new TournamentScenario(index, prepared, source, fingerprint, analysis, problem, agentCount, selfPlay, possible, sample);
    }

    private static long CountAssignments(string name, int agents, int parties, bool selfPlay)
    {
        try
        {
            return selfPlay ? checked((long)BigInteger.Pow(agents, parties)) : FallingFactorial(agents, parties);
        }
        catch (OverflowException exception)
        {
            throw new TournamentException($"Scenarios: '{name}' has too many role assignments to number ({agents} agents in {parties} seats).", exception);
        }
    }

    /// <summary>m·(m−1)·…·(m−r+1): the number of ordered ways to fill r seats from m distinct agents.</summary>
    private static long FallingFactorial(int m, int r)
    {
        var product = 1L;
        for (var i = 0; i < r; i++)
        {
            product = checked(product * (m - i));
        }

        return product;
    }

    /// <summary>Robert Floyd's sample of <paramref name="count"/> distinct ranks below <paramref name="population"/>, sorted.</summary>
    private static long[] Sample(long population, int count, int seed)
    {
        var random = new SplitMix64((ulong)seed);
        var chosen = new HashSet<long>(count);
        for (var j = population - count; j < population; j++)
        {
            var t = random.NextBelow((ulong)j + 1);
            if (!chosen.Add((long)t))
            {
                chosen.Add(j);
            }
        }

        var sorted = chosen.ToArray();
        Array.Sort(sorted);
        return sorted;
    }
}
