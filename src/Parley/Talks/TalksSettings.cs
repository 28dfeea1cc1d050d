using System.Collections.Immutable;
using Parley.Agents.Catalog;
using Parley.Negotiations;

namespace Parley.Talks;

/// <summary>
/// How to run a series of talks: the seed every meeting's seed derives from, and the agent that plays each party at the
/// start (scripted events may replace some later). A party whose agent is named <see cref="Person"/> is played by a
/// person: on resume it is replayed from its stored actions instead of re-run. Immutable.
/// </summary>
/// <param name="Seed">The talks' seed: meeting <c>n</c> runs with <c>SeedMixer.Mix(Seed, n)</c>.</param>
/// <param name="Agents">The agent of each party, in party order.</param>
public sealed record TalksSettings(int Seed, ImmutableArray<AgentSpec> Agents)
{
    /// <summary>The agent name that marks a party played by a person.</summary>
    public const string Person = "Person";

    /// <summary>The seed of meeting <paramref name="number"/>.</summary>
    public int MeetingSeed(int number) => SeedMixer.Mix(Seed, number);

    /// <summary>Whether a person plays the party in <paramref name="seat"/>.</summary>
    public bool IsPerson(int seat) => IsPersonSpec(Agents[seat]);

    /// <summary>Whether a spec names a person.</summary>
    public static bool IsPersonSpec(AgentSpec spec) => string.Equals(spec?.Name, Person, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The settings for <paramref name="talks"/>: each party's agent is the one in <paramref name="agents"/> (by party name)
    /// or else the talks file's default. A clear <see cref="ArgumentException"/> for an unknown party or a party left
    /// without an agent.
    /// </summary>
    public static TalksSettings For(TalksScenario talks, int seed = 0, IReadOnlyDictionary<string, AgentSpec>? agents = null)
    {
        ArgumentNullException.ThrowIfNull(talks);
        var parties = talks.Parties;
        foreach (var name in agents?.Keys ?? [])
        {
            if (!parties.Contains(name))
            {
                throw new ArgumentException($"Talks '{talks.Name}' have no party '{name}' (parties: {string.Join(", ", parties)}).", nameof(agents));
            }
        }

        var specs = new AgentSpec[parties.Length];
        for (var seat = 0; seat < parties.Length; seat++)
        {
            specs[seat] = agents is not null && agents.TryGetValue(parties[seat], out var given) ? given
                : talks.Agents[seat] ?? throw new ArgumentException(
                    $"No agent plays '{parties[seat]}': name one in the talks file's \"agents\" or give one (e.g. {parties[seat]}=Boulware).",
                    nameof(agents));
        }

        return new TalksSettings(seed, [.. specs]);
    }

    /// <summary>Whether two settings are the same: the seed, and the agents as canonical specs (records compare arrays by reference).</summary>
    public bool Equals(TalksSettings? other) =>
        other is not null && Seed == other.Seed && Agents.Select(a => a.ToString()).SequenceEqual(other.Agents.Select(a => a.ToString()), StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Seed, Agents.Length);
}
