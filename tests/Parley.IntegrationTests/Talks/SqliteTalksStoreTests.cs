using Microsoft.Data.Sqlite;
using Parley.IntegrationTests.Support;
using Parley.Storage;
using Parley.Storage.Talks;
using Parley.Talks;
using Parley.Talks.Json;
using Parley.TestKit.Talks;

namespace Parley.IntegrationTests.Talks;

public class SqliteTalksStoreTests
{
    private static TalksSession Run(ITalksStore store, int meetings)
    {
        // No zone of agreement: every meeting is held, and the random agents' offers depend on the meeting seeds.
        var talks = TalksScenarioReader.Parse(
            TinyTalks.Text(["2020-02-01", "2020-05-01", "2020-08-01", "2020-11-01"], 6, agentA: "Random", agentB: "Random", reservationA: 0.5, reservationB: 0.75),
            "tiny.talks.json");
        var session = TalksSession.Start(talks, TalksSettings.For(talks, 5), new TalksSessionOptions { Store = store });
        session.Run(new TalksStop(Meetings: meetings));
        return session;
    }

    [Fact]
    public void SaveMeeting_ThenLoad_GivesBackEveryFieldExactly()
    {
        using var folder = new TempDirectory();
        var memory = new InMemoryTalksStore();
        var expected = Run(memory, 3);

        using (var store = SqliteTalksStore.Open(folder.File("talks.db")))
        {
            Run(store, 3);
        }

        using var reopened = SqliteTalksStore.Open(folder.File("talks.db"));
        var record = Assert.Single(reopened.List());
        var meetings = reopened.LoadMeetings(record.Id);
        Assert.Equal(3, record.MeetingsHeld);
        Assert.Equal(TalksStatus.Open, record.Status);
        Assert.Equal("tiny", record.Name);
        Assert.Equal(expected.Settings, record.Settings);
        Assert.Equal(TalksRecord.HashOf(record.FileText), record.FileHash);
        Assert.Equal(expected.Talks.ScenarioFingerprint, record.ScenarioFingerprint);
        Assert.Equal(3, meetings.Length);
        for (var i = 0; i < 3; i++)
        {
            var (want, got) = (expected.State.Meetings[i], meetings[i]);
            Assert.Null(got.Record.DifferenceFrom(want.Record));
            Assert.Equal(want.Record with { Actions = got.Record.Actions }, got.Record);
            Assert.Equal(want.Agents, got.Agents);
            Assert.Equal(want.Seed, got.Seed);
            Assert.Equal(want.ReservationValues, got.ReservationValues);
            Assert.Equal(want.Utilities, got.Utilities);
        }
    }

    [Fact]
    public void SaveMeeting_NotTheNextOne_IsRefusedAndNothingChanges()
    {
        using var folder = new TempDirectory();
        using var store = SqliteTalksStore.Open(folder.File("talks.db"));
        var session = Run(store, 2);
        var second = store.LoadMeetings(session.Id!.Value)[1];

        Assert.Throws<TalksResumeException>(() => store.SaveMeeting(session.Id.Value, second, TalksStatus.Open, DateTimeOffset.UnixEpoch));

        Assert.Equal(2, store.LoadMeetings(session.Id.Value).Length);
        Assert.Equal(2, store.Find(session.Id.Value)!.MeetingsHeld);
    }

    [Fact]
    public void List_GivesNewestFirst_AndFindUnknownIdGivesNull()
    {
        using var folder = new TempDirectory();
        using var store = SqliteTalksStore.Open(folder.File("talks.db"));
        Run(store, 1);
        Run(store, 1);

        Assert.Equal([2L, 1L], store.List().Select(t => t.Id));
        Assert.Null(store.Find(3));
        Assert.Empty(store.LoadMeetings(3));
    }

    [Fact]
    public void Open_ForeignFile_IsRefused()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("notes.db"), "these are my notes, not a database");

        var error = Assert.Throws<StoreFormatException>(() => SqliteTalksStore.Open(folder.File("notes.db")));

        Assert.Contains("notes.db", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_OtherProgramsDatabase_IsRefused()
    {
        using var folder = new TempDirectory();
        using (var connection = new SqliteConnection($"Data Source={folder.File("other.db")};Pooling=False"))
        {
            connection.Open();
            SqliteDatabase.Execute(connection, "CREATE TABLE things (id INTEGER);");
        }

        var error = Assert.Throws<StoreFormatException>(() => SqliteTalksStore.Open(folder.File("other.db")));

        Assert.Contains("another program", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_OtherTalksSchemaVersion_IsRefusedNamingBothVersions()
    {
        using var folder = new TempDirectory();
        using (var connection = SqliteDatabase.Open(folder.File("future.db")))
        {
            SqliteDatabase.RequireSchema(connection, SqliteTalksStore.SchemaKind, SqliteTalksStore.SchemaVersion + 1);
        }

        var error = Assert.Throws<StoreFormatException>(() => SqliteTalksStore.Open(folder.File("future.db")));

        Assert.Contains($"schema version {SqliteTalksStore.SchemaVersion + 1}", error.Message, StringComparison.Ordinal);
        Assert.Contains($"reads version {SqliteTalksStore.SchemaVersion}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultPath_IsParleyDbUnderTheUsersLocalDataFolder()
    {
        var folder = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);

        var path = SqliteTalksStore.DefaultPath();

        if (string.IsNullOrEmpty(folder))
        {
            Assert.Null(path);
        }
        else
        {
            Assert.Equal(Path.Combine(folder, "parley", "parley.db"), path);
        }
    }
}
