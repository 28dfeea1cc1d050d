using Microsoft.Extensions.Time.Testing;
using Parley.Agents;
using Parley.Agents.Catalog;
using Parley.Negotiations;
using Parley.Protocols;
using Parley.TestKit.Agents;
using Parley.TestKit.Scenarios;

namespace Parley.Tests.Negotiations;

public sealed class NegotiationRunnerTests
{
    private static NegotiationResult Run(Agent a, Agent b, int rounds = 10, double reservationA = 0.2, double reservationB = 0.3)
    {
        var scenario = new PreparedScenario(TinyScenarios.SplitThePie(10, reservationA, reservationB, discountA: 0.5));
        return new NegotiationRunner(scenario, new NegotiationSettings(Deadline.OfRounds(rounds))).Run([a, b]);
    }

    [Fact]
    public void Run_OfferThenAccept_AgreesWithUtilitiesOfTheOutcome()
    {
        var result = Run(new ScriptedAgent(ScriptedMove.Offer(7)), new ScriptedAgent(ScriptedMove.Accept()));

        Assert.Equal(NegotiationEnd.Agreement, result.End);
        Assert.Equal(7, result.AgreementIndex);
        Assert.Equal(0.7, result.Utilities[0], 12);
        Assert.Equal(0.3, result.Utilities[1], 12);
        Assert.Equal(2, result.Turns);
        Assert.Equal(1, result.Rounds);

        // t at the end = 2 turns of 20 → 0.1; A discounts with d = 0.5: 0.7·0.5^0.1.
        Assert.Equal(0.1, result.EndTime, 12);
        Assert.Equal(0.7 * Math.Pow(0.5, 0.1), result.DiscountedUtilities[0], 12);
        Assert.Equal(0.3, result.DiscountedUtilities[1], 12);
    }

    [Fact]
    public void Run_AgentThrows_FailsNamingAgentAndRuleAndPaysReservationValues()
    {
        var result = Run(new ScriptedAgent(ScriptedMove.Offer(7)), new ThrowingAgent());

        Assert.Equal(NegotiationEnd.Failure, result.End);
        Assert.Equal(1, result.EndedBy);
        Assert.Equal(ProtocolRule.AgentException, result.Violation!.Rule);
        Assert.Contains("Thrower", result.Violation.Message, StringComparison.Ordinal);
        Assert.Contains("boom", result.Violation.Message, StringComparison.Ordinal);
        Assert.Equal([0.2, 0.3], result.Utilities);
    }

    [Theory]
    [InlineData(ActionKind.Accept, -1, ProtocolRule.AcceptWithoutOffer)]
    [InlineData(ActionKind.Offer, 11, ProtocolRule.OfferOutsideOutcomeSpace)]
    [InlineData(ActionKind.Offer, -5, ProtocolRule.OfferOutsideOutcomeSpace)]
    public void Run_IllegalFirstMove_FailsWithTheRule(ActionKind kind, long outcome, ProtocolRule rule)
    {
        var result = Run(new ScriptedAgent(new ScriptedMove(kind, outcome)), new ScriptedAgent());

        Assert.Equal(NegotiationEnd.Failure, result.End);
        Assert.Equal(0, result.EndedBy);
        Assert.Equal(rule, result.Violation!.Rule);
        Assert.Contains("Scripted", result.Violation.Message, StringComparison.Ordinal);
        Assert.Equal(0, result.Turns);
    }

    [Fact]
    public void Run_ActingAsAnotherSeat_FailsNotYourTurn()
    {
        var result = Run(new ScriptedAgent(new ScriptedMove(ActionKind.Offer, 3, Seat: 1)), new ScriptedAgent());

        Assert.Equal(ProtocolRule.NotYourTurn, result.Violation!.Rule);
    }

    [Fact]
    public void Run_WalkAway_EndsWithTheWalker()
    {
        var result = Run(new ScriptedAgent(ScriptedMove.Offer(9)), new ScriptedAgent(ScriptedMove.Walk()));

        Assert.Equal(NegotiationEnd.WalkAway, result.End);
        Assert.Equal(1, result.EndedBy);
        Assert.False(result.IsAgreement);
    }

    [Fact]
    public void Run_NobodyGives_EndsAtTheRoundDeadline()
    {
        var result = Run(AgentCatalog.Default.Create("Hardliner"), AgentCatalog.Default.Create("Hardliner"), rounds: 7);

        Assert.Equal(NegotiationEnd.Deadline, result.End);
        Assert.Equal(14, result.Turns);
        Assert.Equal(1.0, result.EndTime);
        Assert.Equal(0.2 * 0.5, result.DiscountedUtilities[0], 12);
    }

