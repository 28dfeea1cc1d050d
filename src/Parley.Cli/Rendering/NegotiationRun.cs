using System.Collections.Immutable;
using Parley.Negotiations;

namespace Parley.Cli.Rendering;

/// <summary>Everything <c>parley negotiate</c> prints: the negotiation, its result and its metrics.</summary>
/// <param name="Scenario">The scenario negotiated.</param>
/// <param name="Agents">The agents in seat order, as canonical specs.</param>
/// <param name="Settings">The settings it ran with.</param>
/// <param name="Result">How it went.</param>
/// <param name="Metrics">The metrics of the result.</param>
/// <param name="AnalysisProblem">Why the distances are missing (the scenario could not be analysed), or null.</param>
internal sealed record NegotiationRun(
    PreparedScenario Scenario,
    ImmutableArray<string> Agents,
    NegotiationSettings Settings,
    NegotiationResult Result,
    NegotiationMetrics Metrics,
    string? AnalysisProblem);
