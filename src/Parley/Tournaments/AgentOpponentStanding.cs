namespace Parley.Tournaments;

/// <summary>
/// One agent's results against one opponent: its utility in every session where the opponent sat at the same table (in
/// a negotiation of n parties, a session counts once for each other seat). With self-play, an agent is its own opponent.
/// Immutable.
/// </summary>
public sealed class AgentOpponentStanding
{
    /// <summary>The agent's index.</summary>
    public required int Agent { get; init; }

    /// <summary>The opponent's index.</summary>
    public required int Opponent { get; init; }

    /// <summary>Sessions counted.</summary>
    public required long Sessions { get; init; }

    /// <summary>The agent's mean undiscounted utility.</summary>
    public required Estimate Utility { get; init; }

    /// <summary>The agent's mean discounted utility.</summary>
    public required Estimate DiscountedUtility { get; init; }

    /// <summary>The share of these sessions that ended in agreement (Wilson interval).</summary>
    public required Estimate AgreementRate { get; init; }
}
