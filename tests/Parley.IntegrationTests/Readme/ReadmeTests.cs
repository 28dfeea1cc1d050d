using System.Text.RegularExpressions;
using Parley.IntegrationTests.Support;

namespace Parley.IntegrationTests.Readme;

public sealed partial class ReadmeTests
{
    private static string RepositoryFile(string name) =>
        Path.Combine(SharedCorpus.RepositoryRoot() ?? throw new InvalidOperationException("Run the tests from a clone of the repository."), name);

    [Fact]
    public void Quickstart_ReadmeShowsTheCompiledSnippetVerbatim()
    {
        var source = File.ReadAllText(RepositoryFile("tests/Parley.IntegrationTests/Readme/Quickstart.cs"));
        var snippet = SnippetPattern().Match(source);
        Assert.True(snippet.Success, "Quickstart.cs lost its snippet markers");
        var lines = snippet.Groups[1].Value.Split('\n').Where(l => l.Trim().Length > 0).ToArray();
        var indent = lines.Min(l => l.Length - l.TrimStart().Length);
        var expected = string.Join('\n', snippet.Groups[1].Value.Split('\n').Select(l => l.Length >= indent ? l[indent..] : l.TrimStart())).Trim();

        var readme = File.ReadAllText(RepositoryFile("README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

        Assert.Contains(expected, readme, StringComparison.Ordinal);
        Assert.True(expected.Split('\n').Length <= 12, "the quickstart should stay about ten lines");
    }

    [Fact]
    public void Quickstart_Runs()
    {
        var output = new StringWriter();
        var original = Console.Out;
        lock (ConsoleLock.Gate)
        {
            Console.SetOut(output);
            try
            {
                Quickstart.Run();
            }
            finally
            {
                Console.SetOut(original);
            }
        }

        Assert.StartsWith("job-offer: 1890 outcomes", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Nash outcome: salary=", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_NamesTheTwoSetupCommands_TheFlagshipRunFirst()
    {
        var readme = File.ReadAllText(RepositoryFile("README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var ci = File.ReadAllText(RepositoryFile(".ci/run"));
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

    [GeneratedRegex(@"// begin-snippet: quickstart\n(.*?)\s*// end-snippet", RegexOptions.Singleline)]
    private static partial Regex SnippetPattern();
}
