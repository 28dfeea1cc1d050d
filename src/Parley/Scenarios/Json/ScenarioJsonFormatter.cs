using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Parley.Scenarios.Json;

/// <summary>
/// Renders a JSON tree for people: two-space indentation, and any object or array that is shallow (at most two levels
/// of nesting inside it) and fits in <see cref="MaxWidth"/> columns on one line, so an issue, a weight table, a value
/// function or a hyper-rectangle reads as one line. Doubles are written with the invariant round-trip format, so reading them back gives
/// the same bits. Output is deterministic: "\n" line ends and a final newline.
/// </summary>
internal static class ScenarioJsonFormatter
{
    /// <summary>The widest line a container may be folded onto.</summary>
    public const int MaxWidth = 120;

    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static string Render(JsonNode root)
    {
        var text = new StringBuilder();
        Write(text, root, indent: 0, column: 0, expand: true);
        return text.Append('\n').ToString();
    }

    private static void Write(StringBuilder text, JsonNode? node, int indent, int column, bool expand)
    {
        if (node is JsonObject or JsonArray)
        {
            var members = node is JsonObject o ? o.Select(p => (Key: (string?)p.Key, p.Value)).ToList() : node.AsArray().Select(v => (Key: (string?)null, Value: v)).ToList();
            var (open, close) = node is JsonObject ? ('{', '}') : ('[', ']');
            if (members.Count == 0)
            {
                text.Append(open).Append(close);
                return;
            }

            if (!expand && Depth(node) <= 3)
            {
                var compact = Compact(node);

                // +1 leaves room for a following comma.
                if (column + compact.Length + 1 <= MaxWidth)
                {
                    text.Append(compact);
                    return;
                }
            }

            text.Append(open).Append('\n');
            var inner = indent + 2;
            for (var i = 0; i < members.Count; i++)
            {
                text.Append(' ', inner);
                var start = text.Length;
                if (members[i].Key is { } key)
                {
                    text.Append(String(key)).Append(": ");
                }

                Write(text, members[i].Value, inner, inner + (text.Length - start), expand: false);
                text.Append(i < members.Count - 1 ? ",\n" : "\n");
            }

            text.Append(' ', indent).Append(close);
            return;
        }

        text.Append(Scalar(node));
    }

    private static string Compact(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                return "{" + string.Join(", ", o.Select(p => $"{String(p.Key)}: {Compact(p.Value)}")) + "}";
            case JsonArray a:
                return "[" + string.Join(", ", a.Select(Compact)) + "]";
            default:
                return Scalar(node);
        }
    }

    private static int Depth(JsonNode? node) => node switch
    {
        JsonObject o => 1 + o.Select(p => Depth(p.Value)).DefaultIfEmpty(0).Max(),
        JsonArray a => 1 + a.Select(Depth).DefaultIfEmpty(0).Max(),
        _ => 0,
    };

    private static string Scalar(JsonNode? node)
    {
        if (node is null)
        {
            return "null";
        }

        var value = node.AsValue();
        if (value.TryGetValue(out string? s))
        {
            return String(s);
        }

        if (value.TryGetValue(out long l))
        {
            return l.ToString(CultureInfo.InvariantCulture);
        }

        if (value.TryGetValue(out int i))
        {
            return i.ToString(CultureInfo.InvariantCulture);
        }

        if (value.TryGetValue(out double d))
        {
            return double.IsFinite(d)
                ? d.ToString("R", CultureInfo.InvariantCulture)
                : throw new ArgumentException($"JSON cannot hold the number {d}.", nameof(node));
        }

        if (value.TryGetValue(out bool b))
        {
            return b ? "true" : "false";
        }

        return value.ToJsonString();
    }

    private static string String(string s) => "\"" + JsonEncodedText.Encode(s, Encoder).Value + "\"";
}
