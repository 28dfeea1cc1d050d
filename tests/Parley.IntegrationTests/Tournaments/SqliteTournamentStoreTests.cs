using Microsoft.Data.Sqlite;
using Parley.IntegrationTests.Support;
using Parley.Negotiations;
using Parley.Storage;
using Parley.Storage.Tournaments;
using Parley.TestKit.Scenarios;
using Parley.TestKit.Tournaments;
using Parley.Tournaments;

namespace Parley.IntegrationTests.Tournaments;

public sealed class SqliteTournamentStoreTests
{
    private static TournamentDefinition Definition(bool traces = false) => new TournamentOptions
    {
        Agents = ["Boulware", "Conceder", "Random", "MiCRO"], Scenarios = ["split", "favourites"], Repetitions = 2, Seed = 9, Rounds = 30,
        RecordTraces = traces,
    }.Build(loadScenario: name => name == "split" ? TinyScenarios.SplitThePie(10, 0.1, 0.2, discountA: 0.5) : TinyScenarios.Favourites(3));

    [Fact]
    public void Records_WhatTheRunnerStored_ReadBackBitForBit()
    {
        using var folder = new TempDirectory();
        var definition = Definition();
        var memory = new MemoryTournamentStore();
        new TournamentRunner(definition, memory).Run();

        using (var store = SqliteTournamentStore.Create(folder.File("t.db"), definition))
        {
            new TournamentRunner(definition, store, new() { Workers = 3, BatchSize = 10 }).Run();
        }

        using var reopened = SqliteTournamentStore.Open(folder.File("t.db"));
        Assert.Equal(definition.Count, reopened.CountStored());
        Assert.Equal(TournamentRecordText.Describe(memory.Records()), TournamentRecordText.Describe(reopened.Records()));
        Assert.Equal(definition.ToJson(), reopened.LoadDefinition().ToJson());
        Assert.Equal(Enumerable.Range(0, (int)definition.Count).Select(i => (long)i), reopened.CompletedIndices());
    }

    [Fact]
    public void Views_SeatsAndResults_GiveOneRowPerSeat()
    {
        using var folder = new TempDirectory();
        var definition = Definition();
        using (var store = SqliteTournamentStore.Create(folder.File("t.db"), definition))
        {
            new TournamentRunner(definition, store).Run();
        }

        using var connection = new SqliteConnection($"Data Source={folder.File("t.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var seats = definition.Scenarios.Sum(s => s.Assignments * s.Parties) * definition.Repetitions;
        Assert.Equal(seats, Scalar(connection, "SELECT count(*) FROM seats;"));
        Assert.Equal(seats, Scalar(connection, "SELECT count(*) FROM results;"));
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM seats s JOIN negotiations n USING (idx) WHERE s.utility IS NULL OR s.agent IS NULL;"));
        Assert.Equal("Boulware", Scalar(connection, "SELECT agent FROM results WHERE idx = 0 AND seat = 0;"));
    }

    [Fact]
    public void Write_WithTraces_StoresEachNegotiationsTrace()
    {
        using var folder = new TempDirectory();
        var definition = Definition(traces: true);
        using var store = SqliteTournamentStore.Create(folder.File("t.db"), definition);
        new TournamentRunner(definition, store).Run();

        var trace = TraceJsonLines.Read(new MemoryStream(store.Trace(5)!), "trace 5");

        var record = store.Records().Single(r => r.Index == 5);
        Assert.Equal(definition.NegotiationSeed(5), trace.Header.Settings.Seed);
        Assert.Equal(record.Turns, trace.Actions.Length);
    }

    [Fact]
    public void Create_FileWithATournament_IsRefused()
    {
        using var folder = new TempDirectory();
        using (SqliteTournamentStore.Create(folder.File("t.db"), Definition()))
        {
        }

        var exception = Assert.Throws<StoreFormatException>(() => SqliteTournamentStore.Create(folder.File("t.db"), Definition()));

        Assert.Contains("already holds a tournament", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_SomeoneElsesFile_IsRefused()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("notes.db"), "not a database at all, just some text that is long enough to look like a header...");
        using (var other = new SqliteConnection($"Data Source={folder.File("other.db")};Pooling=False"))
        {
            other.Open();
            using var command = other.CreateCommand();
            command.CommandText = "CREATE TABLE things (x INTEGER);";
            command.ExecuteNonQuery();
        }

        Assert.Contains("is not a database file", Assert.Throws<StoreFormatException>(() => SqliteTournamentStore.Open(folder.File("notes.db"))).Message, StringComparison.Ordinal);
        Assert.Contains("belongs to another program", Assert.Throws<StoreFormatException>(() => SqliteTournamentStore.Open(folder.File("other.db"))).Message, StringComparison.Ordinal);
        Assert.Throws<FileNotFoundException>(() => SqliteTournamentStore.Open(folder.File("missing.db")));
        Assert.False(File.Exists(folder.File("missing.db")));
    }

    [Fact]
    public void Open_OtherSchemaVersion_NamesBothVersions()
    {
        using var folder = new TempDirectory();
        using (SqliteTournamentStore.Create(folder.File("t.db"), Definition()))
        {
        }

        using (var connection = SqliteDatabase.Open(folder.File("t.db")))
        {
            SqliteDatabase.Execute(connection, "UPDATE parley_schema SET version = 99 WHERE kind = 'tournament';");
        }

        var exception = Assert.Throws<StoreFormatException>(() => SqliteTournamentStore.Open(folder.File("t.db")));

        Assert.Contains("holds tournament data in schema version 99; this Parley reads version 1", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_ParleyFileWithoutATournament_SaysSo()
    {
        using var folder = new TempDirectory();
        using (var connection = SqliteDatabase.Open(folder.File("talks.db")))
        {
            SqliteDatabase.RequireSchema(connection, "talks", 1);
        }

        var exception = Assert.Throws<StoreFormatException>(() => SqliteTournamentStore.Open(folder.File("talks.db")));

        Assert.Contains("holds no tournament", exception.Message, StringComparison.Ordinal);
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
