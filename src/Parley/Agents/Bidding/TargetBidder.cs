using Parley.Agents.Boa;
using Parley.Agents.Tactics;
using Parley.Protocols;

namespace Parley.Agents.Bidding;

/// <summary>
/// Offers the least-good outcome still worth at least the tactic's target (GENIUS's "bid near utility", taken from
/// above so the agent never asks for less than it aims at), or its best outcome when the target is above everything.
/// One search in the pre-sorted <see cref="Preferences.UtilityIndex"/> per turn, galloping from the previous turn's
/// position (<see cref="RankSearch"/>): O(log distance) ≤ O(log outcomes), no allocation.
/// </summary>
internal sealed class TargetBidder(IConcessionTactic tactic) : IBiddingStrategy
{
    private AgentContext? _context;
    private int _hint;

    public IConcessionTactic Tactic { get; } = tactic ?? throw new ArgumentNullException(nameof(tactic));

    public void Start(AgentContext context, IOpponentModel? opponentModel)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        _hint = 0;
        Tactic.Start(context);
    }

    public void Observe(NegotiationAction action, NegotiationView view) => Tactic.Observe(action, view);

    public long NextBid(NegotiationView view)
    {
        var index = _context!.Index;
        var count = RankSearch.CountAtLeast(index.DescendingUtilities, Tactic.Target(view), _hint);
        _hint = count;

        // UtilityIndex.LowestAtLeast: the worst outcome worth at least the target, else the best outcome.
        return index.OutcomeAtRank(count == 0 ? 0 : count - 1);
    }
}
