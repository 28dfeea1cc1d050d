using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Parley.Scenarios.GeniusWeb;

/// <summary>
/// One parsed GeniusWeb JSON file. Errors name the file, the JSON path of the field at fault and, found by re-scanning
/// the file, that field's line and column.
/// </summary>
internal sealed partial class GeniusWebJsonFile : IDisposable
{
    /// <summary>The JSON path of the document root.</summary>
    public const string RootPath = "$";

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    private readonly byte[] _bytes;
    private readonly JsonDocument _document;

    private GeniusWebJsonFile(string path, string displayName, byte[] bytes, JsonDocument document)
    {
        Path = path;
        DisplayName = displayName;
        _bytes = bytes;
        _document = document;
    }

    /// <summary>The file's path.</summary>
    public string Path { get; }

    /// <summary>How errors name the file: its folder and file name.</summary>
    public string DisplayName { get; }

    /// <summary>The root value.</summary>
    public JsonElement Root => _document.RootElement;

    /// <summary>
    /// Loads a file; with <paramref name="skipForeign"/>, returns null for a file that is not a JSON object at all
    /// (its first character is not '{'). Malformed JSON is an error naming the line and column.
    /// </summary>
    public static GeniusWebJsonFile? Load(SourceFile source, bool skipForeign)
    {
        var (path, bytes) = source;
        var displayName = source.DisplayName;
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        var body = bytes.AsMemory(start);
        var first = body.Span.IndexOfAnyExcept(" \t\r\n"u8);
        if (skipForeign && (first < 0 || body.Span[first] != (byte)'{'))
        {
            return null;
        }

        try
        {
            return new GeniusWebJsonFile(path, displayName, body.ToArray(), JsonDocument.Parse(body, DocumentOptions));
        }
        catch (JsonException e)
        {
            throw new ScenarioFormatException(
                displayName,
                $"is not valid JSON: {PositionSuffix().Replace(e.Message, string.Empty)}",
                e.LineNumber is { } line ? (int)line + 1 : null,
                e.BytePositionInLine is { } column ? (int)column + 1 : null,
                innerException: e);
        }
    }

    /// <summary>The path of a property below <paramref name="parent"/>, in JSONPath notation.</summary>
    public static string Child(string parent, string property) =>
        IsIdentifier(property) ? $"{parent}.{property}" : $"{parent}['{property.Replace("'", "\\'", StringComparison.Ordinal)}']";

    /// <summary>The path of an array element below <paramref name="parent"/>.</summary>
    public static string Child(string parent, int index) => string.Create(CultureInfo.InvariantCulture, $"{parent}[{index}]");

    /// <summary>An error at a JSON path of this file, with the line and column where the path's value starts.</summary>
    public ScenarioFormatException Error(string path, string problem, Exception? innerException = null)
    {
        var (line, column) = Locate(path);
        return new ScenarioFormatException(DisplayName, problem, line, column, path, innerException);
    }

    /// <summary>A property that must be there.</summary>
    public JsonElement Required(JsonElement parent, string parentPath, string property, JsonValueKind kind)
    {
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(property, out var value))
        {
            throw Error(parentPath, $"has no \"{property}\"");
        }

        return value.ValueKind == kind
            ? value
            : throw Error(Child(parentPath, property), $"must be {Describe(kind)}, not {Describe(value.ValueKind)}");
    }

    /// <summary>A number written as a JSON number or a numeric string.</summary>
    public decimal Decimal(JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number))
        {
            return number;
        }

        if (value.ValueKind == JsonValueKind.String
            && decimal.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number))
        {
            return number;
        }

        throw Error(path, $"{value.GetRawText()} is not a number");
    }

    /// <summary>A finite number written as a JSON number or a numeric string.</summary>
    public double Double(JsonElement value, string path)
    {
        var number = double.NaN;
        var ok = (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out number))
            || (value.ValueKind == JsonValueKind.String
                && double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number));
        return ok && double.IsFinite(number) ? number : throw Error(path, $"{value.GetRawText()} is not a number");
    }

    /// <inheritdoc />
    public void Dispose() => _document.Dispose();

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "a value",
    };

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    /// <summary>Finds where the value (or property name) at a path starts, by scanning the file with the same path notation.</summary>
    private (int? Line, int? Column) Locate(string target)
    {
        if (target == RootPath)
        {
            return (null, null);
        }

        var reader = new Utf8JsonReader(_bytes, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var frames = new Stack<(string Path, bool IsArray, int NextIndex)>();
        string? property = null;
        try
        {
            while (reader.Read())
            {
                string path;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = Child(frames.Peek().Path, reader.GetString()!);
                        if (property == target)
                        {
                            return Position(reader.TokenStartIndex);
                        }

                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.Pop();
                        continue;
                }

                if (frames.Count == 0)
                {
                    path = RootPath;
                }
                else if (frames.Peek().IsArray)
                {
                    var frame = frames.Pop();
                    path = Child(frame.Path, frame.NextIndex);
                    frames.Push(frame with { NextIndex = frame.NextIndex + 1 });
                }
                else
                {
                    path = property!;
                }

                if (path == target)
                {
                    return Position(reader.TokenStartIndex);
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    frames.Push((path, reader.TokenType == JsonTokenType.StartArray, 0));
                }
            }
        }
        catch (JsonException)
        {
            // The document parsed once already; a scan failure only loses the position.
        }

        return (null, null);
    }

    private (int? Line, int? Column) Position(long offset)
    {
        var before = _bytes.AsSpan(0, (int)offset);
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        return (line, column);
    }

    [GeneratedRegex(@"\s*(Path: \S*)?\s*\|?\s*LineNumber: \d+ \| BytePositionInLine: \d+\.\s*$")]
    private static partial Regex PositionSuffix();
}
