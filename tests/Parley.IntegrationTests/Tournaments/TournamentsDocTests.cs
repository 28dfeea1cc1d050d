using System.Text.RegularExpressions;
using Parley.IntegrationTests.Support;
using Parley.Storage.Tournaments;
using Parley.Tournaments;

namespace Parley.IntegrationTests.Tournaments;

public sealed partial class TournamentsDocTests
{
    [Fact]
    public void Snippet_DocShowsTheCompiledSnippetVerbatim()
    {
        var root = SharedCorpus.RepositoryRoot() ?? throw new InvalidOperationException("Run the tests from a clone of the repository.");
        var source = File.ReadAllText(Path.Combine(root, "tests/Parley.IntegrationTests/Tournaments/TournamentsDocTests.cs"));
        var snippet = SnippetPattern().Match(source);
        Assert.True(snippet.Success, "TournamentsDocTests.cs lost its snippet markers");
        var lines = snippet.Groups[1].Value.Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        var expected = string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart())).Trim();

        var doc = File.ReadAllText(Path.Combine(root, "docs/tournaments.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

        Assert.Contains(expected, doc, StringComparison.Ordinal);
    }

    [Fact]
    public void Snippet_Runs()
    {
        using var folder = new TempDirectory();
        var output = new StringWriter();
        var original = Console.Out;
        lock (ConsoleLock.Gate)
        {
            Console.SetOut(output);
            try
            {
                Run(folder.File("tournament.db"));
            }
            finally
            {
                Console.SetOut(original);
            }
        }

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("1. ", lines[0], StringComparison.Ordinal);
        Assert.Contains(" ± ", lines[0], StringComparison.Ordinal);
    }

    private static void Run(string path)
    {
        // begin-snippet: tournament
        var definition = new TournamentOptions
        {
            Agents = ["Boulware", "Conceder", "TitForTat"],
            Scenarios = ["job-offer", "supplier-contract"],
            Repetitions = 2,
            Seed = 7,
        }.Build();
        using var store = SqliteTournamentStore.Create(path, definition);
        var summary = new TournamentRunner(definition, store).Run();
        var report = TournamentReport.Compute(definition, store.Records());
        foreach (var agent in report.Ranking)
        {
            Console.WriteLine($"{agent.Rank}. {agent.Name}: {agent.DiscountedUtility.Mean:0.000} ± {agent.DiscountedUtility.HalfWidth:0.000}");
        }

        // end-snippet
        Assert.True(summary.IsComplete);
    }

    [GeneratedRegex(@"// begin-snippet: tournament\n(.*?)\s*// end-snippet", RegexOptions.Singleline)]
    private static partial Regex SnippetPattern();
}