    [Fact]
    public void Run_TurnOverTheLimit_FailsTheSlowAgent()
    {
        var clock = new FakeTimeProvider();
        var scenario = new PreparedScenario(TinyScenarios.SplitThePie());
        var settings = new NegotiationSettings(Deadline.OfRounds(10), TurnTimeLimit: TimeSpan.FromSeconds(1));

        var result = new NegotiationRunner(scenario, settings, clock)
            .Run([new ScriptedAgent(ScriptedMove.Offer(3)), new SlowAgent(clock, TimeSpan.FromSeconds(2))]);

        Assert.Equal(NegotiationEnd.Failure, result.End);
        Assert.Equal(ProtocolRule.TurnTimeLimitExceeded, result.Violation!.Rule);
        Assert.Equal(1, result.EndedBy);
        Assert.Contains("Slow", result.Violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_TimeDeadline_ReadsTheGivenClock()
    {
        var clock = new FakeTimeProvider();
        var scenario = new PreparedScenario(TinyScenarios.SplitThePie());
        var settings = new NegotiationSettings(Deadline.OfTime(TimeSpan.FromSeconds(10)));
        var watcher = new ScriptedAgent([.. Enumerable.Repeat(ScriptedMove.Offer(9), 100)]);

        // Each of the slow agent's turns takes 2 s: it acts at 0 s, 2 s, 4 s, 6 s, 8 s; at 10 s time is up.
        var result = new NegotiationRunner(scenario, settings, clock).Run([watcher, new SlowAgent(clock, TimeSpan.FromSeconds(2))]);

        Assert.Equal(NegotiationEnd.Deadline, result.End);
        Assert.Equal(10, result.Turns);
        Assert.Equal([0.0, 0.2, 0.4, 0.6, 0.8], watcher.SeenTimes.Select(t => Math.Round(t, 12)));
        Assert.Equal(1.0, result.EndTime);
    }

    [Fact]
    public async Task RunAsync_PersonLikeAgent_WaitsForTheAnswer()
    {
        var scenario = new PreparedScenario(TinyScenarios.SplitThePie());
        var person = new PendingAgent();
        var runner = new NegotiationRunner(scenario, new NegotiationSettings(Deadline.OfRounds(5)));

        var running = runner.RunAsync([new ScriptedAgent(ScriptedMove.Offer(4)), person]);
        while (!person.IsWaiting)
        {
            await Task.Yield();
        }

        person.Answer(NegotiationAction.Accept(1));
        var result = await running;

        Assert.Equal(4, result.AgreementIndex);
    }

    [Fact]
    public void Run_AsynchronousAgentSynchronously_SaysToUseRunAsync()
    {
        var scenario = new PreparedScenario(TinyScenarios.SplitThePie());
        var runner = new NegotiationRunner(scenario, new NegotiationSettings(Deadline.OfRounds(5)));

        var error = Assert.Throws<ArgumentException>(() => runner.Run([new ScriptedAgent(), new PendingAgent()]));
        Assert.Contains("RunAsync", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_EveryAgentObservesEveryActionInOrder()
    {
        var a = new ScriptedAgent(ScriptedMove.Offer(2), ScriptedMove.Offer(5));
        var b = new ScriptedAgent(ScriptedMove.Offer(8), ScriptedMove.Accept());

        var result = Run(a, b);

        NegotiationAction[] expected = [NegotiationAction.Offer(0, 2), NegotiationAction.Offer(1, 8), NegotiationAction.Offer(0, 5), NegotiationAction.Accept(1)];
        Assert.Equal(expected, a.Observed);
        Assert.Equal(expected, b.Observed);
        Assert.Equal(expected, result.Trace!.Entries.ToArray().Select(e => e.Action));
    }

    [Fact]
    public void Run_WrongNumberOfAgents_Throws() =>
        Assert.Throws<ArgumentException>(() => new NegotiationRunner(
            new PreparedScenario(TinyScenarios.SplitThePie()), new NegotiationSettings(Deadline.OfRounds(3))).Run([new ScriptedAgent()]));

    [Fact]
    public void Run_LongNegotiation_AllocatesNothingPerTurn()
    {
        var scenario = new PreparedScenario(TinyScenarios.SplitThePie(1000));
        Agent[] agents = [AgentCatalog.Default.Create("Hardliner"), AgentCatalog.Default.Create("Hardliner")];
        long Allocated(int rounds)
        {
            var runner = new NegotiationRunner(scenario, new NegotiationSettings(Deadline.OfRounds(rounds), RecordTrace: false));
            runner.Run(agents);
            var before = GC.GetAllocatedBytesForCurrentThread();
            runner.Run(agents);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        var short_ = Allocated(10);
        var long_ = Allocated(10_000);

        // 19,980 more turns; only the history array (16 bytes per action, grown by doubling) may grow with them.
        Assert.True(long_ - short_ < 20_000 * 16 * 2 + 4096, $"10 rounds: {short_} bytes, 10,000 rounds: {long_} bytes");
    }
}
