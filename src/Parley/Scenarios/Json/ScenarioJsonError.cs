namespace Parley.Scenarios.Json;

/// <summary>
/// A problem found while reading a Parley scenario document, before it is given a file, line and column.
/// Internal: <see cref="ParleyScenarioReader"/> turns it into a <see cref="ScenarioFormatException"/>.
/// </summary>
internal sealed class ScenarioJsonError : Exception
{
    public ScenarioJsonError(JsonPath field, string problem, JsonPath? locateAt = null, int occurrence = 1)
        : base($"{field}: {problem}")
    {
        Field = field;
        Problem = problem;
        LocateAt = locateAt ?? field;
        Occurrence = occurrence;
    }

    public ScenarioJsonError()
        : this(JsonPath.Root, "the scenario could not be read")
    {
    }

    public ScenarioJsonError(string message)
        : this(JsonPath.Root, message)
    {
    }

    public ScenarioJsonError(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = JsonPath.Root;
        Problem = message;
        LocateAt = JsonPath.Root;
        Occurrence = 1;
    }

    /// <summary>The field at fault (it may not exist in the document, e.g. a missing required field).</summary>
    public JsonPath Field { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }

    /// <summary>The path whose position the message reports (the enclosing object for a missing field).</summary>
    public JsonPath LocateAt { get; }

    /// <summary>Which occurrence of a repeated property name <see cref="LocateAt"/> means.</summary>
    public int Occurrence { get; }
}
