using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Parley.Agents.Catalog;
using Parley.Negotiations;
using Parley.Protocols;
using Parley.TestKit.Agents;
using Parley.TestKit.Scenarios;

namespace Parley.Tests.Negotiations;

public sealed class TraceJsonLinesTests
{
    [Fact]
    public void Read_WrittenTrace_GivesBackTheSameEntriesHeaderAndResult()
    {
        var recorded = RecordedNegotiation.OfCatalog("job-offer", "Boulware,Conceder", seed: 11);
        var result = recorded.Result;

        var trace = recorded.Read();

        Assert.Equal(result.Trace!.Entries.ToArray(), trace.ToTrace().Entries.ToArray());
        Assert.Equal(result.Trace.Count + 2, recorded.Lines.Length);
        Assert.Equal(Enumerable.Range(2, result.Trace.Count), trace.Actions.Select(a => a.LineNumber));
        Assert.Equal("job-offer", trace.Header.ScenarioName);
        Assert.Equal(ScenarioFingerprint.Compute(recorded.Scenario), trace.Header.ScenarioFingerprint);
        Assert.Equal(["job-offer"], trace.Header.ScenarioInputs);
        Assert.Equal(["Employer", "Candidate"], trace.Header.Parties);
        Assert.Equal(["Boulware", "Conceder"], trace.Header.Agents);
        Assert.Equal(100, trace.Header.Settings.Deadline.Rounds);
        Assert.Null(trace.Header.Settings.Deadline.Time);
        Assert.Equal(11, trace.Header.Settings.Seed);

        // Every number reads back bit for bit (the candidate discounts, so these are not round numbers).
        Assert.Equal(result.End, trace.Result.End);
        Assert.Equal(result.AgreementIndex, trace.Result.AgreementIndex);
        Assert.Equal(result.Turns, trace.Result.Turns);
        Assert.Equal(result.Rounds, trace.Result.Rounds);
        Assert.Equal(Bits(result.EndTime), Bits(trace.Result.EndTime));
        Assert.Equal(result.Utilities.Select(Bits), trace.Result.Utilities.Select(Bits));
        Assert.Equal(result.DiscountedUtilities.Select(Bits), trace.Result.DiscountedUtilities.Select(Bits));
        Assert.Equal(trace.Header.Parties.Length, trace.Result.Utilities.Length);
    }

    [Fact]
    public void Write_Offer_RecordsOutcomeByIssueIndexAndUtilitiesOfTheTable()
    {
        var recorded = RecordedNegotiation.OfCatalog("job-offer", "Boulware,Conceder");
        var first = recorded.Result.Trace![0];

        using var line = JsonDocument.Parse(recorded.Lines[1]);
        var root = line.RootElement;

        Assert.Equal("action", root.GetProperty("type").GetString());
        Assert.Equal("offer", root.GetProperty("action").GetString());
        Assert.Equal(0, root.GetProperty("seat").GetInt32());
        Assert.Equal("Employer", root.GetProperty("party").GetString());
        Assert.Equal(first.Outcome, root.GetProperty("outcomeIndex").GetInt64());
        var outcome = recorded.Scenario.Scenario.Space.Describe(recorded.Scenario.Scenario.Space.OutcomeAt(first.Outcome).ValueIndices);
        Assert.Equal(outcome.Select(p => p.Key), root.GetProperty("outcome").EnumerateObject().Select(p => p.Name));
        Assert.Equal(outcome[0].Value.Integer, root.GetProperty("outcome").GetProperty("salary").GetInt64());
        Assert.Equal(
            recorded.Scenario.Indexes.Select(i => i.UtilityOf(first.Outcome)),
            root.GetProperty("utilities").EnumerateArray().Select(u => u.GetDouble()));
    }

