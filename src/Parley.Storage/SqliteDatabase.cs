using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Parley.Storage;

/// <summary>
/// Opens Parley database files: SQLite in WAL mode (readers don't block the writer, and a killed process loses at most
/// the transaction in flight), stamped with Parley's application id and a schema version per kind of content, so a file
/// from another program or another Parley version is refused with a clear message before any work starts.
/// </summary>
public static class SqliteDatabase
{
    /// <summary>SQLite's application_id for Parley files ("PRLY").</summary>
    public const int ApplicationId = 0x50524C59;

    /// <summary>
    /// Opens (creating if needed) the file at <paramref name="path"/>: WAL journal, foreign keys on, a busy timeout, and
    /// the application id checked (a new, empty file is stamped).
    /// </summary>
    public static SqliteConnection Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full);
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            var applicationId = Scalar<long>(connection, "PRAGMA application_id;");
            var tables = Scalar<long>(connection, "SELECT count(*) FROM sqlite_master;");
            if (applicationId == 0 && tables == 0)
            {
                Execute(connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA application_id = {ApplicationId};"));
            }
            else if (applicationId != ApplicationId)
            {
                throw new StoreFormatException(full, "is not a Parley database (it belongs to another program)");
            }

            Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;");
            return connection;
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode is 26 /* SQLITE_NOTADB */)
        {
            connection.Dispose();
            throw new StoreFormatException(full, "is not a database file", exception);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Checks (or, on first use, records) the schema version of one kind of content (e.g. "tournament", "talks") in the
    /// file's <c>parley_schema</c> table. A different version is refused, naming both.
    /// </summary>
    public static void RequireSchema(SqliteConnection connection, string kind, int version)
    {
        ArgumentNullException.ThrowIfNull(connection);
        Execute(connection, "CREATE TABLE IF NOT EXISTS parley_schema (kind TEXT PRIMARY KEY, version INTEGER NOT NULL);");
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT version FROM parley_schema WHERE kind = $kind;";
        select.Parameters.AddWithValue("$kind", kind);
        var found = select.ExecuteScalar();
        if (found is null)
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO parley_schema (kind, version) VALUES ($kind, $version);";
            insert.Parameters.AddWithValue("$kind", kind);
            insert.Parameters.AddWithValue("$version", version);
            insert.ExecuteNonQuery();
            return;
        }

        var existing = Convert.ToInt32(found, CultureInfo.InvariantCulture);
        if (existing != version)
        {
            throw new StoreFormatException(
                connection.DataSource,
                string.Create(CultureInfo.InvariantCulture, $"holds {kind} data in schema version {existing}; this Parley reads version {version}"));
        }
    }

    /// <summary>Runs SQL that returns nothing.</summary>
    public static void Execute(SqliteConnection connection, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static T Scalar<T>(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture);
    }
}
