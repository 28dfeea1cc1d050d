using Parley.Agents.Boa;

namespace Parley.Agents.Acceptance;

/// <summary>
/// AC_const(α) of Baarslag, Hindriks and Jonker (2014), "Effective acceptance conditions in multi-issue negotiation":
/// accept the offer x when u(x) ≥ α (undiscounted utility).
/// </summary>
internal sealed class AcceptConstant(double threshold) : IAcceptanceStrategy
{
    private AgentContext? _context;

    public double Threshold { get; } = threshold;

    public void Start(AgentContext context, IOpponentModel? opponentModel) => _context = context;

    public AcceptanceDecision Decide(NegotiationView view, long nextBid) =>
        _context!.UtilityOf(view.CurrentOffer) >= Threshold ? AcceptanceDecision.Accept : AcceptanceDecision.Reject;
}
