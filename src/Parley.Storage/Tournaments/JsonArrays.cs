using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Parley.Storage.Tournaments;

/// <summary>
/// The per-seat columns of the <c>negotiations</c> table: JSON arrays such as <c>[0.8,0.554]</c>, numbers in their
/// shortest round-trip form so they read back to the bit (SQLite's json_each and json_extract read them too).
/// </summary>
internal static class JsonArrays
{
    public static void Write(ArrayBufferWriter<byte> buffer, ReadOnlySpan<double> values)
    {
        buffer.ResetWrittenCount();
        Append(buffer, (byte)'[');
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                Append(buffer, (byte)',');
            }

            int written;
            while (!values[i].TryFormat(buffer.GetSpan(32), out written, "R", CultureInfo.InvariantCulture))
            {
                buffer.GetSpan(256);
            }

            buffer.Advance(written);
        }

        Append(buffer, (byte)']');
    }

    public static void Write(ArrayBufferWriter<byte> buffer, ReadOnlySpan<int> values)
    {
        buffer.ResetWrittenCount();
        Append(buffer, (byte)'[');
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                Append(buffer, (byte)',');
            }

            values[i].TryFormat(buffer.GetSpan(16), out var written, default, CultureInfo.InvariantCulture);
            buffer.Advance(written);
        }

        Append(buffer, (byte)']');
    }

    public static ImmutableArray<double> ReadDoubles(string text) =>
        ImmutableCollectionsMarshal.AsImmutableArray(Read(text, static part => double.Parse(part, NumberStyles.Float, CultureInfo.InvariantCulture)));

    public static ImmutableArray<int> ReadIntegers(string text) =>
        ImmutableCollectionsMarshal.AsImmutableArray(Read(text, static part => int.Parse(part, NumberStyles.Integer, CultureInfo.InvariantCulture)));

    private static T[] Read<T>(string text, Func<string, T> parse)
    {
        var span = text.AsSpan().Trim();
        if (span.Length < 2 || span[0] != '[' || span[^1] != ']')
        {
            throw new FormatException($"'{text}' is not a JSON array of numbers.");
        }

        span = span[1..^1];
        if (span.IsWhiteSpace())
        {
            return [];
        }

        var values = new T[span.Count(',') + 1];
        var i = 0;
        foreach (var range in span.Split(','))
        {
            values[i++] = parse(span[range].Trim().ToString());
        }

        return values;
    }

    private static void Append(ArrayBufferWriter<byte> buffer, byte value)
    {
        buffer.GetSpan(1)[0] = value;
        buffer.Advance(1);
    }
}
