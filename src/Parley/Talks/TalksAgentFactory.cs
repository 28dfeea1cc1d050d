using Parley.Agents;
using Parley.Agents.Catalog;

namespace Parley.Talks;

/// <summary>
/// Builds the agent that plays <paramref name="party"/> from its spec: at the start of the talks, when an event replaces
/// the agent, and on resume. The default builds catalogued agents (<see cref="Agents.TalksAgentCatalog"/>); supply one to
/// plug in people (<see cref="TalksSettings.Person"/>), remote parties or test doubles.
/// </summary>
/// <param name="party">The party's name.</param>
/// <param name="spec">The agent asked for.</param>
public delegate Agent TalksAgentFactory(string party, AgentSpec spec);
