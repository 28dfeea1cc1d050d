using System.Buffers;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Unicode;
using Parley.Outcomes;

namespace Parley.Scenarios.Json;

/// <summary>
/// Reads Parley's own scenario format (<c>parley-scenario/1</c>): one human-writable JSON file holding the issues and
/// every party's preferences. Comments and trailing commas are allowed. Every problem, from a JSON syntax error to a
/// weight for an issue that does not exist, is a <see cref="ScenarioFormatException"/> naming the file, the line and
/// column, and the field path (<c>job-offer.json:14:9: parties[1].utility.weights.salary: …</c>).
/// The format is documented in <c>docs/scenario-format.md</c> and described by <c>docs/scenario.schema.json</c>.
/// </summary>
public static partial class ParleyScenarioReader
{
    /// <summary>The value of the <c>format</c> field this reader understands.</summary>
    public const string FormatVersion = "parley-scenario/1";

    internal static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>Reads a scenario file; messages name the file by <paramref name="path"/> as given.</summary>
    public static Scenario Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Parse(File.ReadAllBytes(path), path);
    }

    /// <summary>Reads a scenario from a UTF-8 stream; <paramref name="fileName"/> is used in messages.</summary>
    public static Scenario Read(Stream utf8Json, string fileName)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return Parse(buffer.ToArray(), fileName);
    }

    /// <summary>Parses scenario text; <paramref name="fileName"/> is used in messages.</summary>
    public static Scenario Parse(string json, string fileName)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(System.Text.Encoding.UTF8.GetBytes(json), fileName);
    }

    /// <summary>Parses UTF-8 scenario bytes (a leading byte-order mark is skipped); <paramref name="fileName"/> is used in messages.</summary>
    public static Scenario Parse(ReadOnlySpan<byte> utf8Json, string fileName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var bytes = utf8Json.StartsWith("\uFEFF"u8) ? utf8Json[3..] : utf8Json;
        CheckUtf8(bytes, fileName);

        var memory = bytes.ToArray();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(memory, DocumentOptions);
        }
        catch (JsonException e)
        {
            throw SyntaxError(memory, fileName, e);
        }

        using (document)
        {
            try
            {
                return ReadScenario(document.RootElement);
            }
            catch (ScenarioJsonError e)
            {
                var location = JsonLocator.Locate(memory, e.LocateAt, e.Occurrence);
                throw new ScenarioFormatException(fileName, e.Problem, location?.Line, location?.Column, e.Field.ToString());
            }
        }
    }

    internal static void CheckUtf8(ReadOnlySpan<byte> bytes, string fileName)
    {
        if (Utf8.IsValid(bytes))
        {
            return;
        }

        var chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            Utf8.ToUtf16(bytes, chars, out var valid, out _, replaceInvalidSequences: false);
            var (line, column) = JsonLocator.LineAndColumn(bytes, valid);
            throw new ScenarioFormatException(fileName, "the file is not valid UTF-8 text (save it as UTF-8)", line, column);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    internal static ScenarioFormatException SyntaxError(byte[] bytes, string fileName, JsonException e)
    {
        int? line = null, column = null;
        if (e.LineNumber is { } zeroBasedLine)
        {
            var start = JsonLocator.LineStart(bytes, zeroBasedLine);
            var end = (int)Math.Min(bytes.Length, start + (e.BytePositionInLine ?? 0));
            line = (int)zeroBasedLine + 1;
            column = 1 + JsonLocator.CountCharacters(bytes.AsSpan(start, end - start));
        }

        // System.Text.Json appends its own location in bytes; ours is in characters, so drop it.
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message[..cut];
        }

        var field = JsonLocator.PathAtSyntaxError(bytes);
        return new ScenarioFormatException(
            fileName,
            $"invalid JSON: {message.TrimEnd()}",
            line,
            column,
            field is null || field.IsRoot ? null : field.ToString(),
            e);
    }

    private static Scenario ReadScenario(JsonElement element) => ReadScenario(element, JsonPath.Root);

    /// <summary>Reads a scenario object found at <paramref name="path"/> (the root, or a scenario embedded in a talks file).</summary>
    internal static Scenario ReadScenario(JsonElement element, JsonPath path)
    {
        var root = JsonObjectReader.Open(element, path, "a scenario");
        if (!root.TryGet("format", out var formatElement))
        {
            throw new ScenarioJsonError(
                path.Add("format"),
                $"missing required field \"format\": a Parley scenario declares \"format\": \"{FormatVersion}\"",
                locateAt: path);
        }

        var format = JsonValues.String(formatElement, path.Add("format"));
        if (format != FormatVersion)
        {
            throw new ScenarioJsonError(path.Add("format"), $"unsupported format \"{format}\"; this version of Parley reads \"{FormatVersion}\"");
        }

        root.AllowOnly("$schema", "format", "name", "description", "source", "issues", "parties");
        _ = root.OptionalString("$schema");
        var name = root.RequiredName("name");
        var description = root.OptionalString("description");
        var source = root.OptionalString("source");
        var space = ReadIssues(root);

        var partiesPath = root.Path.Add("parties");
        var elements = root.RequiredArray("parties");
        var parties = new List<Party>(elements.Count);
        var firstByName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < elements.Count; i++)
        {
            var party = ReadParty(elements[i], partiesPath.Add(i), space);
            if (!firstByName.TryAdd(party.Name, i))
            {
                throw new ScenarioJsonError(
                    partiesPath.Add(i).Add("name"),
                    $"two parties are named \"{party.Name}\" (the other is parties[{firstByName[party.Name]}])");
            }

            parties.Add(party);
        }

        return Guard(path, () => new Scenario(name, space, parties, description, source));
    }

    private static Party ReadParty(JsonElement element, JsonPath path, OutcomeSpace space)
    {
        var party = JsonObjectReader.Open(element, path, "a party");
        party.AllowOnly("name", "reservationValue", "reservationOutcome", "discountFactor", "source", "utility");
        var name = party.RequiredName("name");
        var discount = Preferences.DiscountFactor.FromGenius(party.OptionalNumber("discountFactor", 1.0));
        var source = party.OptionalString("source");
        var utility = ReadUtility(party.RequiredObject("utility", "a utility function"), space);
        var reservationValue = ReadReservation(party, utility) ?? 0.0;
        return new Party(name, utility, reservationValue, discount, source);
    }

    /// <summary>
    /// A reservation value given as a number (<c>reservationValue</c>) or as the utility of an outcome
    /// (<c>reservationOutcome</c>: the party's bottom line as a deal, e.g. its best public offer); null when neither is given.
    /// </summary>
    internal static double? ReadReservation(JsonObjectReader owner, Preferences.IUtilityFunction utility)
    {
        if (owner.Has("reservationValue") && owner.Has("reservationOutcome"))
        {
            throw new ScenarioJsonError(owner.Path.Add("reservationOutcome"), "give \"reservationValue\" or \"reservationOutcome\", not both");
        }

        if (owner.Has("reservationOutcome"))
        {
            var outcome = owner.RequiredObject("reservationOutcome", "an outcome: a value for every issue");
            return utility.Utility(JsonOutcomes.Read(outcome, utility.Space));
        }

        return owner.Has("reservationValue") ? owner.RequiredNumber("reservationValue") : null;
    }

    /// <summary>Reads the <c>type</c> discriminator of an object and checks it is one of <paramref name="known"/>.</summary>
    private static string ReadType(JsonObjectReader value, ImmutableArray<string> known, string what)
    {
        var type = value.RequiredString("type");
        if (!known.Contains(type))
        {
            var suggestion = JsonObjectReader.Closest(type, known.AsSpan());
            var hint = suggestion is null ? "" : $" (did you mean \"{suggestion}\"?)";
            throw new ScenarioJsonError(value.Path.Add("type"), $"unknown {what} type \"{type}\"{hint}; known types: {string.Join(", ", known)}");
        }

        return type;
    }

    /// <summary>Runs a constructor whose own checks the reader does not repeat, turning its complaint into a located error.</summary>
    private static T Guard<T>(JsonPath path, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (ArgumentException e)
        {
            var message = e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal);
            throw new ScenarioJsonError(path, message.Length > 0 ? char.ToLowerInvariant(message[0]) + message[1..] : message);
        }
    }
}
