// docs/agents.md shows the text between each pair of snippet markers below, verbatim: AgentsDocTests checks that it
// does, and compiling this file checks that the examples build.
#pragma warning disable IDE0005, CA1305
using Parley.Agents;
using Parley.Agents.Acceptance;
using Parley.Agents.Bidding;
using Parley.Agents.Boa;
using Parley.Agents.Catalog;
using Parley.Agents.OpponentModeling;
using Parley.Agents.Tactics;
using Parley.Negotiations;
using Parley.Protocols;
using Parley.Scenarios.BuiltIn;

namespace Parley.IntegrationTests.Docs;

internal static class AgentExamples
{
    public static NegotiationResult Compose()
    {
        // begin-snippet: compose
        var agent = new BoaAgent(
            "CautiousTradeOff",
            Bidders.TradeOff(ConcessionTactics.TimeDependent(exponent: 0.5), band: 0.02),
            AcceptanceConditions.Combi(time: 0.95, CombiThreshold.MaxInWindow),
            OpponentModels.Frequency(learningCoefficient: 0.2));

        var scenario = new PreparedScenario(BuiltInScenarios.Load("job-offer"));
        var runner = new NegotiationRunner(scenario, new NegotiationSettings(Deadline.OfRounds(200), Seed: 1));
        var result = runner.Run([agent, AgentCatalog.Default.Create("Boulware")]);
        Console.WriteLine($"{result.End} after {result.Rounds} rounds: {string.Join(", ", result.Utilities)}");
        // end-snippet
        return result;
    }

    public static NegotiationResult Custom()
    {
        // begin-snippet: custom
        var catalog = new AgentCatalog(AgentCatalog.Default.Agents.Append(new AgentDescription(
            "HalfTime", "offers its best outcome; from t = 0.5 accepts any rational offer", "docs/agents.md example", [],
            _ => new HalfTimeAgent())));
        var mixed = new BoaAgent("LinearShare", Bidders.AtTarget(ConcessionTactics.TimeDependent(1)), new AcceptShareOfBest(0.7));

        var scenario = new PreparedScenario(BuiltInScenarios.Load("job-offer"));
        var result = new NegotiationRunner(scenario, new NegotiationSettings(Deadline.OfRounds(100))).Run([mixed, catalog.Create("HalfTime")]);
        // end-snippet
        return result;
    }
}

// begin-snippet: acceptance
/// <summary>Accepts any offer worth at least <c>share</c> of the agent's best utility.</summary>
internal sealed class AcceptShareOfBest(double share) : IAcceptanceStrategy
{
    private double _threshold;

    public void Start(AgentContext context, IOpponentModel? opponentModel) => _threshold = share * context.Index.Maximum;

    public AcceptanceDecision Decide(NegotiationView view, long nextBid) =>
        view.UtilityOf(view.CurrentOffer) >= _threshold ? AcceptanceDecision.Accept : AcceptanceDecision.Reject;
}
// end-snippet

// begin-snippet: agent
/// <summary>Offers its best outcome; from half time on, accepts any offer worth its reservation value.</summary>
internal sealed class HalfTimeAgent : Agent
{
    public override string Name => "HalfTime";

    public override NegotiationAction Act(NegotiationView view)
    {
        if (view.HasOpponentOffer && view.Time >= 0.5 && view.UtilityOf(view.CurrentOffer) >= view.Context.ReservationValue)
        {
            return NegotiationAction.Accept(view.Seat);
        }

        return NegotiationAction.Offer(view.Seat, view.Context.Index.OutcomeAtRank(0));
    }
}
// end-snippet
