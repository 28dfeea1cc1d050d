using Parley.Agents.Boa;
using Parley.Agents.Tactics;
using Parley.Protocols;

namespace Parley.Agents.Bidding;

/// <summary>
/// Offers the least-good outcome still worth at least the tactic's target (GENIUS's "bid near utility", taken from
/// above so the agent never asks for less than it aims at), or its best outcome when the target is above everything.
/// One binary search in the pre-sorted <see cref="Preferences.UtilityIndex"/> per turn: O(log outcomes), no allocation.
/// </summary>
internal sealed class TargetBidder(IConcessionTactic tactic) : IBiddingStrategy
{
    private AgentContext? _context;

    public IConcessionTactic Tactic { get; } = tactic ?? throw new ArgumentNullException(nameof(tactic));

    public void Start(AgentContext context, IOpponentModel? opponentModel)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        Tactic.Start(context);
    }

    public void Observe(NegotiationAction action, NegotiationView view) => Tactic.Observe(action, view);

    public long NextBid(NegotiationView view) => _context!.Index.LowestAtLeast(Tactic.Target(view));
}
