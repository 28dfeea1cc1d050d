using System.Collections.Immutable;
using System.Globalization;
using Parley.Agents.Catalog;
using Parley.Protocols;
using Parley.Scenarios;

namespace Parley.Tournaments;

/// <summary>
/// What a tournament is, as a user writes it (command line or JSON): the agents, the scenarios, the repetitions, the
/// deadline and the seed. A plain mutable class; <see cref="Build"/> validates it once (errors name the field), loads the
/// scenarios and returns the immutable <see cref="TournamentDefinition"/>.
/// </summary>
public sealed class TournamentOptions
{
    /// <summary>The rounds deadline when none is given.</summary>
    public const int DefaultRounds = 100;

    /// <summary>The most role assignments played per scenario before a seeded sample is drawn instead.</summary>
    public const int DefaultMaxAssignments = 10_000;

    /// <summary>The agents, as catalog specs (<c>Boulware</c>, <c>TimeDependent(e=0.5)</c>), in the order that numbers them.</summary>
    public List<string> Agents { get; set; } = [];

    /// <summary>The scenarios, as <see cref="ScenarioLoader"/> names them (a built-in name, a folder, a Parley file), in order.</summary>
    public List<string> Scenarios { get; set; } = [];

    /// <summary>How many times every match is played (each with its own seed).</summary>
    public int Repetitions { get; set; } = 1;

    /// <summary>The deadline in rounds; null for a time deadline alone.</summary>
    public int? Rounds { get; set; } = DefaultRounds;

    /// <summary>A time deadline as well (whichever comes first); runs with one are not reproducible to the turn.</summary>
    public TimeSpan? Time { get; set; }

    /// <summary>The longest one turn may take; a slower agent fails the negotiation.</summary>
    public TimeSpan? TurnTimeLimit { get; set; }

    /// <summary>The tournament seed: negotiation i gets the seed <c>SeedMixer.Mix(Seed, i)</c>.</summary>
    public long Seed { get; set; }

    /// <summary>Whether an agent also meets itself (the same agent in more than one seat).</summary>
    public bool SelfPlay { get; set; }

    /// <summary>Above this many role assignments for one scenario, a seeded sample of this many is played instead.</summary>
    public int MaxAssignments { get; set; } = DefaultMaxAssignments;

    /// <summary>Whether every negotiation's full trace is kept (JSON Lines, as <c>parley negotiate --trace</c> writes).</summary>
    public bool RecordTraces { get; set; }

    /// <summary>
    /// Validates the options, loads the scenarios and checks every agent against <paramref name="catalog"/>, so that bad
    /// input fails here, before any negotiation runs. <paramref name="loadScenario"/> replaces
    /// <see cref="ScenarioLoader.Load(string, ScenarioLoadOptions?)"/> (tests pass in-memory scenarios).
    /// </summary>
    public TournamentDefinition Build(AgentCatalog? catalog = null, Func<string, Scenario>? loadScenario = null)
    {
        catalog ??= AgentCatalog.Default;
        loadScenario ??= static input => ScenarioLoader.Load(input);
        Check(Repetitions >= 1, $"Repetitions must be ≥ 1 (got {Repetitions}).");
        Check(Rounds is null or >= 1, $"Rounds must be ≥ 1 (got {Rounds}).");
        Check(Time is null || Time > TimeSpan.Zero, $"Time must be positive (got {Time}).");
        Check(Rounds is not null || Time is not null, "Rounds or Time: a tournament needs a deadline in rounds, in time, or both.");
        Check(TurnTimeLimit is null || TurnTimeLimit > TimeSpan.Zero, $"TurnTimeLimit must be positive (got {TurnTimeLimit}).");
        Check(MaxAssignments >= 1, $"MaxAssignments must be ≥ 1 (got {MaxAssignments}).");
        Check(Agents is { Count: > 0 }, "Agents: name at least one agent.");
        Check(Scenarios is { Count: > 0 }, "Scenarios: name at least one scenario.");

        var specs = ParseAgents(catalog);
        Check(specs.Length >= 2 || SelfPlay, $"Agents: a tournament needs at least 2 agents, or self-play (got {specs.Length}).");
        var scenarios = new List<TournamentScenario>(Scenarios.Count);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var s = 0; s < Scenarios.Count; s++)
        {
            var input = Scenarios[s];
            Check(!string.IsNullOrWhiteSpace(input), $"Scenarios: entry {s + 1} is empty.");
            var scenario = Load(loadScenario, input);
            if (names.TryGetValue(scenario.Name, out var other))
            {
                throw new TournamentException($"Scenarios: '{input}' and '{other}' are both named '{scenario.Name}'; name each scenario once.");
            }

            names.Add(scenario.Name, input);
            scenarios.Add(TournamentScenario.Create(s, scenario, Locate(input), null, specs.Length, SelfPlay, MaxAssignments, Seed));
        }

        var deadline = new Deadline(Rounds, Time);
        return new TournamentDefinition(catalog, specs, [.. scenarios], Repetitions, deadline, TurnTimeLimit, Seed, SelfPlay, MaxAssignments, RecordTraces);
    }

    private ImmutableArray<AgentSpec> ParseAgents(AgentCatalog catalog)
    {
        var specs = ImmutableArray.CreateBuilder<AgentSpec>(Agents.Count);
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Agents.Count; i++)
        {
            AgentSpec spec;
            try
            {
                spec = AgentSpec.Parse(Agents[i] ?? string.Empty);
                catalog.Validate(spec);
                spec = new AgentSpec(catalog.Describe(spec.Name).Name, spec.Parameters); // the catalog's spelling
            }
            catch (AgentSpecException exception)
            {
                throw new TournamentException($"Agents: {exception.Message}", exception);
            }

            var canonical = spec.ToString();
            if (!seen.TryAdd(canonical, i))
            {
                throw new TournamentException($"Agents: '{canonical}' is listed twice (entries {seen[canonical] + 1} and {i + 1}); list each agent once.");
            }

            specs.Add(spec);
        }

        return specs.MoveToImmutable();
    }

    private static Scenario Load(Func<string, Scenario> loadScenario, string input)
    {
        try
        {
            return loadScenario(input);
        }
        catch (Exception exception) when (exception is ScenarioFormatException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new TournamentException($"Scenarios: {exception.Message}", exception);
        }
    }

    /// <summary>How the definition records an input: files and folders by full path, built-in names as given.</summary>
    private static string Locate(string input) =>
        File.Exists(input) || Directory.Exists(input) ? Path.GetFullPath(input) : input;

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new TournamentException(message);
        }
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Agents.Count} agents × {Scenarios.Count} scenarios × {Repetitions} repetitions, seed {Seed}");
}
