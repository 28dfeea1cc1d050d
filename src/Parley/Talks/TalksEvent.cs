using System.Collections.Immutable;

namespace Parley.Talks;

/// <summary>
/// A scripted event between meetings (an agreement lapsing, a deadline passing, an election, a change of government),
/// with its date, source and effects. Events dated on a meeting's day take effect before that meeting. Immutable.
/// </summary>
/// <param name="Date">The day it happens.</param>
/// <param name="Kind">What kind of event it is, in one word ("lapse", "election", "furlough", …): for people and plots.</param>
/// <param name="Description">What happened.</param>
/// <param name="Source">Where it is documented, if anywhere.</param>
/// <param name="Effects">What it changes, in order (none for an event that is only news).</param>
public sealed record TalksEvent(DateOnly Date, string Kind, string Description, string? Source, ImmutableArray<TalksEffect> Effects)
{
    /// <summary>The parties the effects concern, in order of first mention (every party for a status-quo change).</summary>
    public ImmutableArray<string> PartiesAffected(IReadOnlyList<string> parties)
    {
        ArgumentNullException.ThrowIfNull(parties);
        var affected = new List<string>();
        foreach (var effect in Effects)
        {
            foreach (var name in effect.Party is { } party ? [party] : parties)
            {
                if (!affected.Contains(name))
                {
                    affected.Add(name);
                }
            }
        }

        return [.. affected];
    }
}
