using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Parley.Agents.Catalog;
using Parley.Talks;

namespace Parley.Storage.Talks;

/// <summary>
/// Talks in a Parley SQLite file (<see cref="SqliteDatabase"/>: WAL, application id, schema version "talks" 1). One row
/// per talks in <c>talks</c> (the talks file's path, full text and hash, the scenario fingerprint, the seed and agents,
/// the status), one row per completed meeting in <c>talks_meetings</c> (its result and full trace), written together
/// with the talks' new status in one transaction, so a process killed during a meeting loses that meeting only.
/// Not thread-safe: one store per thread (SQLite itself serialises writers across processes).
/// </summary>
public sealed class SqliteTalksStore : ITalksStore, IDisposable
{
    /// <summary>The schema kind recorded in the file.</summary>
    public const string SchemaKind = "talks";

    /// <summary>The schema version this store reads and writes.</summary>
    public const int SchemaVersion = 1;

    private const string CreateTables = """
        CREATE TABLE IF NOT EXISTS talks (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL,
            file_path TEXT,
            file_text TEXT NOT NULL,
            file_sha256 TEXT NOT NULL,
            scenario_fingerprint TEXT NOT NULL,
            seed INTEGER NOT NULL,
            agents TEXT NOT NULL,
            status TEXT NOT NULL,
            meetings_held INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS talks_meetings (
            talks_id INTEGER NOT NULL REFERENCES talks(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            date TEXT NOT NULL,
            rounds INTEGER NOT NULL,
            seed INTEGER NOT NULL,
            agents TEXT NOT NULL,
            end_kind TEXT NOT NULL,
            ended_by INTEGER NOT NULL,
            exit_kind TEXT NOT NULL,
            turns INTEGER NOT NULL,
            end_time REAL NOT NULL,
            agreement INTEGER NOT NULL,
            reservation_values TEXT NOT NULL,
            utilities TEXT NOT NULL,
            violation TEXT,
            trace TEXT NOT NULL,
            saved_at TEXT NOT NULL,
            PRIMARY KEY (talks_id, number)
        );
        """;

    private const string TalksColumns =
        "id, name, file_path, file_text, file_sha256, scenario_fingerprint, seed, agents, status, meetings_held, created_at, updated_at";

    private readonly SqliteConnection _connection;

