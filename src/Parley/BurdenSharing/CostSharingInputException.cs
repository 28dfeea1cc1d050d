namespace Parley.BurdenSharing;

/// <summary>
/// Cost-sharing input that cannot be used: a malformed CSV file, a bad value, or data a rule needs but does not have.
/// The message names the file, line and column where known (<c>costs.csv:4:12: gni: 'abc' is not a number</c>).
/// </summary>
public sealed class CostSharingInputException : Exception
{
    /// <summary>Creates the exception from its parts; the message is composed from them.</summary>
    public CostSharingInputException(string problem, string? file = null, int? line = null, int? column = null, string? field = null, Exception? innerException = null)
        : base(Compose(problem, file, line, column, field), innerException)
    {
        Problem = problem;
        File = file;
        Line = line;
        Column = column;
        Field = field;
    }

    /// <summary>Creates the exception.</summary>
    public CostSharingInputException()
        : this("the cost-sharing input cannot be used")
    {
    }

    /// <summary>Creates the exception.</summary>
    public CostSharingInputException(string message, Exception innerException)
        : this(message, innerException: innerException, file: null)
    {
    }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    /// <summary>The file, where known.</summary>
    public string? File { get; }

    /// <summary>The 1-based line, where known.</summary>
    public int? Line { get; }

    /// <summary>The 1-based column (in characters), where known.</summary>
    public int? Column { get; }

    /// <summary>The CSV column (header name) at fault, where known.</summary>
    public string? Field { get; }

    private static string Compose(string problem, string? file, int? line, int? column, string? field)
    {
        var location = file is null ? null : line is null ? file : column is null ? $"{file}:{line}" : $"{file}:{line}:{column}";
        var text = field is null ? problem : $"{field}: {problem}";
        return location is null ? text : $"{location}: {text}";
    }
}
