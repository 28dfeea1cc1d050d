using System.Text.RegularExpressions;
using Parley.Agents.Catalog;
using Parley.IntegrationTests.Support;
using Parley.Storage.Talks;
using Parley.Talks;
using Parley.Talks.Examples;

namespace Parley.IntegrationTests.Talks;

/// <summary>Keeps <c>docs/talks.md</c> true: its C# snippet is this file's, compiled and run; its example is the shipped file.</summary>
public sealed partial class TalksDocTests
{
    [Fact]
    public void Snippet_DocShowsTheCompiledSnippetVerbatim() =>
        Assert.Contains(DocSnippet.Extract("tests/Parley.IntegrationTests/Talks/TalksDocTests.cs", "talks"), Doc(), StringComparison.Ordinal);

    [Fact]
    public async Task Snippet_Runs()
    {
        using var folder = new TempDirectory();

        var output = await ConsoleLock.CaptureAsync(() => Run(folder.File("parley.db")));

        Assert.Contains("2025-02-24 WalkAway WalkOut", output, StringComparison.Ordinal);
        Assert.Contains("Agreed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Example_DocShowsTheShippedFileVerbatim()
    {
        var example = TalksExamples.Text("lease-renewal")!.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

        Assert.Contains(example, Doc(), StringComparison.Ordinal);
    }

    private static string Doc() => DocSnippet.RepositoryText("docs/talks.md");

    private static async Task Run(string path)
    {
        // begin-snippet: talks
        var talks = TalksExamples.Load("lease-renewal"); // or TalksScenarioReader.Read("my.talks.json")
        var settings = TalksSettings.For(talks, seed: 7, new Dictionary<string, AgentSpec> { ["Tenant"] = AgentSpec.Parse("CalendarConceder(e=1.5)") });
        using var store = SqliteTalksStore.Open(path);

        // Hold the first two meetings, then stop (each meeting is saved when it ends).
        var session = TalksSession.Start(talks, settings, new TalksSessionOptions { Store = store });
        await session.RunAsync(new TalksStop(Meetings: 2));

        // Later, maybe in another process: rebuild the agents by replaying the stored meetings, and go on.
        var resumed = await TalksSession.ResumeAsync(store, session.Id!.Value);
        var state = await resumed.RunAsync();
        foreach (var meeting in state.Meetings)
        {
            Console.WriteLine($"{meeting.Record.Date:yyyy-MM-dd} {meeting.Record.End} {meeting.Record.Exit}");
        }

        Console.WriteLine($"{state.Status}: {string.Join(", ", state.Utilities)}");
        // end-snippet
    }
}
