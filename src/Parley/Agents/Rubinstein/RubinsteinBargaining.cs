using Parley.Preferences;

namespace Parley.Agents.Rubinstein;

/// <summary>
/// The closed-form subgame-perfect equilibrium of Rubinstein's alternating-offers bargaining over a pie of size 1
/// (Rubinstein 1982, "Perfect equilibrium in a bargaining model", Econometrica 50(1)): with per-period discount factors
/// δp for the proposer and δr for the responder, the proposer asks for (1 − δr)/(1 − δp·δr) and the responder accepts at
/// once. Parley takes one period to be one round of the deadline.
/// </summary>
public static class RubinsteinBargaining
{
    /// <summary>
    /// The per-round discount factor of a party with GENIUS discount factor <paramref name="geniusDiscount"/> under a
    /// deadline of <paramref name="rounds"/> rounds: utilities are worth u·d^t at normalised time t = round/R, so one
    /// round multiplies them by d^(1/R). A GENIUS factor outside (0, 1] means no discount (δ = 1).
    /// </summary>
    public static double PerRoundFactor(double geniusDiscount, int rounds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        return Math.Pow(DiscountFactor.FromGenius(geniusDiscount).Value, 1.0 / rounds);
    }

    /// <summary>
    /// The proposer's equilibrium share (1 − δr)/(1 − δp·δr); ½ when neither discounts (the limit for equal factors).
    /// </summary>
    public static double ProposerShare(double proposerFactor, double responderFactor)
    {
        if (proposerFactor is <= 0 or > 1 || responderFactor is <= 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(proposerFactor), "Discount factors must be in (0, 1].");
        }

        var product = proposerFactor * responderFactor;
        return product >= 1 ? 0.5 : (1 - responderFactor) / (1 - product);
    }

    /// <summary>
    /// The outcome whose utility is nearest <paramref name="utility"/>; on a tie the one worth less (to the party whose
    /// index it is). Two binary-search neighbours, O(log outcomes).
    /// </summary>
    public static int NearestOutcome(UtilityIndex index, double utility)
    {
        ArgumentNullException.ThrowIfNull(index);
        var count = index.CountAtLeast(utility);
        if (count == 0)
        {
            return index.OutcomeAtRank(0);
        }

        if (count == index.Count)
        {
            return index.OutcomeAtRank(count - 1);
        }

        var sorted = index.DescendingUtilities;
        var above = sorted[count - 1] - utility;
        var below = utility - sorted[count];
        return index.OutcomeAtRank(above < below ? count - 1 : count);
    }
}
