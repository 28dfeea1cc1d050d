using Parley.IntegrationTests.Support;

namespace Parley.IntegrationTests.Cli;

/// <summary>The bare <c>parley</c> command: the flagship case, the 2019–2021 U.S.–ROK SMA talks.</summary>
public sealed class FlagshipCommandTests
{
    [Fact]
    public void Run_NoArguments_PrintsTheTimelineTheResultTheComparisonAndThePosition()
    {
        var result = CliRunner.Run();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(string.Empty, result.Error);
        var output = result.Output;
        Assert.Contains("Timeline", output, StringComparison.Ordinal);
        Assert.Contains("2019-11-18  Meeting 3 · Seoul", output, StringComparison.Ordinal);
        Assert.Contains("2020-04-01  furlough", output, StringComparison.Ordinal);
        Assert.Contains("2021-01-20  changeOfGovernment", output, StringComparison.Ordinal);
        Assert.Contains("bn won ($", output, StringComparison.Ordinal);
        Assert.Contains("walked out", output, StringComparison.Ordinal);
        Assert.Contains("Result: ", output, StringComparison.Ordinal);
        Assert.Contains("Compared with what happened (agreement in principle, 7 March 2021)", output, StringComparison.Ordinal);
        Assert.Contains("Against the Pareto frontier and the Nash point", output, StringComparison.Ordinal);
        Assert.Contains("Nash point: 2020 ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Twice_PrintsTheSameText()
    {
        var first = CliRunner.Run();
        var second = CliRunner.Run("--seed", "0");

        Assert.Equal(first.Output, second.Output);
    }

    [Theory]
    [InlineData("sma.png")]
    [InlineData("sma.svg")]
    public void Run_Plot_WritesTheTimelineAndTheDealSpace(string name)
    {
        using var folder = new TempDirectory();
        var path = folder.File(name);

        var result = CliRunner.Run("--plot", path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"Plot written to {path}", result.Output, StringComparison.Ordinal);
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 10_000, $"{bytes.Length} bytes");
        if (name.EndsWith(".png", StringComparison.Ordinal))
        {
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        }
        else
        {
            Assert.Contains("<svg", File.ReadAllText(path), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Run_PlotWithAnotherExtension_IsBadInput()
    {
        var result = CliRunner.Run("--plot", "sma.jpg");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(".png or .svg", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_PrintsUsageAndTheCommands_WithoutRunningTheTalks()
    {
        var result = CliRunner.Run("--help");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Usage:", result.Output, StringComparison.Ordinal);
        Assert.Contains("talks", result.Output, StringComparison.Ordinal);
        Assert.Contains("sma-2019", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Timeline", result.Output, StringComparison.Ordinal);
    }
}
