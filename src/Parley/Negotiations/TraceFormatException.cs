namespace Parley.Negotiations;

/// <summary>A trace file that is not valid JSON Lines of the Parley trace format; the message names the file and line.</summary>
public sealed class TraceFormatException : Exception
{
    /// <summary>Creates the exception for a line of a trace.</summary>
    public TraceFormatException(string sourceName, int lineNumber, string problem)
        : base($"{sourceName}:{lineNumber}: {problem}")
    {
        SourceName = sourceName;
        LineNumber = lineNumber;
    }

    /// <summary>Creates the exception.</summary>
    public TraceFormatException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public TraceFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public TraceFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The trace's file or source name.</summary>
    public string? SourceName { get; }

    /// <summary>The 1-based line at fault (0 when not tied to a line).</summary>
    public int LineNumber { get; }
}
