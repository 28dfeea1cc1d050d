using System.Text.Json;

namespace Parley.Scenarios.Json;

/// <summary>
/// Reads the fields of one JSON object strictly: it must be an object, must not repeat a field, and may hold only the
/// fields it is allowed (a misspelt field is an error that suggests the right name, never silently ignored).
/// Every failure is a <see cref="ScenarioJsonError"/> naming the path.
/// </summary>
internal sealed class JsonObjectReader
{
    private readonly Dictionary<string, JsonElement> _fields;

    private JsonObjectReader(JsonPath path, List<KeyValuePair<string, JsonElement>> properties)
    {
        Path = path;
        Properties = properties;
        _fields = new Dictionary<string, JsonElement>(properties, StringComparer.Ordinal);
    }

    /// <summary>Where the object is.</summary>
    public JsonPath Path { get; }

    /// <summary>The fields, in document order.</summary>
    public IReadOnlyList<KeyValuePair<string, JsonElement>> Properties { get; }

    /// <summary>Opens an object, rejecting any other kind of value and repeated field names.</summary>
    public static JsonObjectReader Open(JsonElement element, JsonPath path, string what)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ScenarioJsonError(path, $"expected {what} (a JSON object), got {JsonValues.Describe(element)}");
        }

        var properties = new List<KeyValuePair<string, JsonElement>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                throw new ScenarioJsonError(path.Add(property.Name), $"the field \"{property.Name}\" appears twice", occurrence: 2);
            }

            properties.Add(new(property.Name, property.Value));
        }

        return new JsonObjectReader(path, properties);
    }

    /// <summary>Rejects the first field not in <paramref name="allowed"/>, suggesting the closest allowed name.</summary>
    public void AllowOnly(params ReadOnlySpan<string> allowed)
    {
        foreach (var (name, _) in Properties)
        {
            if (!allowed.Contains(name))
            {
                var suggestion = Closest(name, allowed);
                var hint = suggestion is null ? "" : $" (did you mean \"{suggestion}\"?)";
                throw new ScenarioJsonError(
                    Path.Add(name),
                    $"unknown field \"{name}\"{hint}; allowed here: {string.Join(", ", allowed.ToArray())}");
            }
        }
    }

    /// <summary>Whether the field is present.</summary>
    public bool Has(string name) => _fields.ContainsKey(name);

    /// <summary>A field that must be present.</summary>
    public JsonElement Required(string name) =>
        _fields.TryGetValue(name, out var value)
            ? value
            : throw new ScenarioJsonError(Path.Add(name), $"missing required field \"{name}\"", locateAt: Path);

    /// <summary>A field that may be absent.</summary>
    public bool TryGet(string name, out JsonElement value) => _fields.TryGetValue(name, out value);

    /// <summary>A required string field.</summary>
    public string RequiredString(string name) => JsonValues.String(Required(name), Path.Add(name));

    /// <summary>A required non-blank string field.</summary>
    public string RequiredName(string name) => JsonValues.Name(Required(name), Path.Add(name));

    /// <summary>An optional string field.</summary>
    public string? OptionalString(string name) =>
        TryGet(name, out var value) ? JsonValues.String(value, Path.Add(name)) : null;

    /// <summary>A required finite number.</summary>
    public double RequiredNumber(string name) => JsonValues.Number(Required(name), Path.Add(name));

    /// <summary>An optional finite number.</summary>
    public double OptionalNumber(string name, double fallback) =>
        TryGet(name, out var value) ? JsonValues.Number(value, Path.Add(name)) : fallback;

    /// <summary>A required whole number.</summary>
    public long RequiredInteger(string name) => JsonValues.Integer(Required(name), Path.Add(name));

    /// <summary>An optional whole number.</summary>
    public long? OptionalInteger(string name) =>
        TryGet(name, out var value) ? JsonValues.Integer(value, Path.Add(name)) : null;

    /// <summary>A required object field.</summary>
    public JsonObjectReader RequiredObject(string name, string what) => Open(Required(name), Path.Add(name), what);

    /// <summary>A required array field.</summary>
    public List<JsonElement> RequiredArray(string name) => JsonValues.Array(Required(name), Path.Add(name));

    /// <summary>The allowed name closest to a misspelt one (at most two edits, ignoring case), or null.</summary>
    internal static string? Closest(string name, ReadOnlySpan<string> allowed)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in allowed)
        {
            var distance = EditDistance(name.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return bestDistance <= Math.Min(2, Math.Max(1, name.Length / 3)) ? best : null;
    }

    /// <summary>Edit distance with adjacent transpositions (optimal string alignment), so "wieghts" is 1 from "weights".</summary>
    private static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
