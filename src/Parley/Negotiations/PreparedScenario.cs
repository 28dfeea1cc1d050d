using System.Collections.Immutable;
using Parley.Analysis;
using Parley.Preferences;
using Parley.Scenarios;

namespace Parley.Negotiations;

/// <summary>
/// A scenario with what every negotiation on it reuses: each party's <see cref="UtilityIndex"/> (utilities looked up and
/// pre-sorted once, not once per negotiation) and, on first use, its exact analysis for the metrics. Thread-safe and
/// meant to be shared by all negotiations of a run or tournament.
/// </summary>
public sealed class PreparedScenario
{
    private readonly Lazy<ScenarioAnalysis> _analysis;

    /// <summary>Indexes every party's utilities; the space must fit in memory (at most <see cref="Array.MaxLength"/> outcomes).</summary>
    public PreparedScenario(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (scenario.Space.Cardinality > Array.MaxLength)
        {
            throw new ArgumentException(
                $"Scenario '{scenario.Name}' has {scenario.Space.Cardinality:N0} outcomes; negotiations need at most {Array.MaxLength:N0} so that agents can index them.");
        }

        Scenario = scenario;
        Indexes = [.. scenario.Parties.Select(p => new UtilityIndex(p.Utility))];
        _analysis = new Lazy<ScenarioAnalysis>(() => ScenarioAnalyzer.Analyze(scenario), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// Reuses indexes already built for the same utility functions (by reference), building the others: talks hold many
    /// meetings under mostly the same preferences, with only the reservation values moving.
    /// </summary>
    internal PreparedScenario(Scenario scenario, Func<Preferences.IUtilityFunction, UtilityIndex> index)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(index);
        Scenario = scenario;
        Indexes = [.. scenario.Parties.Select(p => index(p.Utility))];
        _analysis = new Lazy<ScenarioAnalysis>(() => ScenarioAnalyzer.Analyze(scenario), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The scenario.</summary>
    public Scenario Scenario { get; }

    /// <summary>Each party's utility index, in party order.</summary>
    public ImmutableArray<UtilityIndex> Indexes { get; }

    /// <summary>The exact analysis (frontier, Nash, Kalai–Smorodinsky), computed on first use.</summary>
    public ScenarioAnalysis Analysis => _analysis.Value;
}
