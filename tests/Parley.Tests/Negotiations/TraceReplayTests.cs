using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Parley.Agents.Catalog;
using Parley.Negotiations;
using Parley.Protocols;
using Parley.TestKit.Agents;
using Parley.TestKit.Scenarios;

namespace Parley.Tests.Negotiations;

public sealed class TraceReplayTests
{
    [Theory]
    [InlineData("Boulware,Conceder")]
    [InlineData("Hardliner,Hardliner")]
    [InlineData("TimeDependent(e=0.5),Linear")]
    public void Replay_RecordedTrace_MatchesAndReDerivesTheResult(string agents)
    {
        var recorded = RecordedNegotiation.OfCatalog("job-offer", agents, seed: 3);

        var report = TraceReplay.Replay(recorded.Read(), recorded.Scenario);

        Assert.True(report.IsMatch, report.ToString());
        Assert.Equal(recorded.Result.Trace!.Count, report.ActionsReplayed);
        Assert.Equal(recorded.Result.End, report.Derived!.End);
        Assert.Equal(recorded.Result.AgreementIndex, report.Derived.AgreementIndex);
        Assert.Equal(recorded.Result.Utilities, report.Derived.Utilities);
        Assert.Equal(recorded.Result.DiscountedUtilities, report.Derived.DiscountedUtilities);
    }

    [Fact]
    public void Replay_WalkAwayAndFailure_Match()
    {
        var scenario = new PreparedScenario(TinyScenarios.SplitThePie(10, 0.2, 0.3, discountA: 0.5));
        var settings = new NegotiationSettings(Deadline.OfRounds(5));
        var walk = RecordedNegotiation.Of(scenario, [new ScriptedAgent(ScriptedMove.Offer(9)), new ScriptedAgent(ScriptedMove.Walk())], ["A", "B"], settings);
        var failure = RecordedNegotiation.Of(scenario, [new ScriptedAgent(ScriptedMove.Offer(9)), new ThrowingAgent()], ["A", "Thrower"], settings);
        var illegal = RecordedNegotiation.Of(scenario, [new ScriptedAgent(ScriptedMove.Accept()), new ScriptedAgent()], ["A", "B"], settings);

        foreach (var recorded in new[] { walk, failure, illegal })
        {
            var report = TraceReplay.Replay(recorded.Read(), scenario);
            Assert.True(report.IsMatch, report.ToString());
            Assert.Equal(recorded.Result.End, report.Derived!.End);
            Assert.Equal(recorded.Result.EndedBy, report.Derived.EndedBy);
        }
    }

    [Fact]
    public void Replay_TimeDeadline_Matches()
    {
        var clock = new FakeTimeProvider();
        var scenario = new PreparedScenario(TinyScenarios.SplitThePie(discountB: 0.8));
        var settings = new NegotiationSettings(Deadline.OfTime(TimeSpan.FromSeconds(10)));
        var recorded = RecordedNegotiation.Of(
            scenario, [AgentCatalog.Default.Create("Hardliner"), new SlowAgent(clock, TimeSpan.FromSeconds(2))], ["Hardliner", "Slow"], settings, clock: clock);

        var report = TraceReplay.Replay(recorded.Read(), scenario);

        Assert.Equal(NegotiationEnd.Deadline, recorded.Result.End);
        Assert.True(report.IsMatch, report.ToString());
    }

    [Fact]
    public void Replay_AcceptWithNothingOnTheTable_NamesTheLineAndRule()
    {
        var recorded = RecordedNegotiation.OfCatalog("job-offer", "Boulware,Conceder");
        var lines = Tamper(recorded.Lines, 1, line =>
        {
            line["action"] = "accept";
            line.Remove("outcome");
            line.Remove("outcomeIndex");
        });

        var report = TraceReplay.Replay(RecordedNegotiation.Read(lines), recorded.Scenario);

        Assert.False(report.IsMatch);
        Assert.Equal(2, report.Problem!.LineNumber);
        Assert.Contains("AcceptWithoutOffer", report.Problem.Message, StringComparison.Ordinal);
        Assert.StartsWith("test.jsonl:2: ", report.ToString(), StringComparison.Ordinal);
        Assert.Null(report.Derived);
    }

    [Fact]
    public void Replay_OutOfTurnAction_NamesTheLineAndRule()
    {
        var recorded = RecordedNegotiation.OfCatalog("job-offer", "Boulware,Conceder");
        var lines = Tamper(recorded.Lines, 2, line =>
        {
            line["seat"] = 0;
            line["party"] = "Employer";
        });

        var report = TraceReplay.Replay(RecordedNegotiation.Read(lines), recorded.Scenario);

        Assert.Equal(3, report.Problem!.LineNumber);
        Assert.Contains("NotYourTurn", report.Problem.Message, StringComparison.Ordinal);
        Assert.Equal(1, report.ActionsReplayed);
    }

