using System.Text.RegularExpressions;
using Parley.Agents.Catalog;
using Parley.IntegrationTests.Support;
using Parley.Negotiations;
using Parley.Protocols;
using Parley.Scenarios;

namespace Parley.IntegrationTests.Docs;

public sealed partial class NegotiationDocTests
{
    [Fact]
    public void Snippet_DocShowsTheCompiledSnippetVerbatim() =>
        Assert.Contains(
            DocSnippet.Extract("tests/Parley.IntegrationTests/Docs/NegotiationDocTests.cs", "negotiation"),
            DocSnippet.RepositoryText("docs/negotiation.md"),
            StringComparison.Ordinal);

    [Fact]
    public void Snippet_Runs()
    {
        using var folder = new TempDirectory();

        var output = ConsoleLock.Capture(() => Run(folder.File("run.jsonl")));

        Assert.StartsWith("Agreement, welfare ", output, StringComparison.Ordinal);
        Assert.Contains("actions replayed; the result matches", output, StringComparison.Ordinal);
    }

    private static void Run(string path)
    {
        // begin-snippet: negotiation
        var scenario = new PreparedScenario(ScenarioLoader.Load("job-offer"));
        var settings = new NegotiationSettings(Deadline.OfRounds(100), Seed: 7);
        string[] specs = ["Boulware", "Conceder"];
        var result = new NegotiationRunner(scenario, settings).Run([.. specs.Select(AgentCatalog.Default.Create)]);
        var metrics = NegotiationMetrics.Compute(scenario, result);

        var header = TraceHeader.Create(scenario, settings, specs, ["job-offer"]);
        TraceJsonLines.WriteFile(path, header, result, scenario);
        var report = TraceReplay.Replay(TraceJsonLines.ReadFile(path), scenario);
        Console.WriteLine($"{result.End}, welfare {metrics.SocialWelfare:0.000}; {report}");
        // end-snippet
    }
}
