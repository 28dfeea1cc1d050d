using System.Text.Json;
using Microsoft.Data.Sqlite;
using Parley.IntegrationTests.Support;
using Parley.Storage;

namespace Parley.IntegrationTests.Cli;

public sealed class TournamentCommandTests
{
    /// <summary>
    /// Three agents (one random) on two two-party scenarios (6 ordered pairs each) and one of three parties (6 orders of the
    /// three agents), two repetitions: 2 × 18 = 36 negotiations.
    /// </summary>
    private static string[] Run(string db, int workers, params string[] extra) =>
    [
        "tournament", "run", "--agents", "Boulware,Random,TimeDependent(e=0.5)", "--scenarios", "job-offer", "supplier-contract", "city-budget",
        "--repetitions", "2", "--rounds", "40", "--seed", "17", "--workers", workers.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "--db", db, .. extra,
    ];

    [Fact]
    public void Run_OneAndFourWorkers_GiveIdenticalTablesAndReports()
    {
        using var folder = new TempDirectory();
        var one = CliRunner.Run(Run(folder.File("one.db"), 1));
        var four = CliRunner.Run(Run(folder.File("four.db"), 4));

        Assert.True(one.ExitCode == 0, one.ToString());
        Assert.True(four.ExitCode == 0, four.ToString());
        Assert.Contains("36 negotiations", one.Output, StringComparison.Ordinal);
        Assert.Contains("city-budget: 3 parties, 144 outcomes, 6 role assignments", one.Output, StringComparison.Ordinal);
        Assert.Contains("Ranking", one.Output, StringComparison.Ordinal);
        Assert.Contains("tournament: 36/36 negotiations", one.Error, StringComparison.Ordinal);
        Assert.Equal(Dump(folder.File("one.db")), Dump(folder.File("four.db")));

        var reportOne = CliRunner.Run("tournament", "report", folder.File("one.db"), "--json");
        var reportFour = CliRunner.Run("tournament", "report", folder.File("four.db"), "--json");
        Assert.True(reportOne.ExitCode == 0, reportOne.ToString());
        Assert.Equal(reportOne.Output, reportFour.Output);
        Assert.DoesNotContain("timings", reportOne.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportJson_HasTheDocumentedShape()
    {
        using var folder = new TempDirectory();
        Assert.Equal(0, CliRunner.Run(Run(folder.File("t.db"), 2)).ExitCode);

        var result = CliRunner.Run("tournament", "report", folder.File("t.db"), "--json", "--timings");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal("parley-tournament-report/1", root.GetProperty("format").GetString());
        Assert.Equal(36, root.GetProperty("tournament").GetProperty("negotiations").GetInt32());
        Assert.Equal(["Boulware", "Random", "TimeDependent(e=0.5)"], root.GetProperty("tournament").GetProperty("agents").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(36, root.GetProperty("completed").GetInt32());
        Assert.True(root.GetProperty("complete").GetBoolean());
        var ranking = root.GetProperty("ranking").EnumerateArray().ToArray();
        Assert.Equal([1, 2, 3], ranking.Select(r => r.GetProperty("rank").GetInt32()));
        foreach (var name in new[] { "utility", "discountedUtility", "advantage", "discountedAdvantage", "agreementRate", "socialWelfare", "paretoDistance", "nashDistance", "roundsToAgreement" })
        {
            var estimate = ranking[0].GetProperty(name);
            Assert.True(estimate.TryGetProperty("mean", out _) && estimate.TryGetProperty("lower", out _) && estimate.TryGetProperty("upper", out _), name);
        }

        // Each agent plays 2 seats of the 6 two-party pairs and 3 seats of the 6 three-party triples per scenario and repetition.
        Assert.All(ranking, r => Assert.Equal((2 * 2 * 4) + (2 * 6), r.GetProperty("sessions").GetInt32()));
        Assert.Equal(3 * 3, root.GetProperty("byScenario").GetArrayLength());
        Assert.Equal(3 * 2, root.GetProperty("byOpponent").GetArrayLength());
        Assert.Equal(3, root.GetProperty("scenarios").GetArrayLength());
        var timings = root.GetProperty("timings");
        Assert.True(timings.GetProperty("negotiationSeconds").GetDouble() > 0);
        Assert.Equal(1, timings.GetProperty("runs").GetArrayLength());
    }

    [Fact]
    public void ReportCsvAndPlots_WriteTheDocumentedFiles()
    {
        using var folder = new TempDirectory();
        Assert.Equal(0, CliRunner.Run(Run(folder.File("t.db"), 2)).ExitCode);

        var result = CliRunner.Run("tournament", "report", folder.File("t.db"), "--csv", folder.File("csv"), "--plot", folder.File("plots"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Mean utility against each opponent", result.Output, StringComparison.Ordinal);
        var negotiations = File.ReadAllLines(folder.File("csv/negotiations.csv"));
        Assert.Equal(
            "index,repetition,scenario,assignment,seed,agents,ending,ended_by_seat,ended_by_agent,failure_rule,failure_message,turns,rounds,end_time,"
            + "agreement,social_welfare,discounted_social_welfare,pareto_distance,nash_distance,kalai_smorodinsky_distance",
            negotiations[0]);
        Assert.Equal(37, negotiations.Length);
        var seats = File.ReadAllLines(folder.File("csv/seats.csv"));
        Assert.Equal("index,seat,party,agent,utility,discounted_utility,advantage,discounted_advantage", seats[0]);
        Assert.Equal(1 + (2 * ((2 * 6 * 2) + (6 * 3))), seats.Length);
        var agents = File.ReadAllLines(folder.File("csv/agents.csv"));
        Assert.StartsWith("rank,agent,sessions,agreements,failures_caused,utility_mean,utility_sd,utility_lower,utility_upper,utility_n,", agents[0], StringComparison.Ordinal);
        Assert.Equal(4, agents.Length);
        Assert.Equal("agent,opponent,sessions,utility_mean,utility_sd,utility_lower,utility_upper,utility_n,discounted_utility_mean,discounted_utility_sd,"
            + "discounted_utility_lower,discounted_utility_upper,discounted_utility_n,agreement_rate_mean,agreement_rate_sd,agreement_rate_lower,"
            + "agreement_rate_upper,agreement_rate_n", File.ReadLines(folder.File("csv/agent-opponents.csv")).First());
        Assert.Equal(4, File.ReadAllLines(folder.File("csv/scenarios.csv")).Length);
        Assert.Equal(10, File.ReadAllLines(folder.File("csv/agent-scenarios.csv")).Length);
        foreach (var plot in new[] { "ranking.png", "heatmap.png", "agreement-times.png" })
        {
            Assert.True(new FileInfo(folder.File("plots/" + plot)).Length > 1000, plot);
        }
    }

    [Theory]
    [InlineData("Boulware,Nobody", "job-offer", "--agents: Unknown agent 'Nobody'")]
    [InlineData("Boulware,TimeDependent(x=2)", "job-offer", "--agents: Agent 'TimeDependent' has no parameter 'x'")]
    [InlineData("Boulware,Linear", "no-such-scenario", "--scenarios: No file, folder or built-in scenario named 'no-such-scenario'")]
    [InlineData("Boulware,Linear", "city-budget", "--scenarios: 'city-budget' has 3 parties but only 2 agents were named")]
    public void Run_BadInput_ExitsTwoBeforeAnyWork(string agents, string scenario, string message)
    {
        using var folder = new TempDirectory();

        var result = CliRunner.Run("tournament", "run", "--agents", agents, "--scenarios", scenario, "--db", folder.File("t.db"));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("t.db")));
    }

    [Fact]
    public void RunResumeReport_ForeignOrOtherVersionFile_ExitTwo()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("foreign.db"), "these are someone's notes, not a Parley file; long enough for SQLite to read a header from them");
        Assert.Equal(0, CliRunner.Run(Run(folder.File("old.db"), 1)).ExitCode);
        using (var connection = SqliteDatabase.Open(folder.File("old.db")))
        {
            SqliteDatabase.Execute(connection, "UPDATE parley_schema SET version = 2 WHERE kind = 'tournament';");
        }

        var results = new[]
        {
            CliRunner.Run(Run(folder.File("foreign.db"), 1)),
            CliRunner.Run("tournament", "resume", folder.File("foreign.db")),
            CliRunner.Run("tournament", "report", folder.File("foreign.db")),
            CliRunner.Run("tournament", "resume", folder.File("old.db")),
            CliRunner.Run("tournament", "report", folder.File("old.db"), "--json"),
            CliRunner.Run("tournament", "resume", folder.File("missing.db")),
            CliRunner.Run(Run(folder.File("old.db"), 1)),
        };

        Assert.All(results, r => Assert.True(r.ExitCode == 2, r.ToString()));
        Assert.Contains("is not a database file", results[0].Error, StringComparison.Ordinal);
        Assert.Contains("is not a database file", results[1].Error, StringComparison.Ordinal);
        Assert.Contains("schema version 2; this Parley reads version 1", results[3].Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, results[4].Output);
        Assert.Contains("No tournament file", results[5].Error, StringComparison.Ordinal);
        Assert.Contains("schema version 2", results[6].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ExistingTournamentFile_SaysToResume()
    {
        using var folder = new TempDirectory();
        Assert.Equal(0, CliRunner.Run(Run(folder.File("t.db"), 1)).ExitCode);

        var again = CliRunner.Run(Run(folder.File("t.db"), 1));
        var resume = CliRunner.Run("tournament", "resume", folder.File("t.db"));

        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already holds a tournament: resume it, or choose another file", again.Error, StringComparison.Ordinal);
        Assert.True(resume.ExitCode == 0, resume.ToString());
        Assert.Contains("Every negotiation is already stored; nothing to run.", resume.Output, StringComparison.Ordinal);
    }

    /// <summary>The stored results, every column but the wall-clock one, in index order.</summary>
    internal static string[] Dump(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM negotiations ORDER BY idx;";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            var fields = new List<string>();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                if (reader.GetName(i) != "elapsed_us")
                {
                    fields.Add(reader.IsDBNull(i) ? "null" : reader.GetValue(i) is double d ? BitConverter.DoubleToInt64Bits(d).ToString("x16", System.Globalization.CultureInfo.InvariantCulture) : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!);
                }
            }

            rows.Add(string.Join('|', fields));
        }

        return [.. rows];
    }
}
