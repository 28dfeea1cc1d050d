using Parley.Agents.Boa;
using Parley.Agents.Tactics;
using Parley.Protocols;

namespace Parley.Agents.Bidding;

/// <summary>
/// A trade-off bidder (GENIUS BOA's "BestBid" opponent-model strategy, as HardHeaded — van Krimpen, Looije and Hajizadeh
/// 2013 — and Faratin, Sierra and Jennings 2002, "Using similarity criteria to make issue trade-offs", use it): among the
/// outcomes whose own utility lies in the band [target, target + band], offers the one the opponent model rates best
/// for the opponent; ties go to the outcome better for the agent (lower rank). When no outcome lies in the band, the band
/// moves up to start at the least-good outcome above the target (as GENIUS widens an empty range); when the target is
/// above everything, the agent offers its best outcome.
/// <para>
/// The band is found by two searches in the pre-sorted <see cref="Preferences.UtilityIndex"/> (galloping from the
/// previous turn's positions, <see cref="RankSearch"/>); only the band is
/// scanned, and at most <see cref="MaxCandidates"/> of it (those best for the agent), so a turn costs
/// O(log outcomes + min(band size, cap) · issues) and allocates nothing.
/// </para>
/// </summary>
internal sealed class TradeOffBidder : IBiddingStrategy
{
    private AgentContext? _context;
    private IOpponentModel? _model;
    private int _endHint;
    private int _startHint;

    public TradeOffBidder(IConcessionTactic tactic, double band, int maxCandidates)
    {
        ArgumentNullException.ThrowIfNull(tactic);
        if (!(band >= 0) || !double.IsFinite(band))
        {
            throw new ArgumentOutOfRangeException(nameof(band), band, "The band must be a finite number ≥ 0.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(maxCandidates, 1);
        Tactic = tactic;
        Band = band;
        MaxCandidates = maxCandidates;
    }

    public IConcessionTactic Tactic { get; }

    /// <summary>The width of the utility band above the target.</summary>
    public double Band { get; }

    /// <summary>The most outcomes of the band examined on one turn.</summary>
    public int MaxCandidates { get; }

    public void Start(AgentContext context, IOpponentModel? opponentModel)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        _endHint = 0;
        _startHint = 0;
        _model = opponentModel ?? throw new InvalidOperationException(
            "Trade-off bidding needs an opponent model: give the BoaAgent one (for example OpponentModels.Frequency()).");
        Tactic.Start(context);
    }

    public void Observe(NegotiationAction action, NegotiationView view) => Tactic.Observe(action, view);

    public long NextBid(NegotiationView view)
    {
        var index = _context!.Index;
        var target = Tactic.Target(view);
        var sorted = index.DescendingUtilities;
        var end = _endHint = RankSearch.CountAtLeast(sorted, target, _endHint);
        if (end == 0)
        {
            return index.OutcomeAtRank(0);
        }

        // Ranks [start, end) are the outcomes with target ≤ u ≤ target + band. When there are none, the band moves up to
        // start at the least-good outcome above the target.
        var start = RankSearch.CountAtLeast(sorted, Math.BitIncrement(target + Band), _startHint);
        if (start >= end)
        {
            start = RankSearch.CountAtLeast(sorted, Math.BitIncrement(sorted[end - 1] + Band), start);
        }

        _startHint = start;

        end = (int)Math.Min(end, (long)start + MaxCandidates);
        var best = index.OutcomeAtRank(start);
        var bestValue = _model!.EstimatedUtility(best);
        for (var rank = start + 1; rank < end; rank++)
        {
            var outcome = index.OutcomeAtRank(rank);
            var value = _model.EstimatedUtility(outcome);
            if (value > bestValue)
            {
                best = outcome;
                bestValue = value;
            }
        }

        return best;
    }
}
