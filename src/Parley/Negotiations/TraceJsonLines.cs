using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parley.Outcomes;
using Parley.Protocols;

namespace Parley.Negotiations;

/// <summary>
/// Writes and reads negotiation traces as JSON Lines (docs/negotiation.md describes every field): a header line, one
/// line per action, and a result line. Lines end in <c>\n</c>, the text is UTF-8 without a byte-order mark, properties
/// come in a fixed order and numbers are written in their shortest exact form, so the same negotiation always gives the
/// same bytes and every number reads back bit for bit.
/// </summary>
public static class TraceJsonLines
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = false,
    };

    /// <summary>Writes the trace of <paramref name="result"/> (which must have been recorded) to a stream.</summary>
    public static void Write(Stream utf8, TraceHeader header, NegotiationResult result, PreparedScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(scenario);
        if (result.Trace is not { } trace)
        {
            throw new ArgumentException("The negotiation was run without recording its trace (NegotiationSettings.RecordTrace).", nameof(result));
        }

        var parties = scenario.Scenario.Parties;
        if (!ReferenceEquals(result.Scenario, scenario.Scenario) || !header.Parties.SequenceEqual(parties.Select(p => p.Name)))
        {
            throw new ArgumentException($"The header, the result and the prepared scenario '{scenario.Scenario.Name}' do not describe the same negotiation.");
        }

        var buffer = new ArrayBufferWriter<byte>(4096);
        using var json = new Utf8JsonWriter(buffer, WriterOptions);
        WriteHeader(json, header);
        Flush(json, buffer, utf8);

        var table = -1L;
        var valueIndices = new int[scenario.Scenario.Space.IssueCount];
        foreach (var entry in trace.Entries)
        {
            if (entry.Kind == ActionKind.Offer)
            {
                table = entry.Outcome;
            }

            WriteAction(json, scenario, entry, table, valueIndices);
            Flush(json, buffer, utf8);
        }

        WriteResult(json, scenario, result, valueIndices);
        Flush(json, buffer, utf8);
    }

    /// <summary>Writes the trace to a file (created or overwritten).</summary>
    public static void WriteFile(string path, TraceHeader header, NegotiationResult result, PreparedScenario scenario)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        using var file = File.Create(path);
        Write(file, header, result, scenario);
    }

    /// <summary>The trace as bytes (what <see cref="Write"/> writes).</summary>
    public static byte[] ToBytes(TraceHeader header, NegotiationResult result, PreparedScenario scenario)
    {
        using var stream = new MemoryStream();
        Write(stream, header, result, scenario);
        return stream.ToArray();
    }

    /// <summary>Reads a trace file; a <see cref="TraceFormatException"/> names the file and line of the first problem.</summary>
    public static TraceFile ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var file = File.OpenRead(path);
        return Read(file, Path.GetFileName(path));
    }

    /// <summary>
    /// Reads a trace from a stream. Checks the format (every line JSON, the fields present with the right types, the
    /// header first and the result last); whether the actions obey the rules is <see cref="TraceReplay"/>'s job.
    /// </summary>
    public static TraceFile Read(Stream utf8, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        ArgumentNullException.ThrowIfNull(sourceName);
        using var copy = new MemoryStream();
        utf8.CopyTo(copy);
        ReadOnlyMemory<byte> bytes = copy.GetBuffer().AsMemory(0, (int)copy.Length);
        if (bytes.Span.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        TraceHeader? header = null;
        TraceResult? result = null;
        var actions = new List<TraceAction>();
        var lineNumber = 0;
        while (bytes.Length > 0)
        {
            lineNumber++;
            var newline = bytes.Span.IndexOf((byte)'\n');
            var line = newline < 0 ? bytes : bytes[..newline];
            bytes = newline < 0 ? ReadOnlyMemory<byte>.Empty : bytes[(newline + 1)..];
            if (line.Span.EndsWith("\r"u8))
            {
                line = line[..^1];
            }

            var at = new Line(sourceName, lineNumber);
            if (line.Span.Trim(" \t"u8).IsEmpty)
            {
                throw at.Error("blank line; every line of a trace is one JSON object");
            }

            if (result is not null)
            {
                throw at.Error($"more lines after the result line {result.LineNumber}");
            }

            using var document = Parse(at, line);
            var root = document.RootElement;
            var type = at.String(root, "type");
            switch (type)
            {
                case "header" when header is null && lineNumber == 1:
                    header = ReadHeader(at, root);
                    break;
                case "header":
                    throw at.Error("a second header; the header is the first line only");
                case "action" or "result" when header is null:
                    throw at.Error($"the first line must be the header (\"type\": \"header\"), not \"{type}\"");
                case "action":
                    actions.Add(ReadAction(at, root, header.Parties.Length));
                    break;
                case "result":
                    result = ReadResult(at, root, header.Parties.Length);
                    break;
                default:
                    throw at.Error($"unknown line type \"{type}\"; expected header, action or result");
            }
        }

        if (header is null)
        {
            throw new TraceFormatException(sourceName, 1, "the trace is empty; its first line must be the header");
        }

        return result is null
            ? throw new TraceFormatException(sourceName, lineNumber, $"the trace ends at line {lineNumber} without a result line (was it cut short?)")
            : new TraceFile(sourceName, header, actions, result);
    }

    private static void Flush(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, Stream output)
    {
        json.Flush();
        output.Write(buffer.WrittenSpan);
        output.WriteByte((byte)'\n');
        buffer.ResetWrittenCount();
        json.Reset();
    }

    private static void WriteHeader(Utf8JsonWriter json, TraceHeader header)
    {
        json.WriteStartObject();
        json.WriteString("type", "header");
        json.WriteString("format", TraceHeader.FormatName);
        json.WriteNumber("version", header.Version);
        json.WriteString("scenario", header.ScenarioName);
        json.WriteString("fingerprint", header.ScenarioFingerprint);
        WriteStrings(json, "scenarioInputs", header.ScenarioInputs);
        WriteStrings(json, "parties", header.Parties);
        WriteStrings(json, "agents", header.Agents);
        json.WriteString("protocol", "SAOP");
        json.WriteStartObject("deadline");
        WriteNumberOrNull(json, "rounds", header.Settings.Deadline.Rounds);
        WriteSecondsOrNull(json, "seconds", header.Settings.Deadline.Time);
        json.WriteEndObject();
        json.WriteNumber("seed", header.Settings.Seed);
        WriteSecondsOrNull(json, "turnTimeLimitSeconds", header.Settings.TurnTimeLimit);
        json.WriteEndObject();
    }

    private static void WriteAction(Utf8JsonWriter json, PreparedScenario scenario, TraceEntry entry, long table, int[] valueIndices)
    {
        json.WriteStartObject();
        json.WriteString("type", "action");
        json.WriteNumber("turn", entry.Turn);
        json.WriteNumber("round", entry.Round);
        json.WriteNumber("time", entry.Time);
        json.WriteNumber("seat", entry.Actor);
        json.WriteString("party", scenario.Scenario.Parties[entry.Actor].Name);
        json.WriteString("action", TraceNames.Of(entry.Kind));
        if (entry.Kind == ActionKind.Offer)
        {
            json.WritePropertyName("outcome");
            WriteOutcome(json, scenario.Scenario.Space, entry.Outcome, valueIndices);
            json.WriteNumber("outcomeIndex", entry.Outcome);
        }

        json.WritePropertyName("utilities");
        WriteUtilitiesOrNull(json, scenario, table);
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, PreparedScenario scenario, NegotiationResult result, int[] valueIndices)
    {
        json.WriteStartObject();
        json.WriteString("type", "result");
        json.WriteString("endedBy", TraceNames.Of(result.End));
        WriteNumberOrNull(json, "endedBySeat", result.EndedBy >= 0 ? result.EndedBy : null);
        json.WriteNumber("turns", result.Turns);
        json.WriteNumber("rounds", result.Rounds);
        json.WriteNumber("endTime", result.EndTime);
        if (result.IsAgreement)
        {
            json.WriteStartObject("agreement");
            json.WritePropertyName("outcome");
            WriteOutcome(json, scenario.Scenario.Space, result.AgreementIndex, valueIndices);
            json.WriteNumber("outcomeIndex", result.AgreementIndex);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("agreement");
        }

        WriteNumbers(json, "utilities", result.Utilities.AsSpan());
        WriteNumbers(json, "discountedUtilities", result.DiscountedUtilities.AsSpan());
        if (result.Violation is { } violation)
        {
            json.WriteStartObject("failure");
            json.WriteNumber("seat", violation.Actor);
            json.WriteString("rule", TraceNames.Of(violation.Rule));
            json.WriteString("message", violation.Message);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("failure");
        }

        json.WriteEndObject();
    }

    private static void WriteOutcome(Utf8JsonWriter json, OutcomeSpace space, long index, int[] valueIndices)
    {
        space.Decode(index, valueIndices);
        json.WriteStartObject();
        for (var i = 0; i < valueIndices.Length; i++)
        {
            var issue = space.Issues[i];
            var value = issue.ValueAt(valueIndices[i]);
            switch (value.Kind)
            {
                case IssueKind.Discrete:
                    json.WriteString(issue.Name, value.Text);
                    break;
                case IssueKind.Integer:
                    json.WriteNumber(issue.Name, value.Integer);
                    break;
                default:
                    json.WriteNumber(issue.Name, value.Real);
                    break;
            }
        }

        json.WriteEndObject();
    }

    private static void WriteUtilitiesOrNull(Utf8JsonWriter json, PreparedScenario scenario, long table)
    {
        if (table < 0)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartArray();
        foreach (var index in scenario.Indexes)
        {
            json.WriteNumberValue(index.UtilityOf(table));
        }

        json.WriteEndArray();
    }

    private static void WriteNumbers(Utf8JsonWriter json, string name, ReadOnlySpan<double> numbers)
    {
        json.WriteStartArray(name);
        foreach (var x in numbers)
        {
            json.WriteNumberValue(x);
        }

        json.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, ImmutableArray<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteSecondsOrNull(Utf8JsonWriter json, string name, TimeSpan? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v.Ticks / (double)TimeSpan.TicksPerSecond);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static JsonDocument Parse(Line at, ReadOnlyMemory<byte> line)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException exception)
        {
            // The reader's message ends in its own position ("LineNumber: 0 | BytePositionInLine: 1."); say the column instead.
            var message = exception.Message;
            var position = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            var column = (exception.BytePositionInLine ?? 0) + 1;
            throw at.Error($"not a JSON object (column {column}): {(position < 0 ? message : message[..position])}");
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw at.Error($"expected a JSON object, found {document.RootElement.ValueKind}");
        }

        return document;
    }

    private static TraceHeader ReadHeader(Line at, JsonElement root)
    {
        var format = at.String(root, "format");
        if (format != TraceHeader.FormatName)
        {
            throw at.Error($"\"format\" is \"{format}\", not \"{TraceHeader.FormatName}\": this is not a Parley trace");
        }

        var version = at.Int(root, "version");
        if (version < 1 || version > TraceHeader.CurrentVersion)
        {
            throw at.Error($"trace format version {version} is not supported (this Parley reads versions 1 to {TraceHeader.CurrentVersion})");
        }

        var protocol = at.String(root, "protocol");
        if (protocol != "SAOP")
        {
            throw at.Error($"protocol \"{protocol}\" is not supported (only SAOP)");
        }

        var deadline = at.Object(root, "deadline");
        var rounds = at.OptionalInt(deadline, "rounds");
        var seconds = at.OptionalSeconds(deadline, "seconds");
        var turnLimit = at.OptionalSeconds(root, "turnTimeLimitSeconds");
        try
        {
            var settings = new NegotiationSettings(new Deadline(rounds, seconds), at.Int(root, "seed"), turnLimit);
            if (turnLimit is { } limit && limit <= TimeSpan.Zero)
            {
                throw new ArgumentException($"the per-turn limit must be positive (got {limit.TotalSeconds} s)");
            }

            return new TraceHeader(
                at.String(root, "scenario"),
                at.String(root, "fingerprint"),
                at.Strings(root, "scenarioInputs"),
                at.Strings(root, "parties"),
                at.Strings(root, "agents"),
                settings,
                version);
        }
        catch (ArgumentException exception)
        {
            throw at.Error(exception.Message);
        }
    }

    private static TraceAction ReadAction(Line at, JsonElement root, int parties)
    {
        var seat = at.Int(root, "seat");
        if (seat < 0 || seat >= parties)
        {
            throw at.Error($"\"seat\" is {seat}; the trace has seats 0..{parties - 1}");
        }

        var actionText = at.String(root, "action");
        if (!TraceNames.TryParseAction(actionText, out var kind))
        {
            throw at.Error($"\"action\" is \"{actionText}\"; expected offer, accept or end");
        }

        var outcome = ImmutableArray<KeyValuePair<string, IssueValue>>.Empty;
        var outcomeIndex = -1L;
        if (kind == ActionKind.Offer)
        {
            outcome = at.Outcome(at.Object(root, "outcome"));
            outcomeIndex = at.Long(root, "outcomeIndex");
        }
        else if (root.TryGetProperty("outcome", out _) || root.TryGetProperty("outcomeIndex", out _))
        {
            throw at.Error($"an \"{actionText}\" has no outcome; only offers do");
        }

        var utilities = at.OptionalNumbers(root, "utilities", parties);
        var entry = new TraceEntry(at.Long(root, "turn"), at.Long(root, "round"), at.Double(root, "time"), seat, kind, outcomeIndex);
        return new TraceAction(at.Number, entry, at.String(root, "party"), outcome, utilities);
    }

    private static TraceResult ReadResult(Line at, JsonElement root, int parties)
    {
        var endText = at.String(root, "endedBy");
        if (!TraceNames.TryParseEnd(endText, out var end))
        {
            throw at.Error($"\"endedBy\" is \"{endText}\"; expected agreement, walkaway, deadline or failure");
        }

        var endedBy = at.OptionalInt(root, "endedBySeat") ?? -1;
        var agreementIndex = -1L;
        var agreement = ImmutableArray<KeyValuePair<string, IssueValue>>.Empty;
        var agreementElement = at.Property(root, "agreement");
        if (agreementElement.ValueKind != JsonValueKind.Null)
        {
            var agreementObject = at.Object(root, "agreement");
            agreement = at.Outcome(at.Object(agreementObject, "outcome"));
            agreementIndex = at.Long(agreementObject, "outcomeIndex");
        }

        ProtocolViolation? violation = null;
        if (at.Property(root, "failure").ValueKind != JsonValueKind.Null)
        {
            var failure = at.Object(root, "failure");
            var ruleText = at.String(failure, "rule");
            if (!TraceNames.TryParseRule(ruleText, out var rule))
            {
                throw at.Error($"\"failure.rule\" is \"{ruleText}\"; expected one of {string.Join(", ", Enum.GetValues<ProtocolRule>().Select(TraceNames.Of))}");
            }

            violation = new ProtocolViolation(at.Int(failure, "seat"), rule, at.String(failure, "message"));
        }

        var utilities = at.Numbers(root, "utilities", parties);
        var discounted = at.Numbers(root, "discountedUtilities", parties);
        return new TraceResult(
            at.Number, end, endedBy, at.Long(root, "turns"), at.Long(root, "rounds"), at.Double(root, "endTime"), agreementIndex, agreement, utilities, discounted, violation);
    }

    /// <summary>Where a line came from, and typed field access that fails naming the line and field.</summary>
    private readonly record struct Line(string Source, int Number)
    {
        public TraceFormatException Error(string problem) => new(Source, Number, problem);

        public JsonElement Property(JsonElement parent, string name) =>
            parent.TryGetProperty(name, out var value) ? value : throw Error($"field \"{name}\" is missing");

        public string String(JsonElement parent, string name)
        {
            var value = Property(parent, name);
            return value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Error($"\"{name}\" must be a string, not {Describe(value)}");
        }

        public JsonElement Object(JsonElement parent, string name)
        {
            var value = Property(parent, name);
            return value.ValueKind == JsonValueKind.Object ? value : throw Error($"\"{name}\" must be an object, not {Describe(value)}");
        }

        public long Long(JsonElement parent, string name)
        {
            var value = Property(parent, name);
            return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n)
                ? n
                : throw Error($"\"{name}\" must be an integer, not {Describe(value)}");
        }

        public int Int(JsonElement parent, string name)
        {
            var value = Property(parent, name);
            return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n)
                ? n
                : throw Error($"\"{name}\" must be a 32-bit integer, not {Describe(value)}");
        }

        public int? OptionalInt(JsonElement parent, string name) =>
            parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? Int(parent, name) : null;

        public double Double(JsonElement parent, string name)
        {
            var value = Property(parent, name);
            return value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var x) && double.IsFinite(x)
                ? x
                : throw Error($"\"{name}\" must be a finite number, not {Describe(value)}");
        }

        public TimeSpan? OptionalSeconds(JsonElement parent, string name)
        {
            if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            var seconds = Double(parent, name);
            var ticks = Math.Round(seconds * TimeSpan.TicksPerSecond);
            return ticks is > 0 and < long.MaxValue
                ? TimeSpan.FromTicks((long)ticks)
                : throw Error($"\"{name}\" must be a positive number of seconds (got {value.GetRawText()})");
        }

        public ImmutableArray<string> Strings(JsonElement parent, string name)
        {
            var value = Property(parent, name);
            if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
            {
                throw Error($"\"{name}\" must be an array of strings");
            }

            return [.. value.EnumerateArray().Select(v => v.GetString()!)];
        }

        public ImmutableArray<double> Numbers(JsonElement parent, string name, int count)
        {
            var value = Property(parent, name);
            if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() != count)
            {
                throw Error(string.Create(CultureInfo.InvariantCulture, $"\"{name}\" must be an array of {count} numbers, one per party"));
            }

            var numbers = ImmutableArray.CreateBuilder<double>(count);
            foreach (var item in value.EnumerateArray())
            {
                numbers.Add(item.ValueKind == JsonValueKind.Number && item.TryGetDouble(out var x) && double.IsFinite(x)
                    ? x
                    : throw Error($"\"{name}\" holds {Describe(item)}, not a finite number"));
            }

            return numbers.MoveToImmutable();
        }

        public ImmutableArray<double> OptionalNumbers(JsonElement parent, string name, int count) =>
            Property(parent, name).ValueKind == JsonValueKind.Null ? [] : Numbers(parent, name, count);

        public ImmutableArray<KeyValuePair<string, IssueValue>> Outcome(JsonElement outcome)
        {
            var values = ImmutableArray.CreateBuilder<KeyValuePair<string, IssueValue>>();
            foreach (var property in outcome.EnumerateObject())
            {
                var value = property.Value;
                values.Add(new(property.Name, value.ValueKind switch
                {
                    JsonValueKind.String => IssueValue.Of(value.GetString()!),
                    JsonValueKind.Number when value.TryGetInt64(out var n) => IssueValue.Of(n),
                    JsonValueKind.Number => IssueValue.Of(value.GetDouble()),
                    _ => throw Error($"outcome value \"{property.Name}\" must be a string or a number, not {Describe(value)}"),
                }));
            }

            return values.ToImmutable();
        }

        private static string Describe(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => $"the string \"{value.GetString()}\"",
            JsonValueKind.Null => "null",
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            _ => value.GetRawText(),
        };
    }
}