    [Fact]
    public void Replay_ChangedOutcomeValue_NamesTheLine()
    {
        var recorded = RecordedNegotiation.OfCatalog("job-offer", "Boulware,Conceder");
        var lines = Tamper(recorded.Lines, 3, line => line["outcome"]!["salary"] = (long)line["outcome"]!["salary"]! == 90 ? 89 : 90);

        var report = TraceReplay.Replay(RecordedNegotiation.Read(lines), recorded.Scenario);

        Assert.Equal(4, report.Problem!.LineNumber);
        Assert.Contains("outcome #", report.Problem.Message, StringComparison.Ordinal);
        Assert.Contains("salary=", report.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_ChangedOutcomeIndex_CatchesTheUtilitiesThatNoLongerFit()
    {
        var recorded = RecordedNegotiation.OfCatalog("job-offer", "Boulware,Conceder");
        var lines = Tamper(recorded.Lines, 1, line => line["outcomeIndex"] = (long)line["outcomeIndex"]! == 0 ? 1 : 0);

        var report = TraceReplay.Replay(RecordedNegotiation.Read(lines), recorded.Scenario);

        Assert.Equal(2, report.Problem!.LineNumber);
        Assert.Contains("outcome #", report.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_ChangedUtilityOnALine_NamesThePartyAndLine()
    {
        var recorded = RecordedNegotiation.OfCatalog("job-offer", "Boulware,Conceder");
        var lines = Tamper(recorded.Lines, 2, line => line["utilities"]![1] = 0.123);

        var report = TraceReplay.Replay(RecordedNegotiation.Read(lines), recorded.Scenario);

        Assert.Equal(3, report.Problem!.LineNumber);
        Assert.Contains("Candidate's utility of the offer on the table", report.Problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utilities", "Employer's utility is")]
    [InlineData("discountedUtilities", "Candidate's discounted utility")]
    [InlineData("turns", "\"turns\" is")]
    [InlineData("endedBy", "the actions end the negotiation by agreement")]
    [InlineData("agreement", "the result says none")]
    [InlineData("endTime", "\"endTime\" is")]
    public void Replay_ChangedResult_NamesTheResultLine(string field, string expected)
    {
        var recorded = RecordedNegotiation.OfCatalog("job-offer", "Boulware,Conceder");
        Assert.Equal(NegotiationEnd.Agreement, recorded.Result.End);
        var lines = Tamper(recorded.Lines, recorded.Lines.Length - 1, line =>
        {
            switch (field)
            {
                case "utilities": line["utilities"]![0] = 0.99; break;
                case "discountedUtilities": line["discountedUtilities"]![1] = 0.5; break;
                case "turns": line["turns"] = (long)line["turns"]! + 2; break;
                case "endedBy": line["endedBy"] = "deadline"; break;
                case "agreement": line["agreement"] = null; break;
                case "endTime": line["endTime"] = 0.999; break;
            }
        });

        var report = TraceReplay.Replay(RecordedNegotiation.Read(lines), recorded.Scenario);

        Assert.Equal(lines.Length, report.Problem!.LineNumber);
        Assert.Contains(expected, report.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_MissingActionLine_NamesTheLineWhereTurnsStopAddingUp()
    {
        var recorded = RecordedNegotiation.OfCatalog("job-offer", "Boulware,Conceder");
        var lines = recorded.Lines.Where((_, i) => i != 4).ToArray();

        var report = TraceReplay.Replay(RecordedNegotiation.Read(lines), recorded.Scenario);

        Assert.Equal(5, report.Problem!.LineNumber);
        Assert.Contains("\"turn\" is 4 but 3 actions came before it", report.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_AnotherScenario_IsRefusedOnLineOne()
    {
        var recorded = RecordedNegotiation.Of(new PreparedScenario(TinyScenarios.SplitThePie(10, 0.2, 0.3)), ["Boulware", "Conceder"]);
        var other = new PreparedScenario(TinyScenarios.SplitThePie(10, 0.2, 0.35));

        var report = TraceReplay.Replay(recorded.Read(), other);

        Assert.Equal(1, report.Problem!.LineNumber);
        Assert.Contains("fingerprint", report.Problem.Message, StringComparison.Ordinal);
    }

    private static string[] Tamper(string[] lines, int index, Action<JsonObject> change)
    {
        var copy = (string[])lines.Clone();
        var line = JsonNode.Parse(copy[index])!.AsObject();
        change(line);
        copy[index] = line.ToJsonString();
        return copy;
    }
}
