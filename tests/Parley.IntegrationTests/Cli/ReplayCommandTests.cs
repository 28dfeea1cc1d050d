using System.Text.Json;
using Parley.IntegrationTests.Support;
using Parley.Scenarios;
using Parley.Scenarios.Json;

namespace Parley.IntegrationTests.Cli;

public sealed class ReplayCommandTests
{
    [Theory]
    [InlineData("Boulware,Conceder")]
    [InlineData("Hardliner,Hardliner", "--rounds", "30")]
    [InlineData("TimeDependent(e=0.5),Linear", "--rounds", "40", "--time", "10m", "--turn-limit", "5s")]
    public void Replay_TraceWrittenByNegotiate_MatchesAndExitsZero(string agents, params string[] options)
    {
        using var folder = new TempDirectory();
        var trace = folder.File("run.jsonl");
        var negotiate = CliRunner.Run(["negotiate", "job-offer", "--agents", agents, "--trace", trace, .. options]);
        Assert.True(negotiate.ExitCode == 0, negotiate.ToString());

        var result = CliRunner.Run("replay", trace);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("OK", result.Output, StringComparison.Ordinal);
        Assert.Contains("actions replayed", result.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void ReplayJson_Clean_SaysItMatchesWithTheSameResultAsNegotiate()
    {
        using var folder = new TempDirectory();
        var trace = folder.File("run.jsonl");
        var negotiate = CliRunner.Run("negotiate", "job-offer", "--agents", "Linear,Conceder", "--trace", trace, "--json");
        Assert.True(negotiate.ExitCode == 0, negotiate.ToString());

        var result = CliRunner.Run("replay", trace, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var original = JsonDocument.Parse(negotiate.Output);
        using var replayed = JsonDocument.Parse(result.Output);
        Assert.True(replayed.RootElement.GetProperty("match").GetBoolean());
        Assert.Equal(JsonValueKind.Null, replayed.RootElement.GetProperty("problem").ValueKind);
        foreach (var name in new[] { "endedBy", "turns", "rounds", "endTime", "utilities" })
        {
            Assert.Equal(original.RootElement.GetProperty(name).GetRawText(), replayed.RootElement.GetProperty(name).GetRawText());
        }
    }

    [Fact]
    public void Replay_ScenarioFromAFile_IsFoundThroughTheTrace()
    {
        using var folder = new TempDirectory();
        var scenario = folder.File("deal.json");
        ParleyScenarioWriter.Write(ScenarioLoader.Load("supplier-contract"), scenario);
        var trace = folder.File("run.jsonl");
        var negotiate = CliRunner.Run("negotiate", scenario, "--agents", "Boulware,Linear", "--trace", trace);
        Assert.True(negotiate.ExitCode == 0, negotiate.ToString());

        var result = CliRunner.Run("replay", trace);

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public void Replay_TamperedAction_ExitsTwoNamingTheLine()
    {
        using var folder = new TempDirectory();
        var trace = folder.File("run.jsonl");
        Assert.Equal(0, CliRunner.Run("negotiate", "job-offer", "--agents", "Boulware,Conceder", "--trace", trace).ExitCode);
        var lines = File.ReadAllLines(trace);
        lines[3] = lines[3].Replace("\"seat\":0,\"party\":\"Employer\"", "\"seat\":1,\"party\":\"Candidate\"", StringComparison.Ordinal);
        File.WriteAllLines(trace, lines);

        var result = CliRunner.Run("replay", trace);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("run.jsonl:4:", result.Error, StringComparison.Ordinal);
        Assert.Contains("NotYourTurn", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReplayJson_ChangedResult_ReportsTheProblemAndExitsTwo()
    {
        using var folder = new TempDirectory();
        var trace = folder.File("run.jsonl");
        Assert.Equal(0, CliRunner.Run("negotiate", "job-offer", "--agents", "Boulware,Conceder", "--trace", trace).ExitCode);
        var lines = File.ReadAllLines(trace);
        lines[^1] = lines[^1].Replace("\"endedBy\":\"agreement\"", "\"endedBy\":\"walkaway\"", StringComparison.Ordinal);
        File.WriteAllLines(trace, lines);

        var result = CliRunner.Run("replay", trace, "--json");

        Assert.Equal(2, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.False(json.RootElement.GetProperty("match").GetBoolean());
        Assert.Equal(lines.Length, json.RootElement.GetProperty("problem").GetProperty("line").GetInt32());
        Assert.Contains($"run.jsonl:{lines.Length}:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_CorruptedTrace_ExitsTwoNamingTheLine()
    {
        using var folder = new TempDirectory();
        var trace = folder.File("run.jsonl");
        Assert.Equal(0, CliRunner.Run("negotiate", "job-offer", "--agents", "Boulware,Conceder", "--trace", trace).ExitCode);
        var lines = File.ReadAllLines(trace);
        lines[5] = lines[5][..20];
        File.WriteAllLines(trace, lines);

        var result = CliRunner.Run("replay", trace);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: run.jsonl:6: not a JSON object", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_AgainstAnotherScenario_ExitsTwoSayingSo()
    {
        using var folder = new TempDirectory();
        var trace = folder.File("run.jsonl");
        Assert.Equal(0, CliRunner.Run("negotiate", "job-offer", "--agents", "Boulware,Conceder", "--trace", trace).ExitCode);

        var result = CliRunner.Run("replay", trace, "--scenario", "supplier-contract");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("run.jsonl:1:", result.Error, StringComparison.Ordinal);
        Assert.Contains("fingerprint", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_MissingFile_ExitsTwoNamingIt()
    {
        var result = CliRunner.Run("replay", "/no/such/trace.jsonl");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("trace.jsonl", result.Error, StringComparison.Ordinal);
    }
}