    private SqliteTalksStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        FilePath = path;
    }

    /// <summary>The database file.</summary>
    public string FilePath { get; }

    /// <summary>
    /// The default database file: <c>parley/parley.db</c> under the user's local application data folder
    /// (<c>~/.local/share</c> on Linux, <c>%LOCALAPPDATA%</c> on Windows). Null when the system has no such folder.
    /// </summary>
    public static string? DefaultPath()
    {
        var folder = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        return string.IsNullOrEmpty(folder) ? null : Path.Combine(folder, "parley", "parley.db");
    }

    /// <summary>
    /// Opens (creating if needed) the talks store in a Parley database file; a <see cref="StoreFormatException"/> for a
    /// file that is not Parley's or holds another version of the talks schema.
    /// </summary>
    public static SqliteTalksStore Open(string path)
    {
        var connection = SqliteDatabase.Open(path);
        try
        {
            SqliteDatabase.RequireSchema(connection, SchemaKind, SchemaVersion);
            SqliteDatabase.Execute(connection, CreateTables);
            return new SqliteTalksStore(connection, Path.GetFullPath(path));
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public TalksRecord Create(TalksRecord talks)
    {
        ArgumentNullException.ThrowIfNull(talks);
        using var command = _connection.CreateCommand();
        command.CommandText = """
            INSERT INTO talks (name, file_path, file_text, file_sha256, scenario_fingerprint, seed, agents, status, meetings_held, created_at, updated_at)
            VALUES ($name, $path, $text, $hash, $fingerprint, $seed, $agents, $status, 0, $created, $updated)
            RETURNING id;
            """;
        command.Parameters.AddWithValue("$name", talks.Name);
        command.Parameters.AddWithValue("$path", (object?)talks.FilePath ?? DBNull.Value);
        command.Parameters.AddWithValue("$text", talks.FileText);
        command.Parameters.AddWithValue("$hash", talks.FileHash);
        command.Parameters.AddWithValue("$fingerprint", talks.ScenarioFingerprint);
        command.Parameters.AddWithValue("$seed", talks.Settings.Seed);
        command.Parameters.AddWithValue("$agents", TalksRows.Strings(talks.Settings.Agents.Select(a => a.ToString())));
        command.Parameters.AddWithValue("$status", TalksRows.Status(talks.Status));
        command.Parameters.AddWithValue("$created", TalksRows.Timestamp(talks.CreatedAt));
        command.Parameters.AddWithValue("$updated", TalksRows.Timestamp(talks.UpdatedAt));
        var id = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        return talks with { Id = id, MeetingsHeld = 0 };
    }

    /// <inheritdoc />
    public void SaveMeeting(long talksId, MeetingResult meeting, TalksStatus status, DateTimeOffset savedAt)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var record = meeting.Record;
        using var transaction = _connection.BeginTransaction();
        using (var check = _connection.CreateCommand())
        {
            check.Transaction = transaction;
            check.CommandText = "SELECT meetings_held, status FROM talks WHERE id = $id;";
            check.Parameters.AddWithValue("$id", talksId);
            using var reader = check.ExecuteReader();
            if (!reader.Read())
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{FilePath}: there are no talks {talksId}."));
            }

            var held = reader.GetInt32(0);
            if (held != record.Number - 1 || reader.GetString(1) != TalksRows.Status(TalksStatus.Open))
            {
                throw new TalksResumeException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{FilePath}: talks {talksId} have {held} meetings stored ({reader.GetString(1)}), so meeting {record.Number} cannot be saved (were they resumed elsewhere?)."));
            }
        }

        using (var insert = _connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO talks_meetings (talks_id, number, date, rounds, seed, agents, end_kind, ended_by, exit_kind, turns, end_time, agreement,
                                            reservation_values, utilities, violation, trace, saved_at)
                VALUES ($id, $number, $date, $rounds, $seed, $agents, $end, $endedBy, $exit, $turns, $endTime, $agreement,
                        $reservations, $utilities, $violation, $trace, $saved);
                """;
            insert.Parameters.AddWithValue("$id", talksId);
            insert.Parameters.AddWithValue("$number", record.Number);
            insert.Parameters.AddWithValue("$date", TalksRows.Date(record.Date));
            insert.Parameters.AddWithValue("$rounds", record.Rounds);
            insert.Parameters.AddWithValue("$seed", meeting.Seed);
            insert.Parameters.AddWithValue("$agents", TalksRows.Strings(meeting.Agents));
            insert.Parameters.AddWithValue("$end", TalksRows.End(record.End));
            insert.Parameters.AddWithValue("$endedBy", record.EndedBy);
            insert.Parameters.AddWithValue("$exit", TalksRows.Exit(record.Exit));
            insert.Parameters.AddWithValue("$turns", record.Turns);
            insert.Parameters.AddWithValue("$endTime", record.EndTime);
            insert.Parameters.AddWithValue("$agreement", record.Agreement);
            insert.Parameters.AddWithValue("$reservations", TalksRows.Numbers(meeting.ReservationValues));
            insert.Parameters.AddWithValue("$utilities", TalksRows.Numbers(meeting.Utilities));
            insert.Parameters.AddWithValue("$violation", (object?)record.Violation ?? DBNull.Value);
            insert.Parameters.AddWithValue("$trace", TalksRows.Trace(record.Actions));
            insert.Parameters.AddWithValue("$saved", TalksRows.Timestamp(savedAt));
            insert.ExecuteNonQuery();
        }

        using (var update = _connection.CreateCommand())
        {
            update.Transaction = transaction;
            update.CommandText = "UPDATE talks SET meetings_held = $number, status = $status, updated_at = $saved WHERE id = $id;";
            update.Parameters.AddWithValue("$id", talksId);
            update.Parameters.AddWithValue("$number", record.Number);
            update.Parameters.AddWithValue("$status", TalksRows.Status(status));
            update.Parameters.AddWithValue("$saved", TalksRows.Timestamp(savedAt));
            update.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <inheritdoc />
    public TalksRecord? Find(long talksId)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT {TalksColumns} FROM talks WHERE id = $id;";
        command.Parameters.AddWithValue("$id", talksId);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadTalks(reader) : null;
    }

    /// <inheritdoc />
    public ImmutableArray<TalksRecord> List()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT {TalksColumns} FROM talks ORDER BY id DESC;";
        using var reader = command.ExecuteReader();
        var list = ImmutableArray.CreateBuilder<TalksRecord>();
        while (reader.Read())
        {
            list.Add(ReadTalks(reader));
        }

        return list.ToImmutable();
    }

    /// <inheritdoc />
    public ImmutableArray<MeetingResult> LoadMeetings(long talksId)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT number, date, rounds, seed, agents, end_kind, ended_by, exit_kind, turns, end_time, agreement,
                   reservation_values, utilities, violation, trace
            FROM talks_meetings WHERE talks_id = $id ORDER BY number;
            """;
        command.Parameters.AddWithValue("$id", talksId);
        using var reader = command.ExecuteReader();
        var list = ImmutableArray.CreateBuilder<MeetingResult>();
        while (reader.Read())
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"talks {talksId} meeting {reader.GetInt32(0)}");
            var record = new MeetingRecord(
                reader.GetInt32(0),
                TalksRows.ParseDate(reader.GetString(1), FilePath, where),
                reader.GetInt32(2),
                TalksRows.ParseEnd(reader.GetString(5), FilePath, where),
                reader.GetInt32(6),
                TalksRows.ParseExit(reader.GetString(7), FilePath, where),
                reader.GetInt64(8),
                reader.GetDouble(9),
                reader.GetInt64(10),
                TalksRows.ParseTrace(reader.GetString(14), FilePath, where),
                reader.IsDBNull(13) ? null : reader.GetString(13));
            list.Add(new MeetingResult(
                record,
                TalksRows.ParseStrings(reader.GetString(4), FilePath, where),
                reader.GetInt32(3),
                TalksRows.ParseNumbers(reader.GetString(11), FilePath, where),
                TalksRows.ParseNumbers(reader.GetString(12), FilePath, where)));
        }

        return list.ToImmutable();
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    private TalksRecord ReadTalks(SqliteDataReader reader)
    {
        var id = reader.GetInt64(0);
        var where = string.Create(CultureInfo.InvariantCulture, $"talks {id}");
        var agents = TalksRows.ParseStrings(reader.GetString(7), FilePath, where);
        ImmutableArray<AgentSpec> specs;
        try
        {
            specs = [.. agents.Select(AgentSpec.Parse)];
        }
        catch (AgentSpecException e)
        {
            throw new StoreFormatException(FilePath, $"{where}: stored agents are unreadable: {e.Message}", e);
        }

        return new TalksRecord(
            id,
            reader.GetString(1),
            reader.IsDBNull(2) ? null : reader.GetString(2),
            reader.GetString(3),
            reader.GetString(4),
            reader.GetString(5),
            new TalksSettings(reader.GetInt32(6), specs),
            TalksRows.ParseStatus(reader.GetString(8), FilePath, where),
            reader.GetInt32(9),
            TalksRows.ParseTimestamp(reader.GetString(10), FilePath, where),
            TalksRows.ParseTimestamp(reader.GetString(11), FilePath, where));
    }
}
