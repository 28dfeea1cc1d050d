using System.Globalization;
using Parley.Analysis;
using Parley.IntegrationTests.Support;
using Parley.Scenarios;

namespace Parley.IntegrationTests.Corpus;

/// <summary>
/// Every corpus scenario analyses (or fails with its specific message) exactly as docs/corpus.md says: the page is
/// checked row by row, so it cannot drift from what Parley does.
/// </summary>
public sealed class CorpusAnalysisTests
{
    public static TheoryData<string> Scenarios => [.. SharedCorpus.GeniusScenarios];

    [Fact]
    public void CorpusPage_ListsEveryScenarioOnce()
    {
        var rows = Rows();

        Assert.Equal(SharedCorpus.GeniusScenarios.Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Analyze_CorpusScenario_GivesWhatTheCorpusPageSays(string name)
    {
        var folder = SharedCorpus.GeniusFolder(name);
        var row = Rows()[name];

        if (row.Method == "fails")
        {
            var message = row.Notes.Trim('`');
            var error = Assert.ThrowsAny<Exception>(() => ScenarioAnalyzer.Analyze(ScenarioLoader.Load(folder)));
            Assert.True(error is ScenarioFormatException or AnalysisTooLargeException, error.ToString());
            Assert.Contains(message, error.Message, StringComparison.Ordinal);
            return;
        }

        var analysis = ScenarioAnalyzer.Analyze(ScenarioLoader.Load(folder));

        Assert.Equal(row.Parties, analysis.Scenario.Parties.Length.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(row.Outcomes, analysis.OutcomeCount.ToString("N0", CultureInfo.InvariantCulture));
        Assert.Equal(row.Method, analysis.Method == AnalysisMethod.LinearAdditiveMerge ? "merge" : "enumeration");
        Assert.Equal(row.Frontier, analysis.ParetoFrontier.Length.ToString("N0", CultureInfo.InvariantCulture));
        Assert.Equal(row.Nash, analysis.Nash is null ? "none" : "yes");
    }

    private static Dictionary<string, Row> Rows()
    {
        var page = File.ReadAllLines(Path.Combine(SharedCorpus.RepositoryRoot()!, "docs", "corpus.md"));
        return page
            .Where(line => line.StartsWith("| ", StringComparison.Ordinal) && !line.StartsWith("| Scenario", StringComparison.Ordinal))
            .Select(line => line.Trim().Trim('|').Split(" | ", 7).Select(cell => cell.Trim()).ToArray())
            .ToDictionary(cells => cells[0], cells => new Row(cells[1], cells[2], cells[3], cells[4], cells[5], cells[6]));
    }

    private sealed record Row(string Parties, string Outcomes, string Method, string Frontier, string Nash, string Notes);
}
