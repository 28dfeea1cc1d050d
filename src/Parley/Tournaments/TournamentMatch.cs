using System.Collections.Immutable;

namespace Parley.Tournaments;

/// <summary>What one negotiation of a tournament is (see <see cref="TournamentDefinition.Match"/>).</summary>
/// <param name="Index">The negotiation's index.</param>
/// <param name="Repetition">Its repetition (0-based).</param>
/// <param name="Scenario">Its scenario's index.</param>
/// <param name="Assignment">Its role assignment within the scenario.</param>
/// <param name="Seed">Its negotiation seed.</param>
/// <param name="Seats">The agent (index) in each seat.</param>
public readonly record struct TournamentMatch(long Index, int Repetition, int Scenario, long Assignment, int Seed, ImmutableArray<int> Seats);
