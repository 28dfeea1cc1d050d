using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Parley.IntegrationTests.Support;

namespace Parley.IntegrationTests.Cli;

/// <summary>
/// The crash test: the real <c>parley</c> process is killed (SIGKILL, no chance to clean up) at seeded random moments
/// while it runs a tournament, resumed each time, and the finished file must give the same report, byte for byte, as an
/// uninterrupted run of the same tournament with another number of workers.
/// </summary>
public sealed class TournamentKillResumeTests
{
    private const int Kills = 4;

    /// <summary>6 agents × 2 scenarios × 30 ordered pairs... = 60 negotiations per repetition, 200 repetitions: 12,000.</summary>
    private static readonly string[] Definition =
    [
        "--agents", "Boulware,Linear,Conceder,TitForTat,Aspiration,Random", "--scenarios", "job-offer", "supplier-contract",
        "--repetitions", "200", "--seed", "2024",
    ];

    [Fact]
    public void KilledAndResumedRepeatedly_ReportsExactlyLikeAnUninterruptedRun()
    {
        using var folder = new TempDirectory();
        var reference = CliRunner.Run(["tournament", "run", .. Definition, "--workers", "2", "--db", folder.File("reference.db")]);
        Assert.True(reference.ExitCode == 0, reference.ToString());

        var killed = folder.File("killed.db");
        var random = new Random(20240611);
        var interrupted = 0;
        for (var attempt = 0; attempt < Kills; attempt++)
        {
            var workers = (attempt % 3) + 1;
            string[] arguments = attempt == 0
                ? ["tournament", "run", .. Definition, "--workers", $"{workers}", "--db", killed]
                : ["tournament", "resume", killed, "--workers", $"{workers}"];
            var before = Stored(killed);
            using var process = StartCli(arguments);
            WaitForProgress(process, killed, before);
            Thread.Sleep(random.Next(0, 400));
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            var after = Stored(killed);
            if (after == 12_000)
            {
                break; // finished before the kill landed: nothing left to interrupt
            }

            interrupted++;
            Assert.True(after > before, $"attempt {attempt}: the run stored nothing ({before} before, {after} after)");
            if (interrupted == 1)
            {
                var partial = CliRunner.Run("tournament", "report", killed, "--json");
                Assert.True(partial.ExitCode == 0, partial.ToString());
                Assert.Contains("\"complete\": false", partial.Output, StringComparison.Ordinal);
            }
        }

        Assert.True(interrupted >= 2, $"only {interrupted} kills landed mid-run");
        var resumed = CliRunner.Run("tournament", "resume", killed, "--workers", "3");
        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        Assert.Equal(12_000, Stored(killed));

        var expected = CliRunner.Run("tournament", "report", folder.File("reference.db"), "--json");
        var actual = CliRunner.Run("tournament", "report", killed, "--json");
        Assert.True(actual.ExitCode == 0, actual.ToString());
        Assert.Equal(expected.Output, actual.Output);
        Assert.Equal(TournamentCommandTests.Dump(folder.File("reference.db")), TournamentCommandTests.Dump(killed));
    }

    private static Process StartCli(string[] arguments)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "Parley.Cli.dll");
        Assert.True(File.Exists(cli), $"{cli} is missing: the integration tests reference Parley.Cli, so the build copies it here.");
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(cli);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>The dotnet host running these tests (so the child uses the same runtime), else the one on PATH.</summary>
    private static string DotnetHost() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";

    /// <summary>Waits until the process has committed results beyond <paramref name="before"/> (or has exited).</summary>
    private static void WaitForProgress(Process process, string path, long before)
    {
        var clock = Stopwatch.StartNew();
        while (!process.HasExited && Stored(path) <= before)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "the tournament process stored nothing within 60 s");
            Thread.Sleep(20);
        }
    }

    /// <summary>How many negotiations the file holds (0 while it or its table does not exist yet).</summary>
    private static long Stored(string path)
    {
        if (!File.Exists(path))
        {
            return 0;
        }

        try
        {
            using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM negotiations;";
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return 0; // not created yet, or busy
        }
    }
}
