using System.Text.RegularExpressions;
using Parley.IntegrationTests.Support;
using Parley.Storage.Tournaments;
using Parley.Tournaments;

namespace Parley.IntegrationTests.Tournaments;

public sealed partial class TournamentsDocTests
{
    [Fact]
    public void Snippet_DocShowsTheCompiledSnippetVerbatim() =>
        Assert.Contains(
            DocSnippet.Extract("tests/Parley.IntegrationTests/Tournaments/TournamentsDocTests.cs", "tournament"),
            DocSnippet.RepositoryText("docs/tournaments.md"),
            StringComparison.Ordinal);

    [Fact]
    public void Snippet_Runs()
    {
        using var folder = new TempDirectory();

        var output = ConsoleLock.Capture(() => Run(folder.File("tournament.db")));

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
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
}
