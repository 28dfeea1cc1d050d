using System.Text.Json;
using Parley.IntegrationTests.Support;
using Parley.Outcomes;
using Parley.Scenarios;

namespace Parley.IntegrationTests.Cli;

public sealed class NegotiateCommandTests
{
    private static readonly string[] Ends = ["agreement", "walkaway", "deadline", "failure"];

    [Fact]
    public void Negotiate_BuiltIn_PrintsExchangeResultAndMetrics()
    {
        var result = CliRunner.Run("negotiate", "job-offer", "--agents", "Boulware,Conceder");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Exchange", result.Output, StringComparison.Ordinal);
        Assert.Contains("Ended by", result.Output, StringComparison.Ordinal);
        Assert.Contains("Metrics", result.Output, StringComparison.Ordinal);
        Assert.Contains("Employer (Boulware)", result.Output, StringComparison.Ordinal);
        Assert.Contains("Distance to Nash", result.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void Negotiate_LongExchange_SaysHowManyTurnsItShows()
    {
        var result = CliRunner.Run("negotiate", "job-offer", "--agents", "Hardliner,Hardliner", "--rounds", "50");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("of 100 turns shown", result.Output, StringComparison.Ordinal);
        Assert.Contains("turns skipped", result.Output, StringComparison.Ordinal);
        Assert.Contains("deadline", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void NegotiateJson_JobOffer_HasTheDocumentedShape()
    {
        var result = CliRunner.Run("negotiate", "job-offer", "--agents", "Boulware,Conceder", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal("job-offer", root.GetProperty("scenario").GetString());
        Assert.Equal(["Employer", "Candidate"], root.GetProperty("parties").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(["Boulware", "Conceder"], root.GetProperty("agents").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains(root.GetProperty("endedBy").GetString(), Ends);
        Assert.Equal(100, root.GetProperty("deadline").GetProperty("rounds").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("deadline").GetProperty("seconds").ValueKind);
        Assert.Equal(0, root.GetProperty("seed").GetInt32());
        Assert.InRange(root.GetProperty("rounds").GetInt32(), 1, 100);
        Assert.InRange(root.GetProperty("endTime").GetDouble(), 0, 1);
        Assert.False(root.TryGetProperty("failure", out _));

        var metrics = root.GetProperty("metrics");
        foreach (var name in new[] { "utilities", "discountedUtilities", "reservationValues", "advantages", "discountedAdvantages" })
        {
            Assert.Equal(2, metrics.GetProperty(name).GetArrayLength());
        }

        foreach (var name in new[] { "socialWelfare", "discountedSocialWelfare", "paretoDistance", "nashDistance", "kalaiSmorodinskyDistance" })
        {
            Assert.Equal(JsonValueKind.Number, metrics.GetProperty(name).ValueKind);
        }

        Assert.Equal(root.GetProperty("endedBy").GetString() == "agreement", metrics.GetProperty("agreement").GetBoolean());
    }

    [Fact]
    public void NegotiateJson_Agreement_UtilitiesAreTheScenariosUtilitiesOfTheOutcome()
    {
        var result = CliRunner.Run("negotiate", "job-offer", "--agents", "Boulware,Conceder", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal("agreement", root.GetProperty("endedBy").GetString());
        var agreement = root.GetProperty("agreement");

        // Recompute from the scenario itself: the outcome's values → value indices → each party's utility function.
        var scenario = ScenarioLoader.Load("job-offer");
        var values = scenario.Space.Issues.Select(issue => agreement.GetProperty("outcome").GetProperty(issue.Name) is var v && v.ValueKind == JsonValueKind.String
            ? IssueValue.Of(v.GetString()!)
            : IssueValue.Of(v.GetInt64())).ToArray();
        var outcome = scenario.Space.CreateOutcome(values);
        var expected = scenario.Parties.Select(p => p.Utility.Utility(outcome.ValueIndices)).ToArray();
        var endTime = root.GetProperty("endTime").GetDouble();

        Assert.Equal(expected, agreement.GetProperty("utilities").EnumerateArray().Select(u => u.GetDouble()));
        Assert.Equal(expected, root.GetProperty("utilities").EnumerateArray().Select(u => u.GetDouble()));
        Assert.Equal(scenario.Space.IndexOf(outcome.ValueIndices), agreement.GetProperty("outcomeIndex").GetInt64());
        Assert.Equal(
            scenario.Parties.Select((p, j) => p.Discount.Apply(expected[j], endTime)),
            root.GetProperty("metrics").GetProperty("discountedUtilities").EnumerateArray().Select(u => u.GetDouble()));
        Assert.Equal(expected.Sum(), root.GetProperty("metrics").GetProperty("socialWelfare").GetDouble(), 12);
    }

    [Fact]
    public void NegotiateJson_TimeAndTurnLimits_AreReported()
    {
        var result = CliRunner.Run("negotiate", "job-offer", "--agents", "TimeDependent(e=0.5),Linear", "--rounds", "20", "--time", "1m", "--turn-limit", "2s", "--seed", "9", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal(["TimeDependent(e=0.5)", "Linear"], root.GetProperty("agents").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(20, root.GetProperty("deadline").GetProperty("rounds").GetInt32());
        Assert.Equal(60, root.GetProperty("deadline").GetProperty("seconds").GetDouble());
        Assert.Equal(2, root.GetProperty("turnTimeLimitSeconds").GetDouble());
        Assert.Equal(9, root.GetProperty("seed").GetInt32());
    }

    [Fact]
    public void NegotiateTrace_SameSeedTwice_WritesByteIdenticalFiles()
    {
        using var folder = new TempDirectory();
        var first = CliRunner.Run("negotiate", "job-offer", "--agents", "Boulware,Conceder", "--seed", "4", "--trace", folder.File("a.jsonl"), "--json");
        var second = CliRunner.Run("negotiate", "job-offer", "--agents", "Boulware,Conceder", "--seed", "4", "--trace", folder.File("b.jsonl"), "--json");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(File.ReadAllBytes(folder.File("a.jsonl")), File.ReadAllBytes(folder.File("b.jsonl")));
        Assert.Equal(first.Output, second.Output);
    }

    [Theory]
    [InlineData("job-offer", "Boulware,Conceder", ".png")]
    [InlineData("job-offer", "Boulware,Conceder", ".svg")]
    [InlineData("city-budget", "Boulware,Conceder,Linear", ".png")]
    public void NegotiatePlot_WritesAnImage(string scenario, string agents, string extension)
    {
        using var folder = new TempDirectory();
        var path = folder.File("negotiation" + extension);

        var result = CliRunner.Run("negotiate", scenario, "--agents", agents, "--plot", path);

        Assert.True(result.ExitCode == 0, result.ToString());
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 20_000, $"{path} has only {bytes.Length} bytes");
        if (extension == ".png")
        {
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        }
        else
        {
            var svg = File.ReadAllText(path);
            Assert.Contains("<svg", svg, StringComparison.Ordinal);
            Assert.Contains("Nash", svg, StringComparison.Ordinal);
            Assert.Contains("over time", svg, StringComparison.Ordinal);
            Assert.DoesNotContain("<rect width=", svg, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("--agents:", "--agents", "Boulware")]
    [InlineData("3 agents were given", "--agents", "Boulware,Conceder,Linear")]
    [InlineData("Unknown agent 'Nobody'", "--agents", "Boulware,Nobody")]
    [InlineData("has no parameter 'x'", "--agents", "Boulware,TimeDependent(x=1)")]
    [InlineData("--rounds must be at least 1", "--agents", "Boulware,Conceder", "--rounds", "0")]
    [InlineData("--time nonsense", "--agents", "Boulware,Conceder", "--time", "nonsense")]
    [InlineData("--turn-limit -1s", "--agents", "Boulware,Conceder", "--turn-limit", "-1s")]
    [InlineData("--plot deal.txt", "--agents", "Boulware,Conceder", "--plot", "deal.txt")]
    [InlineData("'--agents' is required", "--rounds", "5")]
    public void Negotiate_BadInput_ExitsTwoWithAMessage(string expected, params string[] options)
    {
        var result = CliRunner.Run(["negotiate", "job-offer", .. options]);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error:", result.Error, StringComparison.Ordinal);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void Negotiate_NoSuchScenario_ExitsTwoNamingIt()
    {
        var result = CliRunner.Run("negotiate", "no-such-scenario", "--agents", "Boulware,Conceder");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'no-such-scenario'", result.Error, StringComparison.Ordinal);
    }
}
