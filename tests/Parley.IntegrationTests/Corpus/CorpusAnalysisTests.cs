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
        Assert.Equal(row.Method, analysis.Method switch
        {
            AnalysisMethod.LinearAdditiveMerge => "merge",
            AnalysisMethod.HyperRectangleSearch => "search",
            _ => "enumeration",
        });
        Assert.Equal(row.Frontier, analysis.ParetoFrontier.Length.ToString("N0", CultureInfo.InvariantCulture));
        Assert.Equal(row.Nash, analysis.Nash is null ? "none" : "yes");
        AssertFrontierMatchesGeniusParetoFile(folder, analysis);
    }

    /// <summary>
    /// Where GENIUS ships its own frontier (<c>pareto.xml</c>: one "u1, u2" line per point, in single precision), the
    /// distinct utility vectors of Parley's frontier are exactly its points.
    /// </summary>
    private static void AssertFrontierMatchesGeniusParetoFile(string folder, ScenarioAnalysis analysis)
    {
        var file = Path.Combine(folder, "pareto.xml");
        if (!File.Exists(file))
        {
            return;
        }

        var genius = File.ReadAllLines(file)
            .Where(line => line.Contains(',', StringComparison.Ordinal))
            .Select(line => line.Split(',').Select(cell => double.Parse(cell, CultureInfo.InvariantCulture)).ToArray())
            .OrderBy(point => point[0])
            .ToArray();
        var ours = analysis.ParetoFrontier.Select(p => p.Utilities).DistinctBy(u => (u[0], u[1])).OrderBy(u => u[0]).ToArray();

        Assert.Equal(genius.Length, ours.Length);
        for (var t = 0; t < ours.Length; t++)
        {
            Assert.Equal(genius[t][0], ours[t][0], 1e-6);
            Assert.Equal(genius[t][1], ours[t][1], 1e-6);
        }
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
