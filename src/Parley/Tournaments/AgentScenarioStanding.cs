namespace Parley.Tournaments;

/// <summary>One agent's results on one scenario (all its sessions there, every seat). Immutable.</summary>
public sealed class AgentScenarioStanding
{
    /// <summary>The agent's index.</summary>
    public required int Agent { get; init; }

    /// <summary>The scenario's index.</summary>
    public required int Scenario { get; init; }

    /// <summary>Sessions played.</summary>
    public required long Sessions { get; init; }

    /// <summary>Mean undiscounted utility.</summary>
    public required Estimate Utility { get; init; }

    /// <summary>Mean discounted utility.</summary>
    public required Estimate DiscountedUtility { get; init; }

    /// <summary>Mean advantage over the reservation value.</summary>
    public required Estimate Advantage { get; init; }

    /// <summary>The share of sessions that ended in agreement (Wilson interval).</summary>
    public required Estimate AgreementRate { get; init; }
}
