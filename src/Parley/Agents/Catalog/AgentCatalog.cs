using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Parley.Agents.Catalog;

/// <summary>
/// The agents Parley knows by name, for the CLI and tournaments: build one from a spec such as
/// <c>TimeDependent(e=0.5)</c>. Immutable; <see cref="Default"/> holds the standard agents.
/// </summary>
public sealed class AgentCatalog
{
    private readonly FrozenDictionary<string, AgentDescription> _byName;

    /// <summary>Creates a catalog from descriptions with distinct names.</summary>
    public AgentCatalog(IEnumerable<AgentDescription> agents)
    {
        ArgumentNullException.ThrowIfNull(agents);
        Agents = [.. agents.OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase)];
        var byName = new Dictionary<string, AgentDescription>(StringComparer.OrdinalIgnoreCase);
        foreach (var agent in Agents)
        {
            if (!byName.TryAdd(agent.Name, agent))
            {
                throw new ArgumentException($"Two agents are named '{agent.Name}'.", nameof(agents));
            }
        }

        _byName = byName.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The standard agents.</summary>
    public static AgentCatalog Default { get; } = new(CatalogEntries.All);

    /// <summary>Every agent, sorted by name.</summary>
    public ImmutableArray<AgentDescription> Agents { get; }

    /// <summary>The description of an agent, or a clear error listing the known names.</summary>
    public AgentDescription Describe(string name) =>
        _byName.TryGetValue(name, out var description)
            ? description
            : throw new AgentSpecException($"Unknown agent '{name}'. Known agents: {string.Join(", ", Agents.Select(a => a.Name))}.");

    /// <summary>Builds a fresh agent from a spec.</summary>
    public Agent Create(AgentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return Describe(spec.Name).Create(spec);
    }

    /// <summary>Builds a fresh agent from spec text (see <see cref="AgentSpec.Parse"/>).</summary>
    public Agent Create(string spec) => Create(AgentSpec.Parse(spec));

    /// <summary>Checks a spec without building anything, so bad input fails before any work starts.</summary>
    public void Validate(AgentSpec spec) => _ = Create(spec);
}
