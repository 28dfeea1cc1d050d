using System.Collections.Immutable;

namespace Parley.Agents.Catalog;

/// <summary>A catalogued agent: its name, what it does, where it comes from, its parameters, and how to build one.</summary>
public sealed class AgentDescription
{
    private readonly Func<AgentSpec, Agent> _create;

    /// <summary>Creates the description.</summary>
    public AgentDescription(string name, string summary, string source, IEnumerable<AgentParameter> parameters, Func<AgentSpec, Agent> create)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(create);
        Name = name;
        Summary = summary;
        Source = source;
        Parameters = [.. parameters];
        _create = create;
    }

    /// <summary>The name used in specs.</summary>
    public string Name { get; }

    /// <summary>One line on what the agent does.</summary>
    public string Summary { get; }

    /// <summary>The paper or system it follows.</summary>
    public string Source { get; }

    /// <summary>Its parameters.</summary>
    public ImmutableArray<AgentParameter> Parameters { get; }

    /// <summary>Builds a fresh agent from a spec naming this agent; unknown parameters are an error.</summary>
    public Agent Create(AgentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        foreach (var key in spec.Parameters.Keys)
        {
            if (!Parameters.Any(p => string.Equals(p.Name, key, StringComparison.OrdinalIgnoreCase)))
            {
                throw new AgentSpecException(Parameters.IsEmpty
                    ? $"Agent '{Name}' takes no parameters (got '{key}')."
                    : $"Agent '{Name}' has no parameter '{key}'; its parameters are {string.Join(", ", Parameters.Select(p => p.Name))}.");
            }
        }

        return _create(spec);
    }
}
