using System.Diagnostics;
using Parley.IntegrationTests.Support;
using Parley.Storage.Talks;
using Parley.Talks;
using Parley.TestKit.Talks;

namespace Parley.IntegrationTests.Talks;

/// <summary>
/// Runs the real <c>parley</c> executable (the Parley.Cli.dll next to the tests) as a child process, kills it in the
/// middle of a meeting, resumes, and checks the final timeline equals an uninterrupted run: a crash loses at most the
/// meeting in progress. The hidden <c>--turn-delay</c> option makes each meeting last long enough to be killed in.
/// </summary>
public sealed class TalksKillTests
{
    private const int TurnDelayMilliseconds = 40;

    [Fact]
    public async Task Kill_MidMeeting_ThenResume_GivesTheUninterruptedTimeline()
    {
        using var folder = new TempDirectory();
        var file = folder.File("kill.talks.json");

        // 3 meetings of 10 rounds (20 turns, about 0.8 s each with the delay); no zone of agreement, so all are held.
        File.WriteAllText(file, TinyTalks.Text(
            ["2020-02-01", "2020-05-01", "2020-08-01"], 10, agentA: "CalendarConceder(e=0.5; walk=0.3; patience=0.9)", agentB: "Random", reservationA: 0.5, reservationB: 0.75));
        var db = folder.File("killed.db");
        var uninterrupted = CliRunner.Run("talks", "run", file, "--db", folder.File("whole.db"), "--json", "--seed", "4");
        Assert.True(uninterrupted.ExitCode == 0, uninterrupted.ToString());

        var killedDuring = await RunAndKillDuringMeeting(2, "talks", "run", file, "--db", db, "--seed", "4", "--turn-delay", $"{TurnDelayMilliseconds}");

        using (var store = SqliteTalksStore.Open(db))
        {
            var talks = Assert.Single(store.List());
            Assert.Equal(TalksStatus.Open, talks.Status);
            Assert.Equal(1, talks.MeetingsHeld);
            Assert.Single(store.LoadMeetings(talks.Id));
        }

        var resumed = CliRunner.Run("talks", "resume", "--db", db, "--json");

        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        Assert.Contains("Meeting 2", killedDuring, StringComparison.Ordinal);
        Assert.Equal(TalksJsonTimeline.Of(uninterrupted.Output), TalksJsonTimeline.Of(resumed.Output));
    }

    /// <summary>Starts the CLI, waits until meeting <paramref name="meeting"/> has begun and a few turns passed, kills it; returns its output.</summary>
    private static async Task<string> RunAndKillDuringMeeting(int meeting, params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "Parley.Cli.dll");
        Assert.True(File.Exists(cli), $"{cli} is missing: the integration tests reference Parley.Cli, whose build output lands next to them.");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(cli);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var marker = $"Meeting {meeting} ·";
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(e.Data);
            }

            if (e.Data.Contains(marker, StringComparison.Ordinal))
            {
                started.TrySetResult();
            }
        };
        process.BeginOutputReadLine();
        var stderr = process.StandardError.ReadToEndAsync();

        var finished = process.WaitForExitAsync();
        var first = await Task.WhenAny(started.Task, finished, Task.Delay(TimeSpan.FromSeconds(60)));
        if (first != started.Task)
        {
            Assert.Fail($"meeting {meeting} never started (exited: {process.HasExited}):\n{output}\n{await Drain(stderr, process)}");
        }

        // A few turns into the meeting (it takes about 20 × the delay), then kill the whole process.
        await Task.Delay(TurnDelayMilliseconds * 5);
        if (process.HasExited)
        {
            Assert.Fail($"the run ended (exit {process.ExitCode}) before it could be killed:\n{output}\n{await stderr}");
        }

        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        lock (output)
        {
            return output.ToString();
        }
    }

    private static async Task<string> Drain(Task<string> stderr, Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        return await stderr;
    }
}
