namespace Parley.Negotiations;

/// <summary>The first thing a replay found wrong with a trace: the line, and what is wrong in words.</summary>
/// <param name="LineNumber">The 1-based line of the trace file.</param>
/// <param name="Message">What is wrong (an illegal action, or a recorded value that differs from the re-derived one).</param>
public sealed record ReplayProblem(int LineNumber, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"line {LineNumber}: {Message}";
}
