namespace Parley.Agents.Catalog;

/// <summary>An agent spec that names no known agent, or has an unknown or bad parameter.</summary>
public sealed class AgentSpecException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AgentSpecException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public AgentSpecException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public AgentSpecException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
