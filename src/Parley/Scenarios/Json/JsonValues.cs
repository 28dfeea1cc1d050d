using System.Globalization;
using System.Text.Json;

namespace Parley.Scenarios.Json;

/// <summary>Typed reads of single JSON values that fail with a <see cref="ScenarioJsonError"/> naming the path.</summary>
internal static class JsonValues
{
    /// <summary>A finite number.</summary>
    public static double Number(JsonElement element, JsonPath path)
    {
        if (element.ValueKind != JsonValueKind.Number)
        {
            throw new ScenarioJsonError(path, $"expected a number, got {Describe(element)}");
        }

        if (!element.TryGetDouble(out var value) || !double.IsFinite(value))
        {
            throw new ScenarioJsonError(path, $"the number {element.GetRawText()} is out of range");
        }

        return value;
    }

    /// <summary>A whole number (written with or without a zero fraction or exponent, as JSON Schema's "integer").</summary>
    public static long Integer(JsonElement element, JsonPath path)
    {
        if (element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out var whole))
        {
            return whole;
        }

        var value = Number(element, path);
        if (value != Math.Floor(value))
        {
            throw new ScenarioJsonError(path, $"expected a whole number, got {Format(value)}");
        }

        // 2^63 itself is out of range; every double below it converts exactly.
        if (value < -9.2233720368547758E+18 || value >= 9.2233720368547758E+18)
        {
            throw new ScenarioJsonError(path, $"the whole number {element.GetRawText()} is out of range");
        }

        return (long)value;
    }

    /// <summary>A string.</summary>
    public static string String(JsonElement element, JsonPath path) =>
        element.ValueKind == JsonValueKind.String
            ? element.GetString()!
            : throw new ScenarioJsonError(path, $"expected a string, got {Describe(element)}");

    /// <summary>A non-blank string (a name).</summary>
    public static string Name(JsonElement element, JsonPath path)
    {
        var name = String(element, path);
        return string.IsNullOrWhiteSpace(name) ? throw new ScenarioJsonError(path, "a name cannot be empty or blank") : name;
    }

    /// <summary>The elements of an array.</summary>
    public static List<JsonElement> Array(JsonElement element, JsonPath path) =>
        element.ValueKind == JsonValueKind.Array
            ? [.. element.EnumerateArray()]
            : throw new ScenarioJsonError(path, $"expected an array, got {Describe(element)}");

    /// <summary>What kind of JSON value an element is, for messages ("a string", "the number 3").</summary>
    public static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string {Quote(element.GetString()!)}",
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    /// <summary>A number as the writer writes it.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A name in double quotes for messages, shortened when long.</summary>
    public static string Quote(string text) => text.Length <= 40 ? $"\"{text}\"" : $"\"{text[..37]}...\"";

    /// <summary>A list of names for messages: <c>"a", "b", "c"</c>.</summary>
    public static string List(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"\"{n}\""));
}
