using Parley.Agents.Boa;

namespace Parley.Agents.Acceptance;

/// <summary>
/// AC_next(α, β) of Baarslag, Hindriks and Jonker (2014), "Effective acceptance conditions in multi-issue negotiation":
/// accept the offer x when α·u(x) + β ≥ u(x′), x′ being the bid the agent would make instead. Utilities are
/// undiscounted, as in GENIUS's BOA framework.
/// </summary>
internal sealed class AcceptNext(double alpha, double beta) : IAcceptanceStrategy
{
    private AgentContext? _context;

    public double Alpha { get; } = alpha;

    public double Beta { get; } = beta;

    public void Start(AgentContext context, IOpponentModel? opponentModel) => _context = context;

    public AcceptanceDecision Decide(NegotiationView view, long nextBid) =>
        (Alpha * _context!.UtilityOf(view.CurrentOffer)) + Beta >= _context.UtilityOf(nextBid)
            ? AcceptanceDecision.Accept
            : AcceptanceDecision.Reject;
}
