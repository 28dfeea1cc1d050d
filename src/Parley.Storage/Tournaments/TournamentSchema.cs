namespace Parley.Storage.Tournaments;

/// <summary>The tables of a tournament file (schema version <see cref="Version"/>; docs/tournaments.md describes every column).</summary>
internal static class TournamentSchema
{
    public const string Kind = "tournament";

    public const int Version = 1;

    public const string Create = """
        CREATE TABLE IF NOT EXISTS tournament (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            format TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            negotiations INTEGER NOT NULL,
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
        CREATE TABLE IF NOT EXISTS negotiations (
            idx INTEGER PRIMARY KEY,
            repetition INTEGER NOT NULL,
            scenario INTEGER NOT NULL,
            assignment INTEGER NOT NULL,
            seed INTEGER NOT NULL,
            agents TEXT NOT NULL,
            ending TEXT NOT NULL,
            ended_by INTEGER,
            failure_rule TEXT,
            failure_message TEXT,
            turns INTEGER NOT NULL,
            rounds INTEGER NOT NULL,
            end_time REAL NOT NULL,
            agreement INTEGER,
            utilities TEXT NOT NULL,
            discounted_utilities TEXT NOT NULL,
            advantages TEXT NOT NULL,
            discounted_advantages TEXT NOT NULL,
            social_welfare REAL NOT NULL,
            discounted_social_welfare REAL NOT NULL,
            pareto_distance REAL,
            nash_distance REAL,
            kalai_smorodinsky_distance REAL,
            elapsed_us REAL NOT NULL
        );
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
        CREATE VIEW IF NOT EXISTS seats AS
            SELECT n.idx, CAST(j.key AS INTEGER) AS seat, j.value AS agent,
                   json_extract(n.utilities, '$[' || j.key || ']') AS utility,
                   json_extract(n.discounted_utilities, '$[' || j.key || ']') AS discounted_utility,
                   json_extract(n.advantages, '$[' || j.key || ']') AS advantage,
                   json_extract(n.discounted_advantages, '$[' || j.key || ']') AS discounted_advantage
            FROM negotiations n, json_each(n.agents) j;
        CREATE VIEW IF NOT EXISTS results AS
            SELECT n.idx, n.repetition, sc.name AS scenario, n.assignment, n.seed, s.seat, p.name AS party, a.spec AS agent,
                   s.utility, s.discounted_utility, s.advantage, s.discounted_advantage,
                   n.ending, n.ended_by, n.failure_rule, n.turns, n.rounds, n.end_time, n.agreement,
                   n.social_welfare, n.pareto_distance, n.nash_distance
            FROM negotiations n
            JOIN seats s ON s.idx = n.idx
            JOIN agents a ON a.agent = s.agent
            JOIN scenarios sc ON sc.scenario = n.scenario
            JOIN parties p ON p.scenario = n.scenario AND p.seat = s.seat;
        """;

    public const string InsertNegotiation = """
        INSERT INTO negotiations (idx, repetition, scenario, assignment, seed, agents, ending, ended_by, failure_rule, failure_message, turns,
            rounds, end_time, agreement, utilities, discounted_utilities, advantages, discounted_advantages, social_welfare,
            discounted_social_welfare, pareto_distance, nash_distance, kalai_smorodinsky_distance, elapsed_us)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24);
        """;

    public const string SelectRecords = """
        SELECT idx, repetition, scenario, assignment, seed, agents, ending, ended_by, failure_rule, failure_message, turns, rounds,
               end_time, agreement, utilities, discounted_utilities, advantages, discounted_advantages, social_welfare,
               discounted_social_welfare, pareto_distance, nash_distance, kalai_smorodinsky_distance, elapsed_us
        FROM negotiations
        ORDER BY idx;
        """;
}
