using Parley.Agents.Catalog;

namespace Parley.Talks;

/// <summary>
/// Replaces the agent that plays a party (a new negotiating team, a new strategy) from the next meeting on. The new
/// agent starts without the old one's memory (it still sees the talks' history in its <see cref="TalksView"/>). A party
/// played by a person keeps its person.
/// </summary>
/// <param name="Party">The party.</param>
/// <param name="Agent">The new agent.</param>
public sealed record ReplaceAgent(string Party, AgentSpec Agent) : TalksEffect(Party)
{
    /// <inheritdoc />
    public override string Describe() => $"{Party} is now played by {Agent}";
}
