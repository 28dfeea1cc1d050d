using System.Collections.Immutable;
using Parley.Analysis;

namespace Parley.Negotiations;

/// <summary>
/// How good one negotiation's result was: each party's (discounted) utility and its advantage over what it had without a
/// deal, the social welfare, and how far the result lies from the Pareto frontier, the Nash point and the
/// Kalai–Smorodinsky point. Immutable; utilities are in the scenario's party order.
/// <para>
/// The <em>result point</em> is the vector of undiscounted utilities: the agreement's, or every party's reservation value
/// (the disagreement point) without one. Distances are measured from it in undiscounted utility space, because that is
/// where <see cref="ScenarioAnalysis"/> places the frontier and the solutions; a negotiation that ends without agreement
/// is therefore as far from the frontier as the disagreement point is.
/// </para>
/// </summary>
public sealed class NegotiationMetrics
{
    private NegotiationMetrics(
        bool agreement,
        long turns,
        long rounds,
        double endTime,
        ImmutableArray<double> utilities,
        ImmutableArray<double> discountedUtilities,
        ImmutableArray<double> advantages,
        ImmutableArray<double> discountedAdvantages,
        double? paretoDistance,
        double? nashDistance,
        double? kalaiSmorodinskyDistance)
    {
        Agreement = agreement;
        Turns = turns;
        Rounds = rounds;
        EndTime = endTime;
        Utilities = utilities;
        DiscountedUtilities = discountedUtilities;
        Advantages = advantages;
        DiscountedAdvantages = discountedAdvantages;
        ParetoDistance = paretoDistance;
        NashDistance = nashDistance;
        KalaiSmorodinskyDistance = kalaiSmorodinskyDistance;
    }

    /// <summary>Whether the parties agreed.</summary>
    public bool Agreement { get; }

    /// <summary>How many turns were taken.</summary>
    public long Turns { get; }

    /// <summary>How many rounds were started (every party acting once is a round).</summary>
    public long Rounds { get; }

    /// <summary>Normalised time t ∈ [0, 1] at the end.</summary>
    public double EndTime { get; }

    /// <summary>Each party's undiscounted utility: of the agreement, or its reservation value. This is the result point.</summary>
    public ImmutableArray<double> Utilities { get; }

    /// <summary>Each party's utility discounted at <see cref="EndTime"/> (u·dᵗ).</summary>
    public ImmutableArray<double> DiscountedUtilities { get; }

    /// <summary>Each party's utility minus its reservation value (0 without agreement).</summary>
    public ImmutableArray<double> Advantages { get; }

    /// <summary>
    /// Each party's discounted utility minus its reservation value discounted the same way at <see cref="EndTime"/>
    /// (GENIUS discounts reservation values too); 0 without agreement.
    /// </summary>
    public ImmutableArray<double> DiscountedAdvantages { get; }

    /// <summary>The social welfare Σⱼ uⱼ of the undiscounted utilities, summed in party order.</summary>
    public double SocialWelfare => BargainingSolutions.Welfare(Utilities.AsSpan());

    /// <summary>The social welfare Σⱼ uⱼ·dⱼᵗ of the discounted utilities, summed in party order.</summary>
    public double DiscountedSocialWelfare => BargainingSolutions.Welfare(DiscountedUtilities.AsSpan());

    /// <summary>
    /// The Euclidean distance from the result point to the nearest point of the Pareto frontier (the frontier's outcomes,
    /// not a line between them): 0 for a Pareto-optimal agreement. Null when no analysis was given.
    /// </summary>
    public double? ParetoDistance { get; }

    /// <summary>The Euclidean distance from the result point to the Nash point; null when there is none (or no analysis).</summary>
    public double? NashDistance { get; }

    /// <summary>The Euclidean distance from the result point to the Kalai–Smorodinsky point; null when there is none (or no analysis).</summary>
    public double? KalaiSmorodinskyDistance { get; }

    /// <summary>The metrics of a result, with distances measured against the scenario's exact analysis.</summary>
    public static NegotiationMetrics Compute(PreparedScenario scenario, NegotiationResult result)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(result);
        return Compute(result, scenario.Analysis);
    }

    /// <summary>
    /// The metrics of a result; <paramref name="analysis"/> (of the same scenario) gives the distances, which are null
    /// without it (for instance when the space is too large to analyse).
    /// </summary>
    public static NegotiationMetrics Compute(NegotiationResult result, ScenarioAnalysis? analysis)
    {
        ArgumentNullException.ThrowIfNull(result);
        var parties = result.Scenario.Parties;
        if (analysis is not null && analysis.ReservationValues.Length != parties.Length)
        {
            throw new ArgumentException(
                $"The analysis is of scenario '{analysis.Scenario.Name}' with {analysis.ReservationValues.Length} parties, not of '{result.Scenario.Name}'.",
                nameof(analysis));
        }

        var advantages = new double[parties.Length];
        var discountedAdvantages = new double[parties.Length];
        for (var j = 0; j < parties.Length; j++)
        {
            advantages[j] = result.Utilities[j] - parties[j].ReservationValue;
            discountedAdvantages[j] = result.DiscountedUtilities[j] - parties[j].DiscountedReservationValue(result.EndTime);
        }

        var point = result.Utilities.AsSpan();
        return new NegotiationMetrics(
            result.IsAgreement,
            result.Turns,
            result.Rounds,
            result.EndTime,
            result.Utilities,
            result.DiscountedUtilities,
            ImmutableArray.Create(advantages),
            ImmutableArray.Create(discountedAdvantages),
            analysis is null ? null : DistanceToNearest(point, analysis.ParetoFrontier),
            analysis?.Nash is { } nash ? Distance(point, nash.Utilities.AsSpan()) : null,
            analysis?.KalaiSmorodinsky is { } ks ? Distance(point, ks.Utilities.AsSpan()) : null);
    }

    /// <summary>The Euclidean distance between two utility vectors of the same length.</summary>
    public static double Distance(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        if (a.Length != b.Length)
        {
            throw new ArgumentException($"Cannot measure between vectors of {a.Length} and {b.Length} utilities.", nameof(b));
        }

        var sum = 0.0;
        for (var j = 0; j < a.Length; j++)
        {
            var d = a[j] - b[j];
            sum += d * d;
        }

        return Math.Sqrt(sum);
    }

    private static double? DistanceToNearest(ReadOnlySpan<double> point, ImmutableArray<AnalysisPoint> frontier)
    {
        if (frontier.IsDefaultOrEmpty)
        {
            return null;
        }

        var best = double.PositiveInfinity;
        foreach (var candidate in frontier)
        {
            best = Math.Min(best, Distance(point, candidate.Utilities.AsSpan()));
        }

        return best;
    }
}
