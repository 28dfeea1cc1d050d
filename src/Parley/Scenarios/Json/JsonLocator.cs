using System.Text.Json;

namespace Parley.Scenarios.Json;

/// <summary>
/// Maps JSON paths back to line and column in the original bytes, by walking them once with a
/// <see cref="Utf8JsonReader"/> that tracks the current path. Used only when reporting an error, so it favours
/// simplicity over speed.
/// </summary>
internal static class JsonLocator
{
    /// <summary>The reader settings every Parley scenario file is read with: comments and trailing commas allowed.</summary>
    public static JsonReaderOptions ReaderOptions { get; } = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>
    /// The 1-based line and column of a path: of the property name for a property, of the value for an array element,
    /// of the first token for the root. <paramref name="occurrence"/> picks a repeated property name (2 = the second).
    /// Null when the path does not occur (or the bytes are not JSON).
    /// </summary>
    public static (int Line, int Column)? Locate(ReadOnlySpan<byte> utf8, JsonPath path, int occurrence = 1)
    {
        var offset = FindOffset(utf8, path, occurrence);
        return offset is null ? null : LineAndColumn(utf8, offset.Value);
    }

    /// <summary>
    /// The path of the innermost member being read at the point where <paramref name="utf8"/> stops being valid JSON
    /// (the container itself when the error falls between members), so a syntax error can name the field it broke;
    /// null when the text is valid.
    /// </summary>
    public static JsonPath? PathAtSyntaxError(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, ReaderOptions);
        var frames = new List<Frame>();
        try
        {
            while (reader.Read())
            {
                Step(ref reader, frames);
            }

            return null;
        }
        catch (JsonException)
        {
            return CurrentPath(frames);
        }
    }

    /// <summary>The 1-based line and column of a byte offset; columns count characters, not bytes.</summary>
    public static (int Line, int Column) LineAndColumn(ReadOnlySpan<byte> utf8, long offset)
    {
        var end = (int)Math.Clamp(offset, 0, utf8.Length);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < end; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, 1 + CountCharacters(utf8[lineStart..end]));
    }

    /// <summary>The byte offset of the start of a 0-based line, or the end of the text.</summary>
    public static int LineStart(ReadOnlySpan<byte> utf8, long zeroBasedLine)
    {
        var line = 0L;
        for (var i = 0; i < utf8.Length && line < zeroBasedLine; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                line++;
                if (line == zeroBasedLine)
                {
                    return i + 1;
                }
            }
        }

        return zeroBasedLine == 0 ? 0 : utf8.Length;
    }

    /// <summary>The number of characters in a run of UTF-8 bytes (a 4-byte sequence counts once).</summary>
    public static int CountCharacters(ReadOnlySpan<byte> utf8)
    {
        var count = 0;
        foreach (var b in utf8)
        {
            // Continuation bytes are 10xxxxxx; every other byte starts a character.
            if ((b & 0xC0) != 0x80)
            {
                count++;
            }
        }

        return count;
    }

    private static long? FindOffset(ReadOnlySpan<byte> utf8, JsonPath path, int occurrence)
    {
        var target = path.Steps();
        var reader = new Utf8JsonReader(utf8, ReaderOptions);
        var frames = new List<Frame>();
        var seen = 0;
        try
        {
            while (reader.Read())
            {
                if (target.Length == 0)
                {
                    return reader.TokenStartIndex;
                }

                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        frames[^1].Property = reader.GetString();
                        if (IsAt(frames, target) && ++seen == occurrence)
                        {
                            return reader.TokenStartIndex;
                        }

                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    default:
                        if (frames.Count > 0 && !frames[^1].IsObject)
                        {
                            frames[^1].Index++;
                            if (IsAt(frames, target))
                            {
                                return reader.TokenStartIndex;
                            }
                        }

                        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                        {
                            frames.Add(new Frame(reader.TokenType == JsonTokenType.StartObject));
                        }

                        break;
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return null;
    }

    /// <summary>Whether the current step of every open container spells out the target path.</summary>
    private static bool IsAt(List<Frame> frames, JsonPath[] target)
    {
        if (frames.Count != target.Length)
        {
            return false;
        }

        for (var i = 0; i < target.Length; i++)
        {
            var (frame, step) = (frames[i], target[i]);
            if (frame.IsObject ? step.Property != frame.Property : step.Property is not null || step.Index != frame.Index)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Follows one token, keeping track of which member of each open container is being read.</summary>
    private static void Step(ref Utf8JsonReader reader, List<Frame> frames)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.PropertyName:
                frames[^1].Property = reader.GetString();
                frames[^1].InMember = true;
                break;
            case JsonTokenType.EndObject or JsonTokenType.EndArray:
                frames.RemoveAt(frames.Count - 1);
                if (frames.Count > 0)
                {
                    frames[^1].InMember = false;
                }

                break;
            default:
                if (frames.Count > 0 && !frames[^1].IsObject)
                {
                    frames[^1].Index++;
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    if (frames.Count > 0)
                    {
                        frames[^1].InMember = true;
                    }

                    frames.Add(new Frame(reader.TokenType == JsonTokenType.StartObject));
                }
                else if (frames.Count > 0)
                {
                    frames[^1].InMember = false;
                }

                break;
        }
    }

    private static JsonPath CurrentPath(List<Frame> frames)
    {
        var path = JsonPath.Root;
        foreach (var frame in frames)
        {
            // Between members (after a complete value, before the next), the container itself is where reading stopped.
            if (!frame.InMember)
            {
                break;
            }

            path = frame.IsObject ? path.Add(frame.Property!) : path.Add(frame.Index);
        }

        return path;
    }

    private sealed class Frame(bool isObject)
    {
        public bool IsObject { get; } = isObject;

        public string? Property { get; set; }

        public int Index { get; set; } = -1;

        /// <summary>Whether a member's value has started and not yet finished (a property name was read, or an element opened).</summary>
        public bool InMember { get; set; }
    }
}
