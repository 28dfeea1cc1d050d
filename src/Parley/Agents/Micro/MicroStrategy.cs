using Parley.Agents.Boa;
using Parley.Protocols;

namespace Parley.Agents.Micro;

/// <summary>
/// MiCRO (de Jonge 2022, "An analysis of the linear bilateral ANAC domains using the MiCRO benchmark strategy", IJCAI),
/// as NegMAS's <c>MiCRONegotiator</c> implements it; the bidding and acceptance strategy in one component.
/// <para>
/// Let ω₀, ω₁, … be the outcomes worth at least the reservation value, best first (the pre-sorted index), m the number
/// of distinct offers MiCRO has made (always ω₀ … ω_(m−1)) and n the number of distinct offers it has received.
/// </para>
/// <list type="bullet">
/// <item><description>Bidding: when n ≥ m ("ready to concede") and ω_m exists, offer ω_m, conceding one outcome;
/// otherwise repeat one of ω₀ … ω_(m−1), drawn uniformly with the agent's seeded random source (ω₀ if there is none,
/// which only happens when no outcome is worth the reservation value).</description></item>
/// <item><description>Acceptance: accept the offer x when u(x) ≥ max(rv, u(ω_m)) if ready to concede (its next
/// proposal), else u(x) ≥ max(rv, u(ω_(m−1))) (its lowest proposal so far), rv being the reservation value; an
/// ω that does not exist counts as rv.</description></item>
/// </list>
/// <para>
/// With more than two parties, the offers of every other party are pooled. m grows when the agent observes its own
/// offer of ω_m. The received offers are kept in a hash set owned by the component and cleared, not reallocated,
/// between negotiations; a turn is O(1).
/// </para>
/// </summary>
internal sealed class MicroStrategy : IBiddingStrategy, IAcceptanceStrategy
{
    private readonly HashSet<long> _received = [];
    private AgentContext? _context;
    private int _rational;

    /// <summary>m: the number of distinct offers made.</summary>
    public int Proposed { get; private set; }

    /// <summary>n: the number of distinct offers received.</summary>
    public int Received => _received.Count;

    /// <summary>Whether the opponent has made at least as many distinct offers as MiCRO.</summary>
    public bool ReadyToConcede => Proposed <= _received.Count;

    public void Start(AgentContext context, IOpponentModel? opponentModel)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        _received.Clear();
        Proposed = 0;
        _rational = context.Index.CountAtLeast(context.ReservationValue);
    }

    public void Observe(NegotiationAction action, NegotiationView view)
    {
        if (action.Kind != ActionKind.Offer)
        {
            return;
        }

        if (action.Actor != view.Seat)
        {
            _received.Add(action.Outcome);
        }
        else if (Proposed < _rational && action.Outcome == _context!.Index.OutcomeAtRank(Proposed))
        {
            Proposed++;
        }
    }

    public long NextBid(NegotiationView view)
    {
        var index = _context!.Index;
        if (ReadyToConcede && Proposed < _rational)
        {
            return index.OutcomeAtRank(Proposed);
        }

        return index.OutcomeAtRank(Proposed == 0 ? 0 : _context.Random.Next(Proposed));
    }

    public AcceptanceDecision Decide(NegotiationView view, long nextBid)
    {
        var index = _context!.Index;
        var rank = ReadyToConcede ? Proposed : Proposed - 1;
        var threshold = _context.ReservationValue;
        if (rank >= 0 && rank < _rational)
        {
            threshold = Math.Max(threshold, index.DescendingUtilities[rank]);
        }

        return index.UtilityOf(view.CurrentOffer) >= threshold ? AcceptanceDecision.Accept : AcceptanceDecision.Reject;
    }
}
