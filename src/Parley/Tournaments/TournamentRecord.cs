using System.Collections.Immutable;
using Parley.Negotiations;
using Parley.Protocols;

namespace Parley.Tournaments;

/// <summary>
/// The stored result of one tournament negotiation: which match it was, how it ended, and its metrics. Per-seat values
/// are in seat order (seat i is the scenario's party i). Everything but <see cref="Elapsed"/> (wall-clock) and
/// <see cref="Trace"/> depends only on the definition and <see cref="Index"/>. Immutable.
/// </summary>
public sealed class TournamentRecord
{
    /// <summary>The negotiation's index in the tournament.</summary>
    public required long Index { get; init; }

    /// <summary>Its repetition (0-based).</summary>
    public required int Repetition { get; init; }

    /// <summary>Its scenario's index.</summary>
    public required int Scenario { get; init; }

    /// <summary>Its role assignment within the scenario.</summary>
    public required long Assignment { get; init; }

    /// <summary>Its negotiation seed.</summary>
    public required int Seed { get; init; }

    /// <summary>The agent (index into <see cref="TournamentDefinition.Agents"/>) in each seat.</summary>
    public required ImmutableArray<int> Agents { get; init; }

    /// <summary>How it ended.</summary>
    public required NegotiationEnd End { get; init; }

    /// <summary>The seat that walked away or failed, or −1.</summary>
    public required int EndedBy { get; init; }

    /// <summary>The rule broken, for a failure.</summary>
    public ProtocolRule? FailureRule { get; init; }

    /// <summary>What went wrong, for a failure.</summary>
    public string? FailureMessage { get; init; }

    /// <summary>Turns taken.</summary>
    public required long Turns { get; init; }

    /// <summary>Rounds started.</summary>
    public required long Rounds { get; init; }

    /// <summary>Normalised time t ∈ [0, 1] at the end.</summary>
    public required double EndTime { get; init; }

    /// <summary>The agreed outcome's index, or −1.</summary>
    public required long Agreement { get; init; }

    /// <summary>Whether the parties agreed.</summary>
    public bool IsAgreement => Agreement >= 0;

    /// <summary>Each seat's undiscounted utility (the agreement's, or its reservation value).</summary>
    public required ImmutableArray<double> Utilities { get; init; }

    /// <summary>Each seat's utility discounted at <see cref="EndTime"/>.</summary>
    public required ImmutableArray<double> DiscountedUtilities { get; init; }

    /// <summary>Each seat's utility minus its reservation value (0 without agreement).</summary>
    public required ImmutableArray<double> Advantages { get; init; }

    /// <summary>Each seat's discounted utility minus its discounted reservation value (0 without agreement).</summary>
    public required ImmutableArray<double> DiscountedAdvantages { get; init; }

    /// <summary>The sum of the undiscounted utilities.</summary>
    public required double SocialWelfare { get; init; }

    /// <summary>The sum of the discounted utilities.</summary>
    public required double DiscountedSocialWelfare { get; init; }

    /// <summary>Distance from the result point to the Pareto frontier; null without an analysis.</summary>
    public double? ParetoDistance { get; init; }

    /// <summary>Distance from the result point to the Nash point; null without one.</summary>
    public double? NashDistance { get; init; }

    /// <summary>Distance from the result point to the Kalai–Smorodinsky point; null without one.</summary>
    public double? KalaiSmorodinskyDistance { get; init; }

    /// <summary>How long the negotiation took on the wall clock (agents built, run, metrics computed). Not reproducible.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>The trace as JSON Lines, when the tournament records traces (stores do not read it back with the record).</summary>
    public ReadOnlyMemory<byte>? Trace { get; init; }

    /// <summary>The record of a result and its metrics.</summary>
    internal static TournamentRecord From(
        long index,
        int repetition,
        int scenario,
        long assignment,
        ImmutableArray<int> agents,
        NegotiationResult result,
        NegotiationMetrics metrics,
        TimeSpan elapsed,
        ReadOnlyMemory<byte>? trace) => new()
        {
            Index = index,
            Repetition = repetition,
            Scenario = scenario,
            Assignment = assignment,
            Seed = result.Settings.Seed,
            Agents = agents,
            End = result.End,
            EndedBy = result.EndedBy,
            FailureRule = result.Violation?.Rule,
            FailureMessage = result.Violation?.Message,
            Turns = result.Turns,
            Rounds = result.Rounds,
            EndTime = result.EndTime,
            Agreement = result.AgreementIndex,
            Utilities = metrics.Utilities,
            DiscountedUtilities = metrics.DiscountedUtilities,
            Advantages = metrics.Advantages,
            DiscountedAdvantages = metrics.DiscountedAdvantages,
            SocialWelfare = metrics.SocialWelfare,
            DiscountedSocialWelfare = metrics.DiscountedSocialWelfare,
            ParetoDistance = metrics.ParetoDistance,
            NashDistance = metrics.NashDistance,
            KalaiSmorodinskyDistance = metrics.KalaiSmorodinskyDistance,
            Elapsed = elapsed,
            Trace = trace,
        };
}
