using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Parley.Agents.Catalog;
using Parley.Negotiations;
using Parley.Scenarios;
using Parley.Tournaments;

namespace Parley.Storage.Tournaments;

/// <summary>
/// A tournament in a SQLite file (WAL): its definition, written once before any negotiation runs, then every result as it
/// is committed, one transaction per batch, so a killed process loses at most the batch in flight. The negotiation index
/// is the primary key, so nothing can be stored twice. Files of another program or another schema version are refused
/// before anything is written. One connection, used by one thread at a time (the runner writes from its single writer
/// thread). The schema is in docs/tournaments.md.
/// </summary>
public sealed class SqliteTournamentStore : ITournamentStore, IDisposable
{
    private readonly SqliteConnection _connection;
    private TournamentInserts? _inserts;

    private readonly TournamentSchema _schema;

    private SqliteTournamentStore(SqliteConnection connection, string path, string definition, TournamentSchema schema)
    {
        _connection = connection;
        _schema = schema;
        Path = path;
        DefinitionJson = definition;
    }

    /// <summary>The schema version this Parley writes and reads.</summary>
    public static int SchemaVersion => TournamentSchema.Version;

    /// <summary>The file's full path.</summary>
    public string Path { get; }

    /// <summary>The stored definition (canonical JSON, <see cref="TournamentDefinition.ToJson"/>).</summary>
    public string DefinitionJson { get; }

    /// <summary>
    /// Creates the tournament in a new file (or a Parley file without one) and stores its definition; a clear error if
    /// the file belongs to another program or version, or already holds a tournament.
    /// </summary>
    public static SqliteTournamentStore Create(string path, TournamentDefinition definition)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(definition);
        var connection = SqliteDatabase.Open(path);
        try
        {
            if (Scalar(connection, "SELECT version FROM parley_schema WHERE kind = 'tournament';", requireTable: "parley_schema") is not null)
            {
                SqliteDatabase.RequireSchema(connection, TournamentSchema.Kind, TournamentSchema.Version); // another version is refused first
            }

            if (HasTournament(connection))
            {
                throw new StoreFormatException(connection.DataSource, "already holds a tournament: resume it, or choose another file");
            }

            var json = definition.ToJson();
            var seats = definition.Scenarios.Max(s => s.Parties);
            if (seats > TournamentSchema.MaxSeats)
            {
                throw new TournamentException($"A scenario has {seats} parties; a tournament file holds at most {TournamentSchema.MaxSeats}.");
            }

            var schema = new TournamentSchema(seats);
            using (var transaction = connection.BeginTransaction())
            {
                SqliteDatabase.RequireSchema(connection, TournamentSchema.Kind, TournamentSchema.Version);
                SqliteDatabase.Execute(connection, schema.Create);
                Insert(connection, "INSERT INTO tournament (id, format, fingerprint, negotiations, seats, definition) VALUES (1, $0, $1, $2, $3, $4);",
                    TournamentDefinition.FormatName, definition.Fingerprint, definition.Count, seats, json);
                for (var a = 0; a < definition.Agents.Length; a++)
                {
                    Insert(connection, "INSERT INTO agents (agent, spec) VALUES ($0, $1);", a, definition.AgentNames[a]);
                }

                foreach (var scenario in definition.Scenarios)
                {
                    Insert(
                        connection,
                        "INSERT INTO scenarios (scenario, name, source, fingerprint, parties, outcomes, assignments, possible_assignments) "
                        + "VALUES ($0, $1, $2, $3, $4, $5, $6, $7);",
                        scenario.Index, scenario.Name, scenario.Source, scenario.Fingerprint, scenario.Parties, scenario.Outcomes,
                        scenario.Assignments, scenario.PossibleAssignments);
                    var parties = scenario.Prepared.Scenario.Parties;
                    for (var seat = 0; seat < parties.Length; seat++)
                    {
                        Insert(connection, "INSERT INTO parties (scenario, seat, name, reservation_value, discount) VALUES ($0, $1, $2, $3, $4);",
                            scenario.Index, seat, parties[seat].Name, parties[seat].ReservationValue, parties[seat].Discount.Value);
                    }
                }

                transaction.Commit();
            }

            return new SqliteTournamentStore(connection, connection.DataSource, json, schema);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Opens the tournament in an existing file; a clear error for a missing file, someone else's file, or another version's.</summary>
    public static SqliteTournamentStore Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No tournament file '{path}'.", path);
        }

