namespace Parley.Tournaments;

/// <summary>How the negotiations on one scenario went, over all agents. Immutable.</summary>
public sealed class ScenarioStanding
{
    /// <summary>The scenario's index.</summary>
    public required int Scenario { get; init; }

    /// <summary>Negotiations stored.</summary>
    public required long Negotiations { get; init; }

    /// <summary>Negotiations that ended in agreement.</summary>
    public required long Agreements { get; init; }

    /// <summary>Negotiations that failed.</summary>
    public required long Failures { get; init; }

    /// <summary>The share that ended in agreement (Wilson interval).</summary>
    public required Estimate AgreementRate { get; init; }

    /// <summary>Mean social welfare.</summary>
    public required Estimate SocialWelfare { get; init; }

    /// <summary>Mean discounted social welfare.</summary>
    public required Estimate DiscountedSocialWelfare { get; init; }

    /// <summary>Mean distance to the Pareto frontier (empty without an analysis).</summary>
    public required Estimate ParetoDistance { get; init; }

    /// <summary>Mean distance to the Nash point.</summary>
    public required Estimate NashDistance { get; init; }

    /// <summary>Mean rounds to agreement (agreements only).</summary>
    public required Estimate RoundsToAgreement { get; init; }
}
