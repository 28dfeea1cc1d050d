using System.Text.Json;
using Parley.IntegrationTests.Support;

namespace Parley.IntegrationTests.Talks;

/// <summary><c>parley talks backtest</c> and <c>parley talks sensitivity</c> on the SMA case.</summary>
public sealed class TalksCaseCommandTests
{
    [Fact]
    public void BacktestJson_HasTheRowsTheDealAndTheActualRecord()
    {
        var result = CliRunner.Run("talks", "backtest", "sma-2019", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal("sma-2019", root.GetProperty("talks").GetString());
        var rows = root.GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal(15, rows.Length);
        Assert.All(rows, r => Assert.Contains(r.GetProperty("match").GetString(), new[] { "yes", "close", "no" }));
        Assert.Equal("Deal before the change of U.S. administration (20 Jan 2021)", rows[2].GetProperty("item").GetString());
        Assert.Equal(6, root.GetProperty("actual").GetProperty("amounts").GetArrayLength());
        Assert.Equal(JsonValueKind.Object, root.GetProperty("deal").ValueKind);
    }

    [Fact]
    public void Backtest_Console_PrintsATable()
    {
        var result = CliRunner.Run("talks", "backtest", "sma-2019");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Walk-out in November", result.Output, StringComparison.Ordinal);
        Assert.Contains("different.", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void SensitivityJson_BaseRowFirst_OneRowPerSetting()
    {
        var result = CliRunner.Run("talks", "sensitivity", "sma-2019", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToArray();
        Assert.True(rows[0].GetProperty("base").GetBoolean());
        Assert.All(rows.Skip(1), r => Assert.False(r.GetProperty("base").GetBoolean()));
        Assert.Equal(rows.Length, rows.Select(r => r.GetProperty("assumption").GetString() + r.GetProperty("setting").GetString()).Distinct().Count());
        var stays = rows.Single(r => r.GetProperty("setting").GetString() == "none: the 2019–20 administration stays");
        Assert.Equal("noAgreement", stays.GetProperty("outcome").GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("backtest")]
    [InlineData("sensitivity")]
    public void OtherTalks_AreBadInput(string command)
    {
        var result = CliRunner.Run("talks", command, "lease-renewal");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no record of what really happened", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RunPausedAcrossTheChangeOfGovernment_ThenResumed_GivesTheUninterruptedTimeline()
    {
        using var folder = new TempDirectory();
        var uninterrupted = CliRunner.Run("talks", "run", "sma-2019", "--db", folder.File("a.db"), "--json");

        var paused = CliRunner.Run("talks", "run", "sma-2019", "--db", folder.File("b.db"), "--json", "--until", "2020-12-31");
        var resumed = CliRunner.Run("talks", "resume", "--db", folder.File("b.db"), "--json");

        Assert.True(paused.ExitCode == 0, paused.ToString());
        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        Assert.Equal(TalksJsonTimeline.Of(uninterrupted.Output), TalksJsonTimeline.Of(resumed.Output));
    }

    [Fact]
    public void JsonAndMarkdown_AreBadInput()
    {
        var result = CliRunner.Run("talks", "backtest", "sma-2019", "--json", "--markdown");

        Assert.Equal(2, result.ExitCode);
    }
}
