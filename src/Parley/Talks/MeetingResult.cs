using System.Collections.Immutable;

namespace Parley.Talks;

/// <summary>
/// One completed meeting with what the record of the talks keeps besides the public <see cref="MeetingRecord"/>: the
/// agents that played, the meeting's seed, and each party's reservation value at the meeting and what the meeting gave
/// it (its utility of the agreement, or its reservation value without one). Immutable; this is what the store saves.
/// </summary>
/// <param name="Record">What happened at the table.</param>
/// <param name="Agents">The agents, in party order, as the specs in force at the meeting (<c>Person</c> for a person).</param>
/// <param name="Seed">The meeting's seed (mixed from the talks' seed and the meeting number).</param>
/// <param name="ReservationValues">Each party's reservation value at the meeting, costs of no deal included.</param>
/// <param name="Utilities">Each party's utility of the agreement, or its reservation value without one.</param>
public sealed record MeetingResult(
    MeetingRecord Record, ImmutableArray<string> Agents, int Seed, ImmutableArray<double> ReservationValues, ImmutableArray<double> Utilities);
