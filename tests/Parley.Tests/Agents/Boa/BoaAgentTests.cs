using Parley.Agents;
using Parley.Agents.Acceptance;
using Parley.Agents.Bidding;
using Parley.Agents.Boa;
using Parley.Agents.Tactics;
using Parley.Protocols;
using Parley.TestKit.Agents;
using Parley.TestKit.Scenarios;

namespace Parley.Tests.Agents.Boa;

public sealed class BoaAgentTests
{
    /// <summary>Records the calls it gets, in order, into a shared log.</summary>
    private sealed class Recorder(List<string> log, string name, AcceptanceDecision decision = AcceptanceDecision.Reject, long bid = 7)
        : IBiddingStrategy, IAcceptanceStrategy, IOpponentModel
    {
        public int Starts { get; private set; }

        public void Start(AgentContext context, IOpponentModel? opponentModel)
        {
            Starts++;
            log.Add($"{name}.Start(model: {opponentModel is not null})");
        }

        public void Start(AgentContext context)
        {
            Starts++;
            log.Add($"{name}.Start");
        }

        public void Observe(NegotiationAction action, NegotiationView view) => log.Add($"{name}.Observe({action.Actor}:{action.Kind})");

        public long NextBid(NegotiationView view)
        {
            log.Add($"{name}.NextBid");
            return bid;
        }

        public AcceptanceDecision Decide(NegotiationView view, long nextBid)
        {
            log.Add($"{name}.Decide({view.CurrentOffer}, next {nextBid})");
            return decision;
        }

        public void Update(long outcome, NegotiationView view) => log.Add($"{name}.Update({outcome})");

        public double EstimatedUtility(long outcome) => 0;
    }

    [Fact]
    public void Run_Components_AreCalledInBoaOrder()
    {
        var log = new List<string>();
        var agent = new BoaAgent("Rec", new Recorder(log, "bid"), new Recorder(log, "acc"), new Recorder(log, "model"));

        Negotiate.Run(TinyScenarios.SplitThePie(), agent, new ScriptedAgent(ScriptedMove.Offer(3), ScriptedMove.Accept()), rounds: 5);

        Assert.Equal(
            [
                "model.Start", "bid.Start(model: True)", "acc.Start(model: True)",
                "bid.NextBid",                                   // no offer on the table yet: no acceptance decision
                "bid.Observe(0:Offer)", "acc.Observe(0:Offer)",  // the model learns only from others' offers
                "model.Update(3)", "bid.Observe(1:Offer)", "acc.Observe(1:Offer)",
                "bid.NextBid", "acc.Decide(3, next 7)",          // next bid first, then the decision about it
                "bid.Observe(0:Offer)", "acc.Observe(0:Offer)",
                "bid.Observe(1:Accept)", "acc.Observe(1:Accept)",
            ],
            log);
    }

    [Theory]
    [InlineData(AcceptanceDecision.Accept, NegotiationEnd.Agreement)]
    [InlineData(AcceptanceDecision.EndNegotiation, NegotiationEnd.WalkAway)]
    public void Run_AcceptanceDecision_BecomesTheAction(AcceptanceDecision decision, NegotiationEnd end)
    {
        var log = new List<string>();
        var agent = new BoaAgent("Rec", new Recorder(log, "bid"), new Recorder(log, "acc", decision));

        var result = Negotiate.Run(TinyScenarios.SplitThePie(), new ScriptedAgent(ScriptedMove.Offer(3)), agent, rounds: 5);

        Assert.Equal(end, result.End);
        Assert.Equal(2, result.Turns);
    }

    [Fact]
    public void Start_OneComponentInBothRoles_IsStartedAndToldOnce()
    {
        var log = new List<string>();
        var both = new Recorder(log, "both");
        var agent = new BoaAgent("Rec", both, both);

        Negotiate.Run(TinyScenarios.SplitThePie(), agent, new ScriptedAgent(ScriptedMove.Accept()), rounds: 5);

        Assert.Equal(1, both.Starts);
        Assert.Equal(["both.Start(model: False)", "both.NextBid", "both.Observe(0:Offer)", "both.Observe(1:Accept)"], log);
    }

    [Fact]
    public void Run_ComposedFromStandardParts_BehavesAsItsParts()
    {
        // Hardliner bidding with AC_const(0.6): offers 10 every turn and takes the first offer worth at least 0.6.
        var agent = new BoaAgent("Mixed", Bidders.AtTarget(ConcessionTactics.TimeDependent(0)), AcceptanceConditions.Constant(0.6));
        var opponent = new ScriptedAgent(ScriptedMove.Offer(3), ScriptedMove.Offer(5), ScriptedMove.Offer(6));

        var result = Negotiate.Run(TinyScenarios.SplitThePie(), agent, opponent, rounds: 5);

        Assert.Equal([10, 10, 10], Negotiate.OffersBy(result, 0).Select(o => o.Outcome));
        Assert.Equal(6, result.AgreementIndex);
    }

    [Fact]
    public void Start_ReusedForANewNegotiation_StartsFresh()
    {
        var agent = StandardAgents.TradeOff();
        var scenario = TinyScenarios.PriceAndColour();

        var first = Negotiate.Actions(Negotiate.Run(scenario, agent, StandardAgents.Random(), rounds: 30, seed: 3));
        var again = Negotiate.Actions(Negotiate.Run(scenario, agent, StandardAgents.Random(), rounds: 30, seed: 3));

        Assert.Equal(first, again);
    }

    [Fact]
    public void Constructor_MissingParts_Throw()
    {
        var bidding = Bidders.Random();
        Assert.Throws<ArgumentNullException>(() => new BoaAgent("x", null!, AcceptanceConditions.Next()));
        Assert.Throws<ArgumentNullException>(() => new BoaAgent("x", bidding, null!));
        Assert.Throws<ArgumentException>(() => new BoaAgent(" ", bidding, AcceptanceConditions.Next()));
    }
}
