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
    public void Snippet_DocShowsTheCompiledSnippetVerbatim()
    {
        var root = SharedCorpus.RepositoryRoot() ?? throw new InvalidOperationException("Run the tests from a clone of the repository.");
        var source = File.ReadAllText(Path.Combine(root, "tests/Parley.IntegrationTests/Docs/NegotiationDocTests.cs"));
        var snippet = SnippetPattern().Match(source);
        Assert.True(snippet.Success, "NegotiationDocTests.cs lost its snippet markers");
        var lines = snippet.Groups[1].Value.Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        var expected = string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart())).Trim();

        var doc = File.ReadAllText(Path.Combine(root, "docs/negotiation.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

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
                Run(folder.File("run.jsonl"));
            }
            finally
            {
                Console.SetOut(original);
            }
        }

        Assert.StartsWith("Agreement, welfare ", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("actions replayed; the result matches", output.ToString(), StringComparison.Ordinal);
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

    [GeneratedRegex(@"// begin-snippet: negotiation\n(.*?)\s*// end-snippet", RegexOptions.Singleline)]
    private static partial Regex SnippetPattern();
}
