namespace Parley.Talks;

/// <summary>A date every party knows about and can count down to (an expiry, an election, a budget deadline). Immutable.</summary>
/// <param name="Date">The day.</param>
/// <param name="Label">What happens then, in a few words.</param>
/// <param name="Source">Where it is documented, if anywhere.</param>
public sealed record KnownDeadline(DateOnly Date, string Label, string? Source = null);
