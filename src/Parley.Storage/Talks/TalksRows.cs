using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Parley.Negotiations;
using Parley.Protocols;
using Parley.Talks;

namespace Parley.Storage.Talks;

/// <summary>
/// How talks values are written in their columns: names as camelCase text, dates as yyyy-MM-dd, timestamps as ISO 8601,
/// lists as compact JSON arrays, a trace as an array of <c>[turn, round, time, seat, "offer"|"accept"|"end", outcome]</c>.
/// Anything unreadable is a <see cref="StoreFormatException"/> naming the file and the row.
/// </summary>
internal static class TalksRows
{
    public static string Status(TalksStatus status) => status switch
    {
        TalksStatus.Open => "open",
        TalksStatus.Agreed => "agreed",
        TalksStatus.BrokenOff => "brokenOff",
        _ => "noAgreement",
    };

    public static TalksStatus ParseStatus(string text, string file, string where) => text switch
    {
        "open" => TalksStatus.Open,
        "agreed" => TalksStatus.Agreed,
        "brokenOff" => TalksStatus.BrokenOff,
        "noAgreement" => TalksStatus.NoAgreement,
        _ => throw Bad(file, where, $"unknown status \"{text}\""),
    };

    public static string End(NegotiationEnd end) => end switch
    {
        NegotiationEnd.Agreement => "agreement",
        NegotiationEnd.WalkAway => "walkAway",
        NegotiationEnd.Deadline => "deadline",
        NegotiationEnd.Failure => "failure",
        _ => "ongoing",
    };

    public static NegotiationEnd ParseEnd(string text, string file, string where) => text switch
    {
        "agreement" => NegotiationEnd.Agreement,
        "walkAway" => NegotiationEnd.WalkAway,
        "deadline" => NegotiationEnd.Deadline,
        "failure" => NegotiationEnd.Failure,
        "ongoing" => NegotiationEnd.Ongoing,
        _ => throw Bad(file, where, $"unknown meeting end \"{text}\""),
    };

    public static string Exit(MeetingExit exit) => exit switch
    {
        MeetingExit.WalkOut => "walkOut",
        MeetingExit.BreakOff => "breakOff",
        _ => "none",
    };

    public static MeetingExit ParseExit(string text, string file, string where) => text switch
    {
        "none" => MeetingExit.None,
        "walkOut" => MeetingExit.WalkOut,
        "breakOff" => MeetingExit.BreakOff,
        _ => throw Bad(file, where, $"unknown meeting exit \"{text}\""),
    };

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly ParseDate(string text, string file, string where) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Bad(file, where, $"unreadable date \"{text}\"");

    public static string Timestamp(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTimestamp(string text, string file, string where) =>
        DateTimeOffset.TryParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw Bad(file, where, $"unreadable timestamp \"{text}\"");

    public static string Strings(IEnumerable<string> values) => Json(writer =>
    {
        writer.WriteStartArray();
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    });

    public static ImmutableArray<string> ParseStrings(string json, string file, string where) =>
        Parse<ImmutableArray<string>>(json, file, where, root => [.. root.EnumerateArray().Select(e => e.GetString() ?? throw new FormatException("null string"))]);

    public static string Numbers(IEnumerable<double> values) => Json(writer =>
    {
        writer.WriteStartArray();
        foreach (var value in values)
        {
            writer.WriteNumberValue(value);
        }

        writer.WriteEndArray();
    });

    public static ImmutableArray<double> ParseNumbers(string json, string file, string where) =>
        Parse<ImmutableArray<double>>(json, file, where, root => [.. root.EnumerateArray().Select(e => e.GetDouble())]);

    public static string Trace(ImmutableArray<TraceEntry> entries) => Json(writer =>
    {
        writer.WriteStartArray();
        foreach (var entry in entries)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(entry.Turn);
            writer.WriteNumberValue(entry.Round);
            writer.WriteNumberValue(entry.Time);
            writer.WriteNumberValue(entry.Actor);
            writer.WriteStringValue(entry.Kind switch { ActionKind.Offer => "offer", ActionKind.Accept => "accept", _ => "end" });
            writer.WriteNumberValue(entry.Outcome);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    });

    public static ImmutableArray<TraceEntry> ParseTrace(string json, string file, string where) =>
        Parse<ImmutableArray<TraceEntry>>(json, file, where, root => [.. root.EnumerateArray().Select(e => new TraceEntry(
            e[0].GetInt64(),
            e[1].GetInt64(),
            e[2].GetDouble(),
            e[3].GetInt32(),
            e[4].GetString() switch
            {
                "offer" => ActionKind.Offer,
                "accept" => ActionKind.Accept,
                "end" => ActionKind.EndNegotiation,
                var other => throw new FormatException($"unknown action \"{other}\""),
            },
            e[5].GetInt64()))]);

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static T Parse<T>(string json, string file, string where, Func<JsonElement, T> read)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return read(document.RootElement);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or IndexOutOfRangeException or KeyNotFoundException)
        {
            throw Bad(file, where, $"unreadable value ({e.Message})", e);
        }
    }

    private static StoreFormatException Bad(string file, string where, string problem, Exception? inner = null) =>
        new(file, $"{where}: {problem}", inner);
}
