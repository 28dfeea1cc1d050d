using System.Text;
using Microsoft.Data.Sqlite;
using Parley.Negotiations;
using Parley.Protocols;
using Parley.Tournaments;
using SQLitePCL;

namespace Parley.Storage.Tournaments;

/// <summary>
/// The prepared INSERTs of a batch, bound and stepped through SQLite's C API (the library under Microsoft.Data.Sqlite),
/// because ADO.NET's per-command parameter handling costs more than SQLite's own insert: this keeps storing a result to
/// a few microseconds. Texts that repeat (endings, rules) are encoded once.
/// </summary>
internal sealed class TournamentInserts : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _negotiation;
    private readonly int _seats;
    private readonly sqlite3_stmt _trace;
    private readonly byte[][] _endings;
    private readonly byte[][] _rules;

    public TournamentInserts(SqliteConnection connection, TournamentSchema schema)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        _seats = schema.Seats;
        _negotiation = Prepare(schema.Insert);
        _trace = Prepare("INSERT INTO traces (idx, jsonl) VALUES ($idx, $jsonl);");
        _endings = [.. Enum.GetValues<NegotiationEnd>().Select(e => Encoding.UTF8.GetBytes(TraceNames.Of(e)))];
        _rules = [.. Enum.GetValues<ProtocolRule>().Select(r => Encoding.UTF8.GetBytes(TraceNames.Of(r)))];
    }

    /// <summary>Inserts a batch in one transaction: all rows or none.</summary>
    public void Write(IReadOnlyList<TournamentRecord> batch)
    {
        Check(raw.sqlite3_exec(_db, "BEGIN IMMEDIATE;"));
        try
        {
            foreach (var record in batch)
            {
                Insert(record);
            }

            Check(raw.sqlite3_exec(_db, "COMMIT;"));
        }
        catch
        {
            _ = raw.sqlite3_exec(_db, "ROLLBACK;");
            throw;
        }
    }

    public void Dispose()
    {
        _negotiation.Dispose();
        _trace.Dispose();
    }

    private void Insert(TournamentRecord record)
    {
        var n = _negotiation;
        _ = raw.sqlite3_bind_int64(n, 1, record.Index);
        _ = raw.sqlite3_bind_int(n, 2, record.Repetition);
        _ = raw.sqlite3_bind_int(n, 3, record.Scenario);
        _ = raw.sqlite3_bind_int64(n, 4, record.Assignment);
        _ = raw.sqlite3_bind_int(n, 5, record.Seed);
        _ = raw.sqlite3_bind_text(n, 6, _endings[(int)record.End]);
        BindOptional(n, 7, record.EndedBy >= 0 ? record.EndedBy : null);
        if (record.FailureRule is { } rule)
        {
            _ = raw.sqlite3_bind_text(n, 8, _rules[(int)rule]);
        }
        else
        {
            _ = raw.sqlite3_bind_null(n, 8);
        }

        if (record.FailureMessage is { } message)
        {
            _ = raw.sqlite3_bind_text(n, 9, message);
        }
        else
        {
            _ = raw.sqlite3_bind_null(n, 9);
        }

        _ = raw.sqlite3_bind_int64(n, 10, record.Turns);
        _ = raw.sqlite3_bind_int64(n, 11, record.Rounds);
        _ = raw.sqlite3_bind_double(n, 12, record.EndTime);
        BindOptional(n, 13, record.Agreement >= 0 ? record.Agreement : null);
        _ = raw.sqlite3_bind_double(n, 14, record.SocialWelfare);
        _ = raw.sqlite3_bind_double(n, 15, record.DiscountedSocialWelfare);
        BindOptional(n, 16, record.ParetoDistance);
        BindOptional(n, 17, record.NashDistance);
        BindOptional(n, 18, record.KalaiSmorodinskyDistance);
        _ = raw.sqlite3_bind_double(n, 19, record.Elapsed.Ticks / 10.0);
        var seats = record.Agents.Length;
        if (seats > _seats)
        {
            throw new InvalidOperationException($"Negotiation {record.Index} has {seats} seats; this file holds at most {_seats}.");
        }

        var column = TournamentSchema.Columns.Length + 1;
        for (var seat = 0; seat < _seats; seat++, column += TournamentSchema.SeatColumns.Length)
        {
            if (seat < seats)
            {
                _ = raw.sqlite3_bind_int(n, column, record.Agents[seat]);
                _ = raw.sqlite3_bind_double(n, column + 1, record.Utilities[seat]);
                _ = raw.sqlite3_bind_double(n, column + 2, record.DiscountedUtilities[seat]);
                _ = raw.sqlite3_bind_double(n, column + 3, record.Advantages[seat]);
                _ = raw.sqlite3_bind_double(n, column + 4, record.DiscountedAdvantages[seat]);
            }
            else
            {
                for (var c = 0; c < TournamentSchema.SeatColumns.Length; c++)
                {
                    _ = raw.sqlite3_bind_null(n, column + c);
                }
            }
        }

        Step(n);
        if (record.Trace is { } trace)
        {
            _ = raw.sqlite3_bind_int64(_trace, 1, record.Index);
            _ = raw.sqlite3_bind_blob(_trace, 2, trace.Span);
            Step(_trace);
        }
    }

    private static void BindOptional(sqlite3_stmt statement, int index, long? value)
    {
        _ = value is { } x ? raw.sqlite3_bind_int64(statement, index, x) : raw.sqlite3_bind_null(statement, index);
    }

    private static void BindOptional(sqlite3_stmt statement, int index, double? value)
    {
        _ = value is { } x ? raw.sqlite3_bind_double(statement, index, x) : raw.sqlite3_bind_null(statement, index);
    }

    private void Step(sqlite3_stmt statement)
    {
        var rc = raw.sqlite3_step(statement);
        _ = raw.sqlite3_reset(statement);
        if (rc != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }

    private sqlite3_stmt Prepare(string sql)
    {
        Check(raw.sqlite3_prepare_v2(_db, sql, out var statement));
        return statement;
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }
}
