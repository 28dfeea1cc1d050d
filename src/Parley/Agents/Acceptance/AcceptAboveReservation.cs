using Parley.Agents.Boa;

namespace Parley.Agents.Acceptance;

/// <summary>
/// Accepts any offer worth at least the reservation value (undiscounted): the rule of the random agent, and NegMAS's
/// <c>AcceptAnyRational</c>.
/// </summary>
internal sealed class AcceptAboveReservation : IAcceptanceStrategy
{
    private AgentContext? _context;

    public void Start(AgentContext context, IOpponentModel? opponentModel) => _context = context;

    public AcceptanceDecision Decide(NegotiationView view, long nextBid) =>
        _context!.UtilityOf(view.CurrentOffer) >= _context.ReservationValue ? AcceptanceDecision.Accept : AcceptanceDecision.Reject;
}
