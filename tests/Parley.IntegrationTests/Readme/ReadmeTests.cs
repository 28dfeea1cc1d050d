using System.Text.RegularExpressions;
using Parley.IntegrationTests.Support;

namespace Parley.IntegrationTests.Readme;

public sealed partial class ReadmeTests
{
    [Fact]
    public void Quickstart_ReadmeShowsTheCompiledSnippetVerbatim()
    {
        var expected = DocSnippet.Extract("tests/Parley.IntegrationTests/Readme/Quickstart.cs", "quickstart");

        Assert.Contains(expected, DocSnippet.RepositoryText("README.md"), StringComparison.Ordinal);
        Assert.True(expected.Split('\n').Length <= 12, "the quickstart should stay about ten lines");
    }

    [Fact]
    public void Quickstart_Runs()
    {
        var output = ConsoleLock.Capture(Quickstart.Run);

        Assert.StartsWith("job-offer: 1890 outcomes", output, StringComparison.Ordinal);
        Assert.Contains("Nash outcome: salary=", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_NamesTheTwoSetupCommands_TheFlagshipRunFirst()
    {
        var readme = DocSnippet.RepositoryText("README.md");
        var ci = DocSnippet.RepositoryText(".ci/run");
        var setup = SetupBlock().Match(readme);

        Assert.True(setup.Success, "the README lost its set-up block");
        var commands = setup.Groups[1].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('#')[0].Trim()).ToArray();
        Assert.Equal(["dotnet run --project src/Parley.Cli", "dotnet test Parley.slnx"], commands);
        Assert.Contains("dotnet run --project src/Parley.Cli -- analyze job-offer", readme, StringComparison.Ordinal);
        Assert.Contains("dotnet test Parley.slnx", ci, StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_FirstCommand_PrintsWhatTheReadmeSays()
    {
        var result = CliRunner.Run();

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var part in new[] { "Timeline", "bn won ($", "walked out", "furlough", "changeOfGovernment", "Result:", "Compared with what happened", "Pareto frontier", "Nash point" })
        {
            Assert.Contains(part, result.Output, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"## Set up\n\n.*?```bash\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex SetupBlock();
}
