using System.Collections.Immutable;

namespace Parley.Talks;

/// <summary>
/// What every party learns of an event: when, what kind, what happened and whom it concerns, but not the effects'
/// numbers (another party's new preferences or reservation value stay private). Immutable.
/// </summary>
/// <param name="Date">The day it happened.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Description">What happened.</param>
/// <param name="Source">Where it is documented, if anywhere.</param>
/// <param name="Parties">The parties its effects concern.</param>
public sealed record TalksEventNotice(DateOnly Date, string Kind, string Description, string? Source, ImmutableArray<string> Parties);
