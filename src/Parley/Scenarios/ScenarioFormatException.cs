namespace Parley.Scenarios;

/// <summary>
/// A scenario file that cannot be read. The message names the file, the line and column where known, and the field.
/// </summary>
public sealed class ScenarioFormatException : Exception
{
    /// <summary>Creates the exception from its parts; the message is composed from them.</summary>
    public ScenarioFormatException(string file, string problem, int? line = null, int? column = null, string? field = null, Exception? innerException = null)
        : base(Compose(file, problem, line, column, field), innerException)
    {
        File = file;
        Problem = problem;
        Line = line;
        Column = column;
        Field = field;
    }

    /// <summary>Creates the exception.</summary>
    public ScenarioFormatException()
        : this("(unknown file)", "the scenario could not be read")
    {
    }

    /// <summary>Creates the exception.</summary>
    public ScenarioFormatException(string message)
        : this("(unknown file)", message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ScenarioFormatException(string message, Exception innerException)
        : this("(unknown file)", message, innerException: innerException)
    {
    }

    /// <summary>The file that could not be read.</summary>
    public string File { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    /// <summary>The 1-based line, where known.</summary>
    public int? Line { get; }

    /// <summary>The 1-based column, where known.</summary>
    public int? Column { get; }

    /// <summary>The field (element, attribute or JSON path) at fault, where known.</summary>
    public string? Field { get; }

    private static string Compose(string file, string problem, int? line, int? column, string? field)
    {
        var location = line is null ? file : column is null ? $"{file}:{line}" : $"{file}:{line}:{column}";
        return field is null ? $"{location}: {problem}" : $"{location}: {field}: {problem}";
    }
}