        var connection = SqliteDatabase.Open(path);
        try
        {
            var version = Scalar(connection, "SELECT version FROM parley_schema WHERE kind = 'tournament';", requireTable: "parley_schema");
            if (version is null)
            {
                throw new StoreFormatException(connection.DataSource, "holds no tournament");
            }

            SqliteDatabase.RequireSchema(connection, TournamentSchema.Kind, TournamentSchema.Version);
            var definition = Scalar(connection, "SELECT definition FROM tournament WHERE id = 1;", requireTable: "tournament") as string
                ?? throw new StoreFormatException(connection.DataSource, "holds no tournament (its creation was interrupted; run it again)");
            var seats = Convert.ToInt32(Scalar(connection, "SELECT seats FROM tournament WHERE id = 1;"), CultureInfo.InvariantCulture);
            return new SqliteTournamentStore(connection, connection.DataSource, definition, new TournamentSchema(seats));
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Reads the definition back (agents checked against <paramref name="catalog"/>, scenarios against their fingerprints).</summary>
    public TournamentDefinition LoadDefinition(AgentCatalog? catalog = null, Func<string, Scenario>? loadScenario = null)
    {
        try
        {
            return TournamentDefinition.FromJson(DefinitionJson, catalog, loadScenario);
        }
        catch (TournamentException exception)
        {
            throw new TournamentException($"{Path}: {exception.Message}", exception);
        }
    }

    /// <summary>How many negotiations are stored.</summary>
    public long CountStored() => (long)Scalar(_connection, "SELECT count(*) FROM negotiations;")!;

    /// <summary>Notes the start of a run (for <c>report --timings</c>); returns its number.</summary>
    public long BeginRun(DateTimeOffset started, int workers)
    {
        using var command = Command(_connection, "INSERT INTO runs (started, workers) VALUES ($0, $1) RETURNING run;", Stamp(started), workers);
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Notes the end of a run.</summary>
    public void EndRun(long run, DateTimeOffset finished, long negotiations)
    {
        using var command = Command(_connection, "UPDATE runs SET finished = $0, negotiations = $1 WHERE run = $2;", Stamp(finished), negotiations, run);
        command.ExecuteNonQuery();
    }

    /// <summary>The runs so far, in order: start, end (null if killed), workers, negotiations stored (0 if killed).</summary>
    public IReadOnlyList<StoredRun> Runs()
    {
        var runs = new List<StoredRun>();
        using var command = Command(_connection, "SELECT run, started, finished, workers, negotiations FROM runs ORDER BY run;");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            runs.Add(new StoredRun(reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetInt32(3), reader.GetInt64(4)));
        }

        return runs;
    }

    /// <inheritdoc />
    public IEnumerable<long> CompletedIndices()
    {
        using var command = Command(_connection, "SELECT idx FROM negotiations ORDER BY idx;");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return reader.GetInt64(0);
        }
    }

    /// <summary>The stored trace of a negotiation (JSON Lines), or null.</summary>
    public byte[]? Trace(long index)
    {
        using var command = Command(_connection, "SELECT jsonl FROM traces WHERE idx = $0;", index);
        return command.ExecuteScalar() as byte[];
    }

    /// <inheritdoc />
    public void Write(IReadOnlyList<TournamentRecord> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        _inserts ??= new TournamentInserts(_connection, _schema);
        _inserts.Write(batch);
    }

    /// <inheritdoc />
    public IEnumerable<TournamentRecord> Records()
    {
        using var command = Command(_connection, _schema.Select);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return Read(reader);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _inserts?.Dispose();
        _connection.Dispose();
    }

