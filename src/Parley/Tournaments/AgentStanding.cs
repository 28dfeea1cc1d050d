using System.Collections.Immutable;

namespace Parley.Tournaments;

/// <summary>
/// One agent's results over every session it played: a session is one seat in one negotiation, so an agent in both seats
/// of a self-play negotiation has two. Means are over sessions; <see cref="Utility"/> and
/// <see cref="DiscountedUtility"/> are the ANAC score without and with discounting. Immutable.
/// </summary>
public sealed class AgentStanding
{
    /// <summary>The rank: 1 is best (by mean discounted utility, then mean utility, then agent order).</summary>
    public required int Rank { get; init; }

    /// <summary>The agent's index in the definition.</summary>
    public required int Agent { get; init; }

    /// <summary>The agent's spec.</summary>
    public required string Name { get; init; }

    /// <summary>Sessions played.</summary>
    public required long Sessions { get; init; }

    /// <summary>Sessions that ended in agreement.</summary>
    public required long Agreements { get; init; }

    /// <summary>Negotiations that failed because of this agent (it threw, hung, broke a rule or overran a limit).</summary>
    public required long FailuresCaused { get; init; }

    /// <summary>Mean undiscounted utility (the ANAC score without discounting).</summary>
    public required Estimate Utility { get; init; }

    /// <summary>Mean discounted utility (the ANAC score).</summary>
    public required Estimate DiscountedUtility { get; init; }

    /// <summary>Mean advantage over the reservation value (utility − reservation value; 0 without agreement).</summary>
    public required Estimate Advantage { get; init; }

    /// <summary>Mean discounted advantage over the discounted reservation value.</summary>
    public required Estimate DiscountedAdvantage { get; init; }

    /// <summary>The share of sessions that ended in agreement (Wilson interval).</summary>
    public required Estimate AgreementRate { get; init; }

    /// <summary>Mean social welfare of the negotiations it took part in.</summary>
    public required Estimate SocialWelfare { get; init; }

    /// <summary>Mean distance of the result to the Pareto frontier (sessions on scenarios with an analysis).</summary>
    public required Estimate ParetoDistance { get; init; }

    /// <summary>Mean distance of the result to the Nash point (sessions on scenarios with one).</summary>
    public required Estimate NashDistance { get; init; }

    /// <summary>Mean rounds to agreement, over its sessions that ended in agreement.</summary>
    public required Estimate RoundsToAgreement { get; init; }

    /// <summary>Its agreements by normalised agreement time, in <see cref="TournamentReport.AgreementTimeBins"/> equal bins of [0, 1].</summary>
    public required ImmutableArray<long> AgreementTimes { get; init; }
}
