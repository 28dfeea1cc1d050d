using Parley.Agents.Boa;

namespace Parley.Agents.Acceptance;

/// <summary>
/// AC_time(T) of Baarslag, Hindriks and Jonker (2014), "Effective acceptance conditions in multi-issue negotiation":
/// accept any offer once the normalised time t ≥ T.
/// </summary>
internal sealed class AcceptTime(double time) : IAcceptanceStrategy
{
    public double Time { get; } = time;

    public void Start(AgentContext context, IOpponentModel? opponentModel)
    {
    }

    public AcceptanceDecision Decide(NegotiationView view, long nextBid) =>
        view.Time >= Time ? AcceptanceDecision.Accept : AcceptanceDecision.Reject;
}
