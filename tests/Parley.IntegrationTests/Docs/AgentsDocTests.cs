using System.Globalization;
using System.Text.RegularExpressions;
using Parley.Agents.Catalog;
using Parley.IntegrationTests.Support;
using Parley.Protocols;

namespace Parley.IntegrationTests.Docs;

public sealed partial class AgentsDocTests
{
    private static string RepositoryFile(string name) =>
        Path.Combine(SharedCorpus.RepositoryRoot() ?? throw new InvalidOperationException("Run the tests from a clone of the repository."), name);

    private static string Normalised(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    public static TheoryData<string> Snippets => ["compose", "custom", "acceptance", "agent"];

    [Theory]
    [MemberData(nameof(Snippets))]
    public void AgentsDoc_ShowsTheCompiledSnippetVerbatim(string name) =>
        Assert.Contains(
            DocSnippet.Extract("tests/Parley.IntegrationTests/Docs/AgentExamples.cs", name),
            DocSnippet.RepositoryText("docs/agents.md"),
            StringComparison.Ordinal);

    [Fact]
    public void Examples_Run() =>
        ConsoleLock.Capture(() =>
        {
            Assert.NotEqual(NegotiationEnd.Failure, AgentExamples.Compose().End);
            Assert.NotEqual(NegotiationEnd.Failure, AgentExamples.Custom().End);
        });

    [Fact]
    public void AgentsDoc_CatalogTableListsEveryAgentWithItsParameters()
    {
        var doc = Normalised(File.ReadAllText(RepositoryFile("docs/agents.md")));
        foreach (var agent in AgentCatalog.Default.Agents)
        {
            var row = RowPattern().Matches(doc).Select(m => m.Value).FirstOrDefault(r => r.StartsWith($"| `{agent.Name}` |", StringComparison.Ordinal));
            Assert.True(row is not null, $"docs/agents.md has no catalog row for {agent.Name}");
            foreach (var parameter in agent.Parameters)
            {
                Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"`{parameter.Name}` = {parameter.Default}"), row, StringComparison.Ordinal);
            }
        }
    }

    [GeneratedRegex(@"^\| `[^`]+` \|.*$", RegexOptions.Multiline)]
    private static partial Regex RowPattern();
}
