using System.Globalization;
using System.Text;

namespace Parley.Storage.Tournaments;

/// <summary>
/// The tables of a tournament file (schema version <see cref="Version"/>; docs/tournaments.md describes every column).
/// Per-seat values are columns, five per seat (<c>agent_s</c>, <c>utility_s</c>, <c>discounted_utility_s</c>,
/// <c>advantage_s</c>, <c>discounted_advantage_s</c>) for as many seats as the tournament's largest scenario has, so a
/// result is one row and one insert; the <c>seats</c> view turns them into one row per seat.
/// </summary>
internal sealed class TournamentSchema
{
    public const string Kind = "tournament";

    public const int Version = 1;

    /// <summary>The most seats a file can hold (five columns each, well inside SQLite's 2,000-column limit).</summary>
    public const int MaxSeats = 300;

    /// <summary>The columns of <c>negotiations</c> before the per-seat ones, in order.</summary>
    public static readonly string[] Columns =
    [
        "idx", "repetition", "scenario", "assignment", "seed", "ending", "ended_by", "failure_rule", "failure_message", "turns", "rounds",
        "end_time", "agreement", "social_welfare", "discounted_social_welfare", "pareto_distance", "nash_distance",
        "kalai_smorodinsky_distance", "elapsed_us",
    ];

    /// <summary>The per-seat columns, without their <c>_s</c> suffix, in order.</summary>
    public static readonly string[] SeatColumns = ["agent", "utility", "discounted_utility", "advantage", "discounted_advantage"];

    public TournamentSchema(int seats)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(seats, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(seats, MaxSeats);
        Seats = seats;
        var all = Columns.Concat(Enumerable.Range(0, seats).SelectMany(s => SeatColumns.Select(c => Seat(c, s)))).ToArray();
        Insert = $"INSERT INTO negotiations ({string.Join(", ", all)}) VALUES ({string.Join(", ", all.Select((_, i) => Invariant($"?{i + 1}")))});";
        Select = $"SELECT {string.Join(", ", all)} FROM negotiations ORDER BY idx;";
        Create = Tables + NegotiationsTable() + Views();
    }

    public int Seats { get; }

    public string Create { get; }

    public string Insert { get; }

    public string Select { get; }

    public static string Seat(string column, int seat) => Invariant($"{column}_{seat}");

    private string NegotiationsTable()
    {
        var sql = new StringBuilder("""
            CREATE TABLE IF NOT EXISTS negotiations (
                idx INTEGER PRIMARY KEY,
                repetition INTEGER NOT NULL,
                scenario INTEGER NOT NULL,
                assignment INTEGER NOT NULL,
                seed INTEGER NOT NULL,
                ending TEXT NOT NULL,
                ended_by INTEGER,
                failure_rule TEXT,
                failure_message TEXT,
                turns INTEGER NOT NULL,
                rounds INTEGER NOT NULL,
                end_time REAL NOT NULL,
                agreement INTEGER,
                social_welfare REAL NOT NULL,
                discounted_social_welfare REAL NOT NULL,
                pareto_distance REAL,
                nash_distance REAL,
                kalai_smorodinsky_distance REAL,
                elapsed_us REAL NOT NULL
            """);
        for (var s = 0; s < Seats; s++)
        {
            sql.Append(Invariant($",\n    agent_{s} INTEGER, utility_{s} REAL, discounted_utility_{s} REAL, advantage_{s} REAL, discounted_advantage_{s} REAL"));
        }

        return sql.Append("\n);\n").ToString();
    }

    private string Views()
    {
        var seats = Enumerable.Range(0, Seats).Select(s => Invariant(
            $"SELECT idx, {s} AS seat, agent_{s} AS agent, utility_{s} AS utility, discounted_utility_{s} AS discounted_utility, advantage_{s} AS advantage, discounted_advantage_{s} AS discounted_advantage FROM negotiations WHERE agent_{s} IS NOT NULL"));
        return $"CREATE VIEW IF NOT EXISTS seats AS\n    {string.Join("\n    UNION ALL ", seats)};\n" + """
            CREATE VIEW IF NOT EXISTS results AS
                SELECT n.idx, n.repetition, sc.name AS scenario, n.assignment, n.seed, s.seat, p.name AS party, a.spec AS agent,
                       s.utility, s.discounted_utility, s.advantage, s.discounted_advantage,
                       n.ending, n.ended_by, n.failure_rule, n.turns, n.rounds, n.end_time, n.agreement,
                       n.social_welfare, n.pareto_distance, n.nash_distance
                FROM seats s
                JOIN negotiations n ON n.idx = s.idx
                JOIN agents a ON a.agent = s.agent
                JOIN scenarios sc ON sc.scenario = n.scenario
                JOIN parties p ON p.scenario = n.scenario AND p.seat = s.seat;

            """;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private const string Tables = """
        CREATE TABLE IF NOT EXISTS tournament (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            format TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            negotiations INTEGER NOT NULL,
            seats INTEGER NOT NULL,
            definition TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS agents (
            agent INTEGER PRIMARY KEY,
            spec TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS scenarios (
            scenario INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            source TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            parties INTEGER NOT NULL,
            outcomes INTEGER NOT NULL,
            assignments INTEGER NOT NULL,
            possible_assignments INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS parties (
            scenario INTEGER NOT NULL,
            seat INTEGER NOT NULL,
            name TEXT NOT NULL,
            reservation_value REAL NOT NULL,
            discount REAL NOT NULL,
            PRIMARY KEY (scenario, seat)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS traces (
            idx INTEGER PRIMARY KEY,
            jsonl BLOB NOT NULL
        );
        CREATE TABLE IF NOT EXISTS runs (
            run INTEGER PRIMARY KEY,
            started TEXT NOT NULL,
            finished TEXT,
            workers INTEGER NOT NULL,
            negotiations INTEGER NOT NULL DEFAULT 0
        );

        """;
}
