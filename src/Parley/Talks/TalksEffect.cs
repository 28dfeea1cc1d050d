namespace Parley.Talks;

/// <summary>
/// What a scripted event changes in the game, as data: a party's reservation value set or shifted, its preferences
/// replaced, the agent that plays it replaced, the status quo changed, or a cost per day of no deal. Immutable; applied
/// by <see cref="TalksState"/> in the order written.
/// </summary>
/// <param name="Party">The party affected, or null when the effect concerns every party.</param>
public abstract record TalksEffect(string? Party)
{
    /// <summary>The effect in a few words for people ("Tenant's reservation value -0.05").</summary>
    public abstract string Describe();
}
