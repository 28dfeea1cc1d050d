using System.Text.Json;
using Parley.IntegrationTests.Support;
using Parley.Storage.Talks;
using Parley.Talks;
using Parley.TestKit.Talks;

namespace Parley.IntegrationTests.Talks;

public sealed class TalksCommandTests
{
    [Fact]
    public void RunJson_Example_HasTheTimelineWithWalkOutEventsAndAgreement()
    {
        using var folder = new TempDirectory();

        var result = CliRunner.Run("talks", "run", "lease-renewal", "--db", folder.File("p.db"), "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("id").GetInt64());
        Assert.Equal("lease-renewal", root.GetProperty("talks").GetString());
        Assert.Equal(["Landlord", "Tenant"], root.GetProperty("parties").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("agreed", root.GetProperty("status").GetString());
        var meetings = root.GetProperty("meetings").EnumerateArray().ToArray();
        Assert.Equal(4, meetings.Length);
        Assert.Equal("walkOut", meetings[0].GetProperty("end").GetString());
        Assert.Equal("Landlord", meetings[0].GetProperty("endedBy").GetString());
        Assert.Equal(90 * meetings[0].GetProperty("endTime").GetDouble(), meetings[0].GetProperty("endMinutes").GetDouble(), 9);
        Assert.Equal("walkOut", meetings[0].GetProperty("actions").EnumerateArray().Last().GetProperty("action").GetString());
        Assert.Equal(2, meetings[0].GetProperty("actions")[0].GetProperty("utilities").GetArrayLength());
        Assert.Equal("agreement", meetings[3].GetProperty("end").GetString());
        Assert.Equal(["CalendarConceder(e=2)", "CalendarConceder(e=1)"], meetings[3].GetProperty("agents").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(["lapse", "cost", "changeOfOwner", "deadline"], root.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
        var outcome = root.GetProperty("result");
        Assert.Equal(4, outcome.GetProperty("meeting").GetInt32());
        Assert.Equal(JsonValueKind.Object, outcome.GetProperty("agreement").ValueKind);
        Assert.True(outcome.GetProperty("costs")[0].GetDouble() > 0);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void Run_Example_PrintsTheIdTheMeetingsTheEventsAndTheResult()
    {
        using var folder = new TempDirectory();

        var result = CliRunner.Run("talks", "run", "lease-renewal", "--db", folder.File("p.db"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Talks 1", result.Output, StringComparison.Ordinal);
        Assert.Contains("Meeting 4 · 2025-05-12", result.Output, StringComparison.Ordinal);
        Assert.Contains("Landlord walked out", result.Output, StringComparison.Ordinal);
        Assert.Contains("changeOfOwner", result.Output, StringComparison.Ordinal);
        Assert.Contains("Agreed", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--meetings", "1")]
    [InlineData("--meetings", "3")]
    [InlineData("--until", "2025-03-01")]
    public void RunThenResume_GivesTheUninterruptedTimeline(string option, string value)
    {
        using var folder = new TempDirectory();
        var uninterrupted = CliRunner.Run("talks", "run", "lease-renewal", "--db", folder.File("a.db"), "--json", "--seed", "9");

        var paused = CliRunner.Run("talks", "run", "lease-renewal", "--db", folder.File("b.db"), "--json", "--seed", "9", option, value);
        var resumed = CliRunner.Run("talks", "resume", "--db", folder.File("b.db"), "--json");

        Assert.True(paused.ExitCode == 0, paused.ToString());
        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        using var pausedJson = JsonDocument.Parse(paused.Output);
        Assert.Equal("open", pausedJson.RootElement.GetProperty("status").GetString());
        var held = pausedJson.RootElement.GetProperty("meetingsHeld").GetInt32();
        Assert.Equal(option == "--meetings" ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : 2, held);
        using var resumedJson = JsonDocument.Parse(resumed.Output);
        Assert.Equal(held, resumedJson.RootElement.GetProperty("replayedMeetings").GetInt32());
        Assert.Equal(TalksJsonTimeline.Of(uninterrupted.Output), TalksJsonTimeline.Of(resumed.Output));
    }

    [Fact]
    public void Show_ListAndTimeline_ComeFromTheStoreAlone()
    {
        using var folder = new TempDirectory();
        var db = folder.File("p.db");
        var run = CliRunner.Run("talks", "run", "lease-renewal", "--db", db, "--json");
        CliRunner.Run("talks", "run", "lease-renewal", "--db", db, "--meetings", "1");

        var list = CliRunner.Run("talks", "show", "--db", db, "--json");
        var shown = CliRunner.Run("talks", "show", "1", "--db", db, "--json");
        var text = CliRunner.Run("talks", "show", "1", "--db", db);
        var table = CliRunner.Run("talks", "show", "--db", db);

        Assert.True(list.ExitCode == 0, list.ToString());
        using var listJson = JsonDocument.Parse(list.Output);
        var talks = listJson.RootElement.GetProperty("talks").EnumerateArray().ToArray();
        Assert.Equal([2L, 1L], talks.Select(t => t.GetProperty("id").GetInt64()));
        Assert.Equal(["open", "agreed"], talks.Select(t => t.GetProperty("status").GetString()));
        Assert.Equal(TalksJsonTimeline.Of(run.Output), TalksJsonTimeline.Of(shown.Output));
        Assert.Contains("Meeting 3 · 2025-03-24", text.Output, StringComparison.Ordinal);
        Assert.Contains("Agreed", text.Output, StringComparison.Ordinal);
        Assert.Contains("lease-renewal", table.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void RunAndShow_Plot_WriteTheTimelineImage()
    {
        using var folder = new TempDirectory();

        var run = CliRunner.Run("talks", "run", "lease-renewal", "--db", folder.File("p.db"), "--plot", folder.File("run.svg"));
        var show = CliRunner.Run("talks", "show", "1", "--db", folder.File("p.db"), "--plot", folder.File("show.png"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(show.ExitCode == 0, show.ToString());
        Assert.Contains("<svg", File.ReadAllText(folder.File("run.svg")), StringComparison.Ordinal);
        Assert.True(new FileInfo(folder.File("show.png")).Length > 10_000);
    }

    [Fact]
    public void Run_AgentsOverride_ReplacesTheFilesAgent()
    {
        using var folder = new TempDirectory();

        var result = CliRunner.Run("talks", "run", "lease-renewal", "--db", folder.File("p.db"), "--json", "--agents", "Tenant=Hardliner,Landlord=CalendarConceder(e=1; walk=0)");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(["CalendarConceder(e=1; walk=0)", "Hardliner"], json.RootElement.GetProperty("agents").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("Hardliner", json.RootElement.GetProperty("meetings")[0].GetProperty("agents")[1].GetString());
    }

    [Fact]
    public void Run_ReferencedScenarioFile_ResumesFromTheStoredTextAndRefusesAChangedScenario()
    {
        using var folder = new TempDirectory();
        var talksText = TinyTalks.Quarterly(agentA: "Hardliner", agentB: "Hardliner");
        var start = talksText.IndexOf("\"scenario\": ", StringComparison.Ordinal);
        var end = talksText.IndexOf(",\n  \"agents\"", StringComparison.Ordinal);
        File.WriteAllText(folder.File("pie.json"), TinyTalks.Scenario());
        File.WriteAllText(folder.File("tiny.talks.json"), talksText[..start] + "\"scenario\": \"pie.json\"" + talksText[end..]);
        var db = folder.File("p.db");

        var paused = CliRunner.Run("talks", "run", folder.File("tiny.talks.json"), "--db", db, "--meetings", "1");
        File.Delete(folder.File("tiny.talks.json"));
        var resumed = CliRunner.Run("talks", "resume", "1", "--db", db, "--meetings", "1", "--json");
        File.WriteAllText(folder.File("pie.json"), TinyTalks.Scenario(reservationA: 0.1));
        var refused = CliRunner.Run("talks", "resume", "1", "--db", db);

        Assert.True(paused.ExitCode == 0, paused.ToString());
        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        Assert.Equal(2, JsonDocument.Parse(resumed.Output).RootElement.GetProperty("meetingsHeld").GetInt32());
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("another scenario", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RunAndResume_PlayedByAPerson_ReadTheirMovesFromTheTerminal()
    {
        using var folder = new TempDirectory();
        var file = folder.File("tiny.talks.json");
        File.WriteAllText(file, TinyTalks.Quarterly(agentA: "Boulware", agentB: "Hardliner"));
        var db = folder.File("p.db");

        // Meeting 1: offer 8/10, read the help, walk out when the hardliner answers; then decline to go on.
        var first = WithInput("help\noffer share=8\nwalk\nn\n", () => CliRunner.Run("talks", "run", file, "--db", db, "--play", "A", "--json"));
        // Days later: meeting 2, offer 6/10 then accept the hardliner's 0/10.
        var second = WithInput("offer share=6\naccept\n", () => CliRunner.Run("talks", "resume", "--db", db, "--json"));

        Assert.True(first.ExitCode == 0, first.ToString());
        using var firstJson = JsonDocument.Parse(first.Output);
        Assert.Equal("open", firstJson.RootElement.GetProperty("status").GetString());
        Assert.Equal("walkOut", firstJson.RootElement.GetProperty("meetings")[0].GetProperty("end").GetString());
        Assert.Equal(["Person", "Hardliner"], firstJson.RootElement.GetProperty("agents").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains("your utility", first.Error, StringComparison.Ordinal);
        Assert.Contains("share: 0, 1, 2", first.Error, StringComparison.Ordinal);
        Assert.True(second.ExitCode == 0, second.ToString());
        using var secondJson = JsonDocument.Parse(second.Output);
        Assert.Equal("agreed", secondJson.RootElement.GetProperty("status").GetString());
        Assert.Equal(1, secondJson.RootElement.GetProperty("replayedMeetings").GetInt32());
        Assert.Equal(0, secondJson.RootElement.GetProperty("result").GetProperty("agreement").GetProperty("share").GetInt32());
    }

    [Fact]
    public void Run_PersonStopsMidMeeting_LosesOnlyThatMeeting()
    {
        using var folder = new TempDirectory();
        var file = folder.File("tiny.talks.json");
        File.WriteAllText(file, TinyTalks.Quarterly(agentA: "Boulware", agentB: "Hardliner"));
        var db = folder.File("p.db");

        var result = WithInput("offer share=8\nwalk\ny\noffer share=7\nstop\n", () => CliRunner.Run("talks", "run", file, "--db", db, "--play", "A"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("stopped during meeting 2", result.Output, StringComparison.Ordinal);
        Assert.Contains("parley talks resume 1", result.Output, StringComparison.Ordinal);
        using var store = SqliteTalksStore.Open(db);
        Assert.Equal(1, store.Find(1)!.MeetingsHeld);
        Assert.Equal(TalksStatus.Open, store.Find(1)!.Status);
    }

    public static TheoryData<string, string[]> BadInputs => new()
    {
        { "No talks file or talks example", ["talks", "run", "no-such.talks.json"] },
        { "no party 'Nobody'", ["talks", "run", "lease-renewal", "--agents", "Nobody=Boulware"] },
        { "Unknown agent 'NoSuchAgent'", ["talks", "run", "lease-renewal", "--agents", "Tenant=NoSuchAgent"] },
        { "is not PARTY=Agent", ["talks", "run", "lease-renewal", "--agents", "Boulware"] },
        { "write the date as yyyy-mm-dd", ["talks", "run", "lease-renewal", "--until", "2025/03/01"] },
        { "not both", ["talks", "run", "lease-renewal", "--until", "2025-03-01", "--meetings", "1"] },
        { "--meetings must be at least 1", ["talks", "run", "lease-renewal", "--meetings", "0"] },
        { "--play Nobody", ["talks", "run", "lease-renewal", "--play", "Nobody"] },
        { "cannot name an agent for it too", ["talks", "run", "lease-renewal", "--play", "Tenant", "--agents", "Tenant=Boulware"] },
        { ".png or .svg", ["talks", "run", "lease-renewal", "--plot", "timeline.gif"] },
        { "There are no talks 99", ["talks", "resume", "99"] },
        { "There are no talks 99", ["talks", "show", "99"] },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void BadInput_ExitsTwoWithAMessage(string message, string[] args)
    {
        using var folder = new TempDirectory();
        var db = folder.File("p.db");
        Assert.Equal(0, CliRunner.Run("talks", "run", "lease-renewal", "--db", db, "--meetings", "1").ExitCode);

        var result = CliRunner.Run([.. args, "--db", db]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_BrokenTalksFile_ExitsTwoNamingFileLineAndField()
    {
        using var folder = new TempDirectory();
        var file = folder.File("broken.talks.json");
        File.WriteAllText(file, TinyTalks.Quarterly().Replace("\"rounds\": 10}]", "\"rounds\": 0}]", StringComparison.Ordinal));

        var result = CliRunner.Run("talks", "run", file, "--db", folder.File("p.db"));

        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"broken\.talks\.json:\d+:\d+: meetings\[3\]\.rounds: ", result.Error);
        Assert.False(File.Exists(folder.File("p.db")));
    }

    [Fact]
    public void ForeignOtherVersionOrMissingDatabase_ExitsTwo()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("notes.db"), "not a database");

        using (var connection = Parley.Storage.SqliteDatabase.Open(folder.File("future.db")))
        {
            Parley.Storage.SqliteDatabase.RequireSchema(connection, SqliteTalksStore.SchemaKind, SqliteTalksStore.SchemaVersion + 1);
        }

        var foreign = CliRunner.Run("talks", "show", "--db", folder.File("notes.db"));
        var missing = CliRunner.Run("talks", "resume", "--db", folder.File("none.db"));
        var future = CliRunner.Run("talks", "run", "lease-renewal", "--db", folder.File("future.db"));

        Assert.Equal(2, future.ExitCode);
        Assert.Contains("schema version 2", future.Error, StringComparison.Ordinal);
        Assert.Equal(2, foreign.ExitCode);
        Assert.Contains("notes.db", foreign.Error, StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("There is no database", missing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Resume_EndedTalks_ExitsTwoPointingToShow()
    {
        using var folder = new TempDirectory();
        CliRunner.Run("talks", "run", "lease-renewal", "--db", folder.File("p.db"));

        var result = CliRunner.Run("talks", "resume", "1", "--db", folder.File("p.db"));
        var latest = CliRunner.Run("talks", "resume", "--db", folder.File("p.db"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("have ended (agreed after 4 meetings)", result.Error, StringComparison.Ordinal);
        Assert.Equal(2, latest.ExitCode);
        Assert.Contains("no open talks", latest.Error, StringComparison.Ordinal);
    }

    private static CliResult WithInput(string input, Func<CliResult> run) => ConsoleLock.WithInput(input, run);
}
