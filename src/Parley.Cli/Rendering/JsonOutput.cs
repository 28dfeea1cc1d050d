using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parley.Outcomes;

namespace Parley.Cli.Rendering;

/// <summary>Shared pieces of the commands' <c>--json</c> output: one indented object, outcomes, numbers.</summary>
internal static class JsonOutput
{
    /// <summary>Writes one indented JSON object, built by <paramref name="write"/>, and a newline.</summary>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(json);
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>An outcome as <c>{issue: value}</c>: strings for discrete issues, numbers for integer and real ones.</summary>
    public static void WriteOutcome(Utf8JsonWriter json, OutcomeSpace space, long index) =>
        WriteOutcome(json, space, space.OutcomeAt(index).ValueIndices);

    /// <summary>An outcome given by its value indices, as <see cref="WriteOutcome(Utf8JsonWriter, OutcomeSpace, long)"/>.</summary>
    public static void WriteOutcome(Utf8JsonWriter json, OutcomeSpace space, ReadOnlySpan<int> valueIndices)
    {
        json.WriteStartObject();
        foreach (var (issue, value) in space.Describe(valueIndices))
        {
            switch (value.Kind)
            {
                case IssueKind.Discrete:
                    json.WriteString(issue, value.Text);
                    break;
                case IssueKind.Integer:
                    json.WriteNumber(issue, value.Integer);
                    break;
                default:
                    json.WriteNumber(issue, value.Real);
                    break;
            }
        }

        json.WriteEndObject();
    }

    public static void WriteNumbers(Utf8JsonWriter json, string name, IEnumerable<double> numbers)
    {
        json.WriteStartArray(name);
        foreach (var x in numbers)
        {
            json.WriteNumberValue(x);
        }

        json.WriteEndArray();
    }

    public static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    public static void WriteNumberOrNull(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } x && double.IsFinite(x))
        {
            json.WriteNumber(name, x);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
