namespace Parley.Tournaments;

/// <summary>An agent threw where the negotiation runner does not catch it (starting, or hearing about an action).</summary>
internal sealed class AgentFaultException : Exception
{
    public AgentFaultException(int seat, string agent, string stage, Exception innerException)
        : base($"agent '{agent}' threw {innerException.GetType().Name} while {stage}: {innerException.Message}", innerException)
    {
        Seat = seat;
    }

    public AgentFaultException()
    {
    }

    public AgentFaultException(string message)
        : base(message)
    {
    }

    public AgentFaultException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Seat { get; }
}
