namespace Parley.Negotiations;

/// <summary>What <see cref="TraceReplay.Replay"/> found: a clean trace with its re-derived result, or the first problem.</summary>
public sealed class ReplayReport
{
    internal ReplayReport(TraceFile trace, int actionsReplayed, ReplayProblem? problem, TraceResult? derived)
    {
        Trace = trace;
        ActionsReplayed = actionsReplayed;
        Problem = problem;
        Derived = derived;
    }

    /// <summary>The trace replayed.</summary>
    public TraceFile Trace { get; }

    /// <summary>Whether every action was legal and every recorded value matched the re-derived one.</summary>
    public bool IsMatch => Problem is null;

    /// <summary>The first problem, or null when the trace replays clean.</summary>
    public ReplayProblem? Problem { get; }

    /// <summary>How many action lines were re-applied before the replay stopped (all of them when clean).</summary>
    public int ActionsReplayed { get; }

    /// <summary>The result re-derived from the actions and the scenario (null when the replay stopped before the end).</summary>
    public TraceResult? Derived { get; }

    /// <summary>The problem as <c>file:line: message</c>, or a one-line summary of a clean replay.</summary>
    public override string ToString() => Problem is { } problem
        ? $"{Trace.SourceName}:{problem.LineNumber}: {problem.Message}"
        : $"{Trace.SourceName}: {ActionsReplayed} actions replayed; the result matches ({TraceNames.Of(Trace.Result.End)})";
}
