using System.Globalization;
using Parley.Tournaments;
using Spectre.Console;

namespace Parley.Cli.Rendering;

/// <summary>
/// Shows a running tournament: a live Spectre progress bar (counts, rate, ETA) in a terminal; when output is redirected,
/// where Spectre prints nothing, a plain line on stderr every <see cref="LineInterval"/> and at the end.
/// </summary>
internal static class TournamentProgressView
{
    /// <summary>How often a plain progress line is printed.</summary>
    public static readonly TimeSpan LineInterval = TimeSpan.FromSeconds(2);

    public static TournamentRunSummary Run(CommandContext context, TournamentRunner runner, TournamentDefinition definition, TimeProvider time)
    {
        if (context.Console.Profile.Capabilities.Interactive)
        {
            TournamentRunSummary? summary = null;
            context.Console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                .Start(progress =>
                {
                    var task = progress.AddTask("negotiations", maxValue: definition.Count);
                    var rate = new Rate(time);
                    summary = runner.Run(new Callback(p =>
                    {
                        task.Value = p.Stored;
                        task.Description = Describe(p, rate.PerSecond(p.StoredThisRun), showEta: false);
                    }));
                    task.Value = definition.Count;
                });
            return summary!;
        }

        var lines = new Rate(time);
        var last = time.GetTimestamp();
        var result = runner.Run(new Callback(p =>
        {
            if (time.GetElapsedTime(last) >= LineInterval)
            {
                last = time.GetTimestamp();
                context.Error.WriteLine("tournament: " + Describe(p, lines.PerSecond(p.StoredThisRun), showEta: true));
            }
        }));
        context.Error.WriteLine("tournament: " + Describe(
            new TournamentProgress(result.Stored, result.Total, result.StoredThisRun, result.FailuresThisRun), result.Rate, showEta: false));
        return result;
    }

    private static string Describe(TournamentProgress p, double perSecond, bool showEta)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{p.Stored:N0}/{p.Total:N0} negotiations ({100 * p.Fraction:0.0}%), {perSecond:N0}/s");
        if (showEta && perSecond > 0 && p.Stored < p.Total)
        {
            var eta = TimeSpan.FromSeconds(Math.Ceiling((p.Total - p.Stored) / perSecond));
            text += string.Create(CultureInfo.InvariantCulture, $", ETA {(int)eta.TotalHours}:{eta.Minutes:00}:{eta.Seconds:00}");
        }

        return p.FailuresThisRun > 0 ? text + string.Create(CultureInfo.InvariantCulture, $", {p.FailuresThisRun:N0} failed") : text;
    }

    private sealed class Callback(Action<TournamentProgress> report) : IProgress<TournamentProgress>
    {
        public void Report(TournamentProgress value) => report(value);
    }

    /// <summary>This run's rate so far.</summary>
    private sealed class Rate(TimeProvider time)
    {
        private readonly long _started = time.GetTimestamp();

        public double PerSecond(long done)
        {
            var seconds = time.GetElapsedTime(_started).TotalSeconds;
            return seconds > 0 ? done / seconds : 0;
        }
    }
}
