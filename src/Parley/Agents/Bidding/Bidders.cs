using Parley.Agents.Boa;
using Parley.Agents.Tactics;

namespace Parley.Agents.Bidding;

/// <summary>
/// The standard bidding strategies of the BOA architecture (Baarslag et al. 2014, "Decoupling negotiating agents to
/// explore the space of negotiation strategies"). Each call makes a fresh component: give every agent its own.
/// </summary>
public static class Bidders
{
    /// <summary>The default width of the trade-off band (GENIUS's BestBid strategy starts from a 0.01 range).</summary>
    public const double DefaultBand = 0.01;

    /// <summary>The default cap on the outcomes a trade-off bidder examines per turn.</summary>
    public const int DefaultMaxCandidates = 10_000;

    /// <summary>Offers the least-good outcome worth at least the tactic's target (binary search; no allocation).</summary>
    public static IBiddingStrategy AtTarget(IConcessionTactic tactic) => new TargetBidder(tactic);

    /// <summary>
    /// Among outcomes whose utility lies in [target, target + <paramref name="band"/>], offers the one the opponent model
    /// rates best for the opponent (HardHeaded-style trade-off). Needs the agent to have an opponent model.
    /// </summary>
    public static IBiddingStrategy TradeOff(IConcessionTactic tactic, double band = DefaultBand, int maxCandidates = DefaultMaxCandidates) =>
        new TradeOffBidder(tactic, band, maxCandidates);

    /// <summary>Offers outcomes drawn uniformly from those worth at least the reservation value, with the agent's seeded random source.</summary>
    public static IBiddingStrategy Random() => new RandomBidder();
}
