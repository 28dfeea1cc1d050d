using System.Text.RegularExpressions;
using Parley.IntegrationTests.Support;
using Parley.Outcomes;
using Parley.Scenarios;
using Parley.Scenarios.Json;

namespace Parley.IntegrationTests.Scenarios;

/// <summary>Keeps the example and the claims in <c>docs/scenario-format.md</c> true.</summary>
public class ScenarioFormatDocumentTests
{
    [Fact]
    public void Example_Parses()
    {
        var scenario = ParleyScenarioReader.Parse(Example(), "laptop-deal.json");

        Assert.Equal("laptop-deal", scenario.Name);
        Assert.Equal(["Buyer", "Seller"], scenario.Parties.Select(p => p.Name));
    }

    [Fact]
    public void Example_HasTheDocumentedUtilities()
    {
        var scenario = ParleyScenarioReader.Parse(Example(), "laptop-deal.json");

        Assert.Equal(0.703, Utility(scenario, "Buyer", IssueValue.Of("red"), IssueValue.Of(10L), IssueValue.Of(40.0)), 12);
        Assert.Equal(0.7, Utility(scenario, "Seller", IssueValue.Of("blue"), IssueValue.Of(5L), IssueValue.Of(20.0)), 8);
    }

    [Fact]
    public void QuotedErrorMessage_IsWhatTheReaderSays()
    {
        var document = Document();
        var quoted = Regex.Match(document, "`(laptop-deal\\.json:\\d+:\\d+: [^`]+)`").Groups[1].Value;
        var broken = Example().Replace("\"price\": 0.3}", "\"price\": 0.3, \"prise\": 0.1}", StringComparison.Ordinal);

        var e = Assert.Throws<ScenarioFormatException>(() => ParleyScenarioReader.Parse(broken, "laptop-deal.json"));

        Assert.Equal(quoted, e.Message);
    }

    private static double Utility(Scenario scenario, string party, params IssueValue[] values) =>
        scenario.Party(party).Utility.Utility(scenario.Space.CreateOutcome(values).ValueIndices);

    private static string Example() =>
        Regex.Match(Document(), "```jsonc\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;

    private static string Document()
    {
        var root = SharedCorpus.RepositoryRoot() ?? throw new InvalidOperationException("Run the tests from inside the repository (no Parley.slnx found above the test binaries).");
        return File.ReadAllText(Path.Combine(root, "docs", "scenario-format.md"));
    }
}