    private TournamentRecord Read(SqliteDataReader reader)
    {
        var index = reader.GetInt64(0);
        try
        {
            var first = TournamentSchema.Columns.Length;
            var width = TournamentSchema.SeatColumns.Length;
            var seats = 0;
            while (seats < _schema.Seats && !reader.IsDBNull(first + (seats * width)))
            {
                seats++;
            }

            var agents = new int[seats];
            var utilities = new double[seats];
            var discounted = new double[seats];
            var advantages = new double[seats];
            var discountedAdvantages = new double[seats];
            for (var s = 0; s < seats; s++)
            {
                var column = first + (s * width);
                agents[s] = reader.GetInt32(column);
                utilities[s] = reader.GetDouble(column + 1);
                discounted[s] = reader.GetDouble(column + 2);
                advantages[s] = reader.GetDouble(column + 3);
                discountedAdvantages[s] = reader.GetDouble(column + 4);
            }

            return new TournamentRecord
            {
                Index = index,
                Repetition = reader.GetInt32(1),
                Scenario = reader.GetInt32(2),
                Assignment = reader.GetInt64(3),
                Seed = reader.GetInt32(4),
                End = TraceNames.TryParseEnd(reader.GetString(5), out var end) ? end : throw new FormatException($"unknown ending '{reader.GetString(5)}'"),
                EndedBy = reader.IsDBNull(6) ? -1 : reader.GetInt32(6),
                FailureRule = reader.IsDBNull(7)
                    ? null
                    : TraceNames.TryParseRule(reader.GetString(7), out var rule) ? rule : throw new FormatException($"unknown rule '{reader.GetString(7)}'"),
                FailureMessage = reader.IsDBNull(8) ? null : reader.GetString(8),
                Turns = reader.GetInt64(9),
                Rounds = reader.GetInt64(10),
                EndTime = reader.GetDouble(11),
                Agreement = reader.IsDBNull(12) ? -1 : reader.GetInt64(12),
                SocialWelfare = reader.GetDouble(13),
                DiscountedSocialWelfare = reader.GetDouble(14),
                ParetoDistance = reader.IsDBNull(15) ? null : reader.GetDouble(15),
                NashDistance = reader.IsDBNull(16) ? null : reader.GetDouble(16),
                KalaiSmorodinskyDistance = reader.IsDBNull(17) ? null : reader.GetDouble(17),
                Elapsed = TimeSpan.FromTicks((long)Math.Round(reader.GetDouble(18) * 10)),
                Agents = ImmutableCollectionsMarshal.AsImmutableArray(agents),
                Utilities = ImmutableCollectionsMarshal.AsImmutableArray(utilities),
                DiscountedUtilities = ImmutableCollectionsMarshal.AsImmutableArray(discounted),
                Advantages = ImmutableCollectionsMarshal.AsImmutableArray(advantages),
                DiscountedAdvantages = ImmutableCollectionsMarshal.AsImmutableArray(discountedAdvantages),
            };
        }
        catch (Exception exception) when (exception is FormatException or InvalidCastException)
        {
            throw new StoreFormatException(
                Path, string.Create(CultureInfo.InvariantCulture, $"negotiation {index} cannot be read: {exception.Message}"), exception);
        }
    }

    private static bool HasTournament(SqliteConnection connection) =>
        Scalar(connection, "SELECT count(*) FROM tournament;", requireTable: "tournament") is long and > 0;

    /// <summary>A scalar, or null when <paramref name="requireTable"/> does not exist.</summary>
    private static object? Scalar(SqliteConnection connection, string sql, string? requireTable = null)
    {
        if (requireTable is not null)
        {
            using var exists = Command(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $0;", requireTable);
            if ((long)exists.ExecuteScalar()! == 0)
            {
                return null;
            }
        }

        using var command = Command(connection, sql);
        return command.ExecuteScalar();
    }

    private static void Insert(SqliteConnection connection, string sql, params object[] values)
    {
        using var command = Command(connection, sql, values);
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params object[] values)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue(string.Create(CultureInfo.InvariantCulture, $"${i}"), values[i]);
        }

        return command;
    }

    private static string Stamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
