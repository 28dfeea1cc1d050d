using Parley.Agents.Boa;

namespace Parley.Agents.Bidding;

/// <summary>
/// Offers an outcome drawn uniformly from those worth at least the reservation value (undiscounted), with the agent's
/// seeded <see cref="AgentContext.Random"/>; the best outcome when none is. The rational outcomes are ranks
/// 0 .. n − 1 of the pre-sorted index, so <see cref="Start"/> does one binary search and a turn one random draw.
/// </summary>
internal sealed class RandomBidder : IBiddingStrategy
{
    private AgentContext? _context;
    private int _rational;

    public void Start(AgentContext context, IOpponentModel? opponentModel)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        _rational = context.Index.CountAtLeast(context.ReservationValue);
    }

    public long NextBid(NegotiationView view) =>
        _context!.Index.OutcomeAtRank(_rational == 0 ? 0 : _context.Random.Next(_rational));
}