    [Fact]
    public void Write_SameSeed_GivesByteIdenticalTraces()
    {
        var first = RecordedNegotiation.OfCatalog("job-offer", "Boulware,Conceder", seed: 5);
        var second = RecordedNegotiation.OfCatalog("job-offer", "Boulware,Conceder", seed: 5);

        Assert.Equal(first.Bytes, second.Bytes);
        Assert.EndsWith("\n", first.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", first.Text, StringComparison.Ordinal);
    }

    public static TheoryData<string> CatalogAgents() => [.. AgentCatalog.Default.Agents.Select(a => a.Name)];

    [Theory]
    [MemberData(nameof(CatalogAgents))]
    public void Write_EveryCatalogAgentWithTheSameSeed_GivesByteIdenticalTraces(string agent)
    {
        // Whatever randomness an agent uses comes from its seeded context, so two runs write the same bytes.
        var first = RecordedNegotiation.OfCatalog("job-offer", $"{agent},Linear", seed: 42);
        var second = RecordedNegotiation.OfCatalog("job-offer", $"{agent},Linear", seed: 42);
        var swapped = RecordedNegotiation.OfCatalog("job-offer", $"Linear,{agent}", seed: 42);
        var swappedAgain = RecordedNegotiation.OfCatalog("job-offer", $"Linear,{agent}", seed: 42);

        Assert.Equal(first.Bytes, second.Bytes);
        Assert.Equal(swapped.Bytes, swappedAgain.Bytes);
    }

    [Fact]
    public void Write_Failure_RecordsRuleSeatAndMessage()
    {
        var scenario = new Parley.Negotiations.PreparedScenario(TinyScenarios.SplitThePie());
        var recorded = RecordedNegotiation.Of(
            scenario, [new ScriptedAgent(ScriptedMove.Offer(3)), new ThrowingAgent()], ["Scripted", "Thrower"], new NegotiationSettings(Deadline.OfRounds(5)));

        var trace = recorded.Read();

        Assert.Equal(NegotiationEnd.Failure, trace.Result.End);
        Assert.Equal(1, trace.Result.EndedBy);
        Assert.Equal(ProtocolRule.AgentException, trace.Result.Violation!.Rule);
        Assert.Equal(recorded.Result.Violation!.Message, trace.Result.Violation.Message);
        Assert.Contains("\"rule\":\"agentException\"", recorded.Lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TimeDeadlineAndTurnLimit_ReadBackExactly()
    {
        var clock = new FakeTimeProvider();
        var scenario = new Parley.Negotiations.PreparedScenario(TinyScenarios.SplitThePie());
        var settings = new NegotiationSettings(new Deadline(50, TimeSpan.FromMilliseconds(2500.5)), 3, TimeSpan.FromMilliseconds(1700));
        var recorded = RecordedNegotiation.Of(
            scenario, [AgentCatalog.Default.Create("Hardliner"), new SlowAgent(clock, TimeSpan.FromMilliseconds(700))], ["Hardliner", "Slow"], settings, clock: clock);

        var header = recorded.Read().Header;

        Assert.Equal(settings.Deadline, header.Settings.Deadline);
        Assert.Equal(settings.TurnTimeLimit, header.Settings.TurnTimeLimit);
        Assert.Equal(3, header.Settings.Seed);
    }

    [Theory]
    [InlineData(0, "not a JSON object")]
    [InlineData(2, "unknown line type")]
    [InlineData(3, "\"turn\" must be an integer")]
    [InlineData(4, "\"action\" is \"haggle\"")]
    [InlineData(5, "blank line")]
    [InlineData(6, "field \"utilities\" is missing")]
    public void Read_BrokenLine_FailsNamingTheLine(int breakage, string expected)
    {
        var lines = RecordedNegotiation.OfCatalog("job-offer", "Boulware,Conceder").Lines;
        var broken = (string[])lines.Clone();
        switch (breakage)
        {
            case 0: broken[2] = "{ not json"; break;
            case 2: broken[2] = """{"type":"gossip"}"""; break;
            case 3: broken[2] = broken[2].Replace("\"turn\":1,", "\"turn\":\"one\",", StringComparison.Ordinal); break;
            case 4: broken[2] = broken[2].Replace("\"action\":\"offer\"", "\"action\":\"haggle\"", StringComparison.Ordinal); break;
            case 5: broken[2] = string.Empty; break;
            case 6: broken[2] = broken[2][..broken[2].IndexOf(",\"utilities\"", StringComparison.Ordinal)] + "}"; break;
        }

        var exception = Assert.Throws<TraceFormatException>(() => RecordedNegotiation.Read(broken));

        Assert.Equal(3, exception.LineNumber);
        Assert.StartsWith("test.jsonl:3: ", exception.Message, StringComparison.Ordinal);
        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CutShort_SaysTheResultLineIsMissing()
    {
        var lines = RecordedNegotiation.OfCatalog("job-offer", "Boulware,Conceder").Lines;

        var exception = Assert.Throws<TraceFormatException>(() => RecordedNegotiation.Read(lines[..^1]));

        Assert.Contains("without a result line", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ActionBeforeHeader_FailsOnLineOne()
    {
        var lines = RecordedNegotiation.OfCatalog("job-offer", "Boulware,Conceder").Lines;

        var exception = Assert.Throws<TraceFormatException>(() => RecordedNegotiation.Read(lines[1..]));

        Assert.Equal(1, exception.LineNumber);
        Assert.Contains("must be the header", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NewerVersion_SaysItIsNotSupported()
    {
        var lines = RecordedNegotiation.OfCatalog("job-offer", "Boulware,Conceder").Lines;
        lines[0] = lines[0].Replace("\"version\":1", "\"version\":9", StringComparison.Ordinal);

        var exception = Assert.Throws<TraceFormatException>(() => RecordedNegotiation.Read(lines));

        Assert.Contains("version 9 is not supported", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Empty_SaysTheHeaderIsMissing() =>
        Assert.Contains("empty", Assert.Throws<TraceFormatException>(() => RecordedNegotiation.Read(string.Empty)).Message, StringComparison.Ordinal);

    private static long Bits(double x) => BitConverter.DoubleToInt64Bits(x);
}
