using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Parley.Agents.Catalog;
using Parley.Scenarios;
using Parley.Scenarios.Json;

namespace Parley.Talks.Json;

/// <summary>
/// Reads Parley's talks format (<c>parley-talks/1</c>): one human-writable JSON file with the negotiation problem (a
/// Parley scenario object embedded, or a reference to any scenario Parley reads), the calendar of meetings, the known
/// deadlines, the scripted events with their effects, the default agents and the end date. Comments and trailing commas
/// are allowed. Every problem is a <see cref="ScenarioFormatException"/> naming the file, line, column and field path
/// (<c>lease.talks.json:41:13: events[2].effects[0].party: …</c>), as for scenario files. The format is documented in
/// <c>docs/talks.md</c> and described by <c>docs/talks.schema.json</c>.
/// </summary>
public static class TalksScenarioReader
{
    /// <summary>The value of the <c>format</c> field this reader understands.</summary>
    public const string FormatVersion = "parley-talks/1";

    /// <summary>The effect types, as written in the <c>type</c> field.</summary>
    public static readonly ImmutableArray<string> EffectTypes =
        ["setReservationValue", "shiftReservationValue", "replacePreferences", "replaceAgent", "setStatusQuo", "setDailyCost"];

    /// <summary>Reads a talks file; referenced scenario files are resolved from its folder.</summary>
    public static TalksScenario Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ScenarioFormatException(path, $"cannot be read: {e.Message}", innerException: e);
        }

        return Parse(bytes, path, Path.GetDirectoryName(Path.GetFullPath(path)));
    }

    /// <summary>Parses talks text; <paramref name="fileName"/> names the file in messages and is kept as its path.</summary>
    public static TalksScenario Parse(string json, string fileName, string? baseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(Encoding.UTF8.GetBytes(json), fileName, baseDirectory);
    }

    /// <summary>
    /// Parses UTF-8 talks bytes (a leading byte-order mark is skipped). <paramref name="baseDirectory"/> is where a
    /// referenced scenario file is looked for (the current folder when null).
    /// </summary>
    public static TalksScenario Parse(ReadOnlySpan<byte> utf8Json, string fileName, string? baseDirectory = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var bytes = utf8Json.StartsWith("\uFEFF"u8) ? utf8Json[3..] : utf8Json;
        ParleyScenarioReader.CheckUtf8(bytes, fileName);
        var memory = bytes.ToArray();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(memory, ParleyScenarioReader.DocumentOptions);
        }
        catch (JsonException e)
        {
            throw ParleyScenarioReader.SyntaxError(memory, fileName, e);
        }

        using (document)
        {
            try
            {
                return new Reader(baseDirectory).ReadTalks(document.RootElement, fileName, Encoding.UTF8.GetString(memory));
            }
            catch (ScenarioJsonError e)
            {
                var location = JsonLocator.Locate(memory, e.LocateAt, e.Occurrence);
                throw new ScenarioFormatException(fileName, e.Problem, location?.Line, location?.Column, e.Field.ToString());
            }
        }
    }

    /// <summary>One read of one document.</summary>
    private sealed class Reader(string? baseDirectory)
    {
        private Scenario _scenario = null!;
        private DateOnly _start;
        private DateOnly _end;

        public TalksScenario ReadTalks(JsonElement element, string fileName, string text)
        {
            var root = JsonObjectReader.Open(element, JsonPath.Root, "a talks file");
            if (!root.TryGet("format", out var formatElement))
            {
                throw new ScenarioJsonError(
                    JsonPath.Root.Add("format"),
                    $"missing required field \"format\": a Parley talks file declares \"format\": \"{FormatVersion}\"",
                    locateAt: JsonPath.Root);
            }

            var format = JsonValues.String(formatElement, JsonPath.Root.Add("format"));
            if (format != FormatVersion)
            {
                var hint = format == ParleyScenarioReader.FormatVersion ? " (this is a scenario file; a talks file embeds or references one in \"scenario\")" : "";
                throw new ScenarioJsonError(JsonPath.Root.Add("format"), $"unsupported format \"{format}\"{hint}; this version of Parley reads \"{FormatVersion}\"");
            }

            root.AllowOnly("$schema", "format", "name", "description", "sources", "assumptions", "scenario", "agents", "start", "end", "deadlines", "meetings", "events");
            _ = root.OptionalString("$schema");
            var name = root.RequiredName("name");
            var description = root.OptionalString("description");
            var sources = ReadStrings(root, "sources");
            var assumptions = ReadAssumptions(root);
            _scenario = ReadScenarioField(root);
            var agents = ReadAgents(root);

            var meetingElements = root.RequiredArray("meetings");
            if (meetingElements.Count == 0)
            {
                throw new ScenarioJsonError(root.Path.Add("meetings"), "talks need at least one meeting");
            }

            var eventElements = root.TryGet("events", out var eventsElement) ? JsonValues.Array(eventsElement, root.Path.Add("events")) : [];
            _end = ReadDate(root.Required("end"), root.Path.Add("end"));
            if (root.TryGet("start", out var startElement))
            {
                _start = ReadDate(startElement, root.Path.Add("start"));
                if (_start > _end)
                {
                    throw new ScenarioJsonError(root.Path.Add("start"), $"the talks start ({Text(_start)}) after they end ({Text(_end)})");
                }
            }
            else
            {
                // Without an explicit start the talks open on the first meeting or event, whichever is earlier.
                _start = _end;
                foreach (var list in new[] { meetingElements, eventElements })
                {
                    if (list.Count > 0 && list[0].ValueKind == JsonValueKind.Object && list[0].TryGetProperty("date", out var first)
                        && first.ValueKind == JsonValueKind.String && TryDate(first.GetString()!, out var date) && date < _start)
                    {
                        _start = date;
                    }
                }
            }

            var meetings = new List<MeetingPlan>(meetingElements.Count);
            for (var i = 0; i < meetingElements.Count; i++)
            {
                meetings.Add(ReadMeeting(meetingElements[i], root.Path.Add("meetings").Add(i), i + 1, meetings.LastOrDefault()));
            }

            var deadlines = new List<KnownDeadline>();
            if (root.TryGet("deadlines", out var deadlinesElement))
            {
                var list = JsonValues.Array(deadlinesElement, root.Path.Add("deadlines"));
                for (var i = 0; i < list.Count; i++)
                {
                    deadlines.Add(ReadDeadline(list[i], root.Path.Add("deadlines").Add(i)));
                }
            }

            var events = new List<TalksEvent>(eventElements.Count);
            for (var i = 0; i < eventElements.Count; i++)
            {
                events.Add(ReadEvent(eventElements[i], root.Path.Add("events").Add(i), events.LastOrDefault()));
            }

            try
            {
                return new TalksScenario(name, _scenario, _start, _end, meetings, deadlines, events, agents, description, sources, assumptions)
                {
                    FilePath = fileName,
                    FileText = text,
                };
            }
            catch (ArgumentException e)
            {
                throw new ScenarioJsonError(JsonPath.Root, Lower(e.Message));
            }
        }

        private Scenario ReadScenarioField(JsonObjectReader root)
        {
            var path = root.Path.Add("scenario");
            var element = root.Required("scenario");
            if (element.ValueKind == JsonValueKind.Object)
            {
                return ParleyScenarioReader.ReadScenario(element, path);
            }

            if (element.ValueKind != JsonValueKind.String)
            {
                throw new ScenarioJsonError(path, $"expected a scenario object (parley-scenario/1) or the path of a scenario file, got {JsonValues.Describe(element)}");
            }

            var reference = JsonValues.Name(element, path);
            var resolved = Path.IsPathRooted(reference) || baseDirectory is null ? reference : Path.Combine(baseDirectory, reference);
            var input = File.Exists(resolved) || Directory.Exists(resolved) ? resolved : reference;
            try
            {
                return ScenarioLoader.Load(input);
            }
            catch (FileNotFoundException)
            {
                throw new ScenarioJsonError(
                    path,
                    $"no scenario file, folder or built-in scenario \"{reference}\"{(baseDirectory is null ? "" : $" (looked in {baseDirectory})")}");
            }
        }

        private ImmutableArray<AgentSpec?> ReadAgents(JsonObjectReader root)
        {
            var agents = new AgentSpec?[_scenario.Parties.Length];
            if (!root.TryGet("agents", out _))
            {
                return [.. agents];
            }

            var map = root.RequiredObject("agents", "the agent of each party, by party name");
            foreach (var (party, value) in map.Properties)
            {
                var path = map.Path.Add(party);
                var seat = SeatOf(party, path);
                agents[seat] = ReadSpec(value, path);
            }

            return [.. agents];
        }

        private MeetingPlan ReadMeeting(JsonElement element, JsonPath path, int number, MeetingPlan? previous)
        {
            var meeting = JsonObjectReader.Open(element, path, "a meeting");
            meeting.AllowOnly("date", "rounds", "location", "note", "source", "minutes");
            var date = ReadDateInTalks(meeting, "meeting");
            if (previous is not null && date < previous.Date)
            {
                throw new ScenarioJsonError(path.Add("date"), $"meeting {number} ({Text(date)}) comes before meeting {number - 1} ({Text(previous.Date)}); list meetings in date order");
            }

            var rounds = meeting.RequiredInteger("rounds");
            if (rounds is < 1 or > 10_000_000)
            {
                throw new ScenarioJsonError(path.Add("rounds"), string.Create(CultureInfo.InvariantCulture, $"a meeting needs 1 to 10,000,000 rounds (got {rounds})"));
            }

            var minutes = meeting.OptionalInteger("minutes");
            if (minutes is < 1 or > 100_000)
            {
                throw new ScenarioJsonError(path.Add("minutes"), string.Create(CultureInfo.InvariantCulture, $"a meeting lasts 1 to 100,000 minutes (got {minutes})"));
            }

            return new MeetingPlan(
                number, date, (int)rounds, meeting.OptionalString("location"), meeting.OptionalString("note"), meeting.OptionalString("source"), (int?)minutes);
        }

        private static List<TalksAssumption> ReadAssumptions(JsonObjectReader root)
        {
            var assumptions = new List<TalksAssumption>();
            if (!root.TryGet("assumptions", out var element))
            {
                return assumptions;
            }

            var path = root.Path.Add("assumptions");
            var list = JsonValues.Array(element, path);
            for (var i = 0; i < list.Count; i++)
            {
                var assumption = JsonObjectReader.Open(list[i], path.Add(i), "an assumption");
                assumption.AllowOnly("name", "value", "unit", "status", "source", "note");
                var name = assumption.RequiredName("name");
                if (assumptions.Any(a => a.Name == name))
                {
                    throw new ScenarioJsonError(path.Add(i).Add("name"), $"two assumptions are named \"{name}\"");
                }

                var statusText = assumption.RequiredString("status");
                AssumptionStatus? status = statusText switch
                {
                    "sourced" => AssumptionStatus.Sourced,
                    "derived" => AssumptionStatus.Derived,
                    "unverified" => AssumptionStatus.Unverified,
                    "assumed" => AssumptionStatus.Assumed,
                    _ => null,
                };
                if (status is null)
                {
                    throw new ScenarioJsonError(path.Add(i).Add("status"), $"the status is \"sourced\", \"derived\", \"unverified\" or \"assumed\", not {JsonValues.Quote(statusText)}");
                }

                assumptions.Add(new TalksAssumption(
                    name, assumption.RequiredNumber("value"), assumption.OptionalString("unit"), status.Value, assumption.OptionalString("source"), assumption.OptionalString("note")));
            }

            return assumptions;
        }

        private static KnownDeadline ReadDeadline(JsonElement element, JsonPath path)
        {
            var deadline = JsonObjectReader.Open(element, path, "a deadline");
            deadline.AllowOnly("date", "label", "source");
            var date = ReadDate(deadline.Required("date"), path.Add("date"));
            return new KnownDeadline(date, deadline.RequiredName("label"), deadline.OptionalString("source"));
        }

        private TalksEvent ReadEvent(JsonElement element, JsonPath path, TalksEvent? previous)
        {
            var talksEvent = JsonObjectReader.Open(element, path, "an event");
            talksEvent.AllowOnly("date", "kind", "description", "source", "effects");
            var date = ReadDateInTalks(talksEvent, "event");
            if (previous is not null && date < previous.Date)
            {
                throw new ScenarioJsonError(path.Add("date"), $"this event ({Text(date)}) comes before the one above it ({Text(previous.Date)}); list events in date order");
            }

            var kind = talksEvent.RequiredName("kind");
            var description = talksEvent.RequiredName("description");
            var source = talksEvent.OptionalString("source");
            var effects = new List<TalksEffect>();
            if (talksEvent.TryGet("effects", out var effectsElement))
            {
                var list = JsonValues.Array(effectsElement, path.Add("effects"));
                for (var i = 0; i < list.Count; i++)
                {
                    effects.Add(ReadEffect(list[i], path.Add("effects").Add(i)));
                }
            }

            return new TalksEvent(date, kind, description, source, [.. effects]);
        }

        private TalksEffect ReadEffect(JsonElement element, JsonPath path)
        {
            var effect = JsonObjectReader.Open(element, path, "an effect");
            var type = effect.RequiredString("type");
            if (!EffectTypes.Contains(type))
            {
                var suggestion = JsonObjectReader.Closest(type, EffectTypes.AsSpan());
                var hint = suggestion is null ? "" : $" (did you mean \"{suggestion}\"?)";
                throw new ScenarioJsonError(path.Add("type"), $"unknown effect type \"{type}\"{hint}; known types: {string.Join(", ", EffectTypes)}");
            }

            switch (type)
            {
                case "setReservationValue":
                    effect.AllowOnly("type", "party", "value");
                    return new SetReservationValue(Party(effect), effect.RequiredNumber("value"));
                case "shiftReservationValue":
                    effect.AllowOnly("type", "party", "by");
                    return new ShiftReservationValue(Party(effect), effect.RequiredNumber("by"));
                case "replacePreferences":
                    effect.AllowOnly("type", "party", "utility", "reservationValue", "reservationOutcome", "discountFactor", "source");
                    var party = Party(effect);
                    var utility = ParleyScenarioReader.ReadUtility(effect.RequiredObject("utility", "a utility function"), _scenario.Space);
                    var reservation = ParleyScenarioReader.ReadReservation(effect, utility);
                    Preferences.DiscountFactor? discount = effect.Has("discountFactor")
                        ? Preferences.DiscountFactor.FromGenius(effect.RequiredNumber("discountFactor"))
                        : null;
                    return new ReplacePreferences(party, utility, reservation, discount, effect.OptionalString("source"));
                case "replaceAgent":
                    effect.AllowOnly("type", "party", "agent");
                    return new ReplaceAgent(Party(effect), ReadSpec(effect.Required("agent"), path.Add("agent")));
                case "setStatusQuo":
                    effect.AllowOnly("type", "outcome");
                    var (outcome, text) = ReadOutcome(effect.RequiredObject("outcome", "an outcome: a value for every issue"));
                    return new SetStatusQuo(outcome, text);
                default:
                    effect.AllowOnly("type", "party", "perDay");
                    var perDay = effect.RequiredNumber("perDay");
                    if (perDay < 0)
                    {
                        throw new ScenarioJsonError(path.Add("perDay"), $"a daily cost must be ≥ 0 (got {JsonValues.Format(perDay)}); 0 stops it");
                    }

                    return new SetDailyCost(Party(effect), perDay);
            }
        }

        private (long Outcome, string Text) ReadOutcome(JsonObjectReader outcome)
        {
            var space = _scenario.Space;
            var indices = JsonOutcomes.Read(outcome, space);
            var text = string.Join(", ", space.Describe(indices).Select(p => $"{p.Key}={p.Value}"));
            return (space.IndexOf(indices), text);
        }

        private static AgentSpec ReadSpec(JsonElement element, JsonPath path)
        {
            var text = JsonValues.Name(element, path);
            try
            {
                return AgentSpec.Parse(text);
            }
            catch (AgentSpecException e)
            {
                throw new ScenarioJsonError(path, Lower(e.Message));
            }
        }

        private string Party(JsonObjectReader effect)
        {
            var name = effect.RequiredName("party");
            _ = SeatOf(name, effect.Path.Add("party"));
            return name;
        }

        private int SeatOf(string party, JsonPath path)
        {
            var names = _scenario.Parties.Select(p => p.Name).ToArray();
            var seat = Array.IndexOf(names, party);
            if (seat >= 0)
            {
                return seat;
            }

            var suggestion = JsonObjectReader.Closest(party, names);
            var hint = suggestion is null ? "" : $" (did you mean \"{suggestion}\"?)";
            throw new ScenarioJsonError(path, $"no party \"{party}\"{hint}; the scenario's parties are {JsonValues.List(names)}");
        }

        private DateOnly ReadDateInTalks(JsonObjectReader owner, string what)
        {
            var path = owner.Path.Add("date");
            var date = ReadDate(owner.Required("date"), path);
            if (date < _start || date > _end)
            {
                throw new ScenarioJsonError(path, $"the {what} ({Text(date)}) is outside the talks, {Text(_start)} to {Text(_end)}");
            }

            return date;
        }

        private static DateOnly ReadDate(JsonElement element, JsonPath path)
        {
            var text = JsonValues.String(element, path);
            return TryDate(text, out var date)
                ? date
                : throw new ScenarioJsonError(path, $"expected a date written yyyy-mm-dd (e.g. \"2019-11-19\"), got {JsonValues.Quote(text)}");
        }

        private static bool TryDate(string text, out DateOnly date) =>
            DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

        private static ImmutableArray<string> ReadStrings(JsonObjectReader owner, string name)
        {
            if (!owner.TryGet(name, out var element))
            {
                return [];
            }

            var path = owner.Path.Add(name);
            var list = JsonValues.Array(element, path);
            return [.. list.Select((e, i) => JsonValues.String(e, path.Add(i)))];
        }

        private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        private static string Lower(string message) => message.Length > 0 ? char.ToLowerInvariant(message[0]) + message[1..] : message;
    }
}
