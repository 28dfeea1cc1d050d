using System.Text.RegularExpressions;
using Parley.Cases;
using Parley.IntegrationTests.Support;

namespace Parley.IntegrationTests.Docs;

/// <summary>
/// Keeps <c>docs/cases/sma-2019.md</c> true: its generated blocks (the default run, the backtest and the sensitivity
/// tables) are exactly what the commands print, and it lists every assumption of the case file.
/// </summary>
public sealed partial class SmaCaseDocTests
{
    public static TheoryData<string> GeneratedCommands => ["parley", "parley talks backtest sma-2019 --markdown", "parley talks sensitivity sma-2019 --markdown"];

    [Fact]
    public void Page_HasTheThreeGeneratedBlocks() =>
        Assert.Equal(GeneratedCommands.Select(c => c.Data), Blocks().Keys);

    [Theory]
    [MemberData(nameof(GeneratedCommands))]
    public void GeneratedBlock_IsWhatTheCommandPrints(string command)
    {
        var block = Blocks()[command];
        if (command == "parley")
        {
            Assert.StartsWith("```text\n", block, StringComparison.Ordinal);
            Assert.EndsWith("\n```", block, StringComparison.Ordinal);
            block = block["```text\n".Length..^"\n```".Length];
        }

        var result = CliRunner.Run(command.Split(' ')[1..]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(result.Output.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n'), block);
    }

    [Fact]
    public void Page_ListsEveryAssumptionOfTheCaseFile()
    {
        var page = Page();

        Assert.All(SmaCase.Load().Assumptions, a => Assert.Contains($"| `{a.Name}` |", page, StringComparison.Ordinal));
    }

    private static Dictionary<string, string> Blocks() =>
        BlockPattern().Matches(Page()).ToDictionary(m => m.Groups["command"].Value, m => m.Groups["body"].Value);

    private static string Page() =>
        File.ReadAllText(Path.Combine(SharedCorpus.RepositoryRoot()!, "docs", "cases", "sma-2019.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

    [GeneratedRegex(@"<!-- BEGIN generated: (?<command>[^>]*?) -->\n(?<body>.*?)\n<!-- END generated -->", RegexOptions.Singleline)]
    private static partial Regex BlockPattern();
}
