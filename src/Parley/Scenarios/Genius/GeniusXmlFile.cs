using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Parley.Scenarios.Genius;

/// <summary>
/// One GENIUS XML file, parsed with line information: strictly when it is well-formed, else after the repairs GENIUS's
/// lenient parser implies (<see cref="GeniusXmlRepair"/>), decoding bytes as UTF-8 or, when they are not valid UTF-8,
/// as Windows-1252. Builds errors that name the file, line, column and field.
/// </summary>
internal sealed partial class GeniusXmlFile
{
    /// <summary>Root tag of a domain file.</summary>
    public const string DomainRoot = "negotiation_template";

    /// <summary>Root tag of a profile file.</summary>
    public const string ProfileRoot = "utility_space";

    private const int Windows1252 = 1252;
    private readonly RepairedText? _repair;

    private GeniusXmlFile(string path, string displayName, XElement root, RepairedText? repair)
    {
        Path = path;
        DisplayName = displayName;
        Root = root;
        _repair = repair;
    }

    /// <summary>The file's path.</summary>
    public string Path { get; }

    /// <summary>How errors name the file: its folder and file name.</summary>
    public string DisplayName { get; }

    /// <summary>The root element.</summary>
    public XElement Root { get; }

    /// <summary>
    /// Loads a file. With <paramref name="skipForeign"/>, returns null for a file that is not XML at all (a CSV
    /// <c>pareto.xml</c>) or whose root is neither a domain nor a profile; a broken domain or profile is still an error.
    /// </summary>
    public static GeniusXmlFile? Load(SourceFile source, bool skipForeign)
    {
        var (path, bytes) = source;
        var displayName = source.DisplayName;

        // Like GENIUS (a FileReader with the platform charset), the bytes are decoded without consulting the XML
        // declaration: UTF-8 when valid, else Windows-1252, so a file declaring ISO-8859-1 but written in Windows-1252
        // still reads its '€'.
        var text = Decode(bytes);
        XmlException strictError;
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), ReaderSettings());
            var document = XDocument.Load(reader, LoadOptions.SetLineInfo);
            var root = document.Root!;
            if (skipForeign && !IsGeniusRoot(root.Name.LocalName))
            {
                return null;
            }

            return new GeniusXmlFile(path, displayName, root, null);
        }
        catch (XmlException e)
        {
            strictError = e;
        }

        var repaired = GeniusXmlRepair.Repair(text);
        if (repaired.RootName is null || (skipForeign && !IsGeniusRoot(repaired.RootName)))
        {
            if (skipForeign)
            {
                return null;
            }

            throw new ScenarioFormatException(
                displayName,
                repaired.RootName is null
                    ? "is not XML: it has no element at all"
                    : $"is not a GENIUS file: its root element is <{repaired.RootName}>",
                innerException: strictError);
        }

        try
        {
            using var reader = XmlReader.Create(new StringReader(repaired.Text), ReaderSettings());
            var document = XDocument.Load(reader, LoadOptions.SetLineInfo);
            return new GeniusXmlFile(path, displayName, document.Root!, repaired);
        }
        catch (XmlException e)
        {
            int? line = e.LineNumber == 0 ? null : e.LineNumber;
            int? column = e.LinePosition == 0 ? null : repaired.OriginalColumn(e.LineNumber, e.LinePosition);
            throw new ScenarioFormatException(
                displayName,
                $"is not well-formed XML, even read as leniently as GENIUS reads it: {WithoutPosition(e.Message)}",
                line,
                column,
                innerException: e);
        }
    }

    /// <summary>An error at a node of this file (an element or attribute), or at the file when <paramref name="at"/> is null.</summary>
    public ScenarioFormatException Error(XObject? at, string? field, string problem, Exception? innerException = null)
    {
        int? line = null;
        int? column = null;
        if (at is IXmlLineInfo info && info.HasLineInfo())
        {
            line = info.LineNumber;
            column = _repair is null ? info.LinePosition : _repair.OriginalColumn(info.LineNumber, info.LinePosition);
        }

        return new ScenarioFormatException(DisplayName, problem, line, column, field, innerException);
    }

    /// <summary>An attribute's value, or null when the element lacks it.</summary>
    public static string? Attribute(XElement element, string name) => element.Attribute(name)?.Value;

    /// <summary>A required attribute.</summary>
    public string RequiredAttribute(XElement element, string name, string field) =>
        element.Attribute(name)?.Value ?? throw Error(element, field, $"<{element.Name.LocalName}> has no '{name}' attribute");

    /// <summary>A real number attribute, read as Java's <c>Double.valueOf</c> reads it; null when absent.</summary>
    public double? OptionalNumber(XElement element, string name, string field)
    {
        var attribute = element.Attribute(name);
        if (attribute is null)
        {
            return null;
        }

        if (!double.TryParse(attribute.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw Error(attribute, field, $"'{attribute.Value}' is not a number");
        }

        return value;
    }

    /// <summary>A required real number attribute.</summary>
    public double Number(XElement element, string name, string field) =>
        OptionalNumber(element, name, field)
        ?? throw Error(element, field, $"<{element.Name.LocalName}> has no '{name}' attribute");

    /// <summary>A required non-negative real number attribute.</summary>
    public double NonNegativeNumber(XElement element, string name, string field)
    {
        var value = Number(element, name, field);
        return value >= 0 ? value : throw Error(element.Attribute(name), field, $"{Format(value)} is negative; it must be ≥ 0");
    }

    /// <summary>An integer attribute, null when absent.</summary>
    public long? OptionalInteger(XElement element, string name, string field)
    {
        var attribute = element.Attribute(name);
        if (attribute is null)
        {
            return null;
        }

        return long.TryParse(attribute.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(attribute, field, $"'{attribute.Value}' is not a whole number");
    }

    /// <summary>A required integer attribute.</summary>
    public long Integer(XElement element, string name, string field) =>
        OptionalInteger(element, name, field)
        ?? throw Error(element, field, $"<{element.Name.LocalName}> has no '{name}' attribute");

    /// <summary>Formats a number for a message.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static bool IsGeniusRoot(string name) => name is DomainRoot or ProfileRoot;

    private static XmlReaderSettings ReaderSettings() => new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>UTF-16 with a byte-order mark; else UTF-8 when the bytes are valid UTF-8 (a UTF-8 byte-order mark dropped); else Windows-1252.</summary>
    private static string Decode(byte[] bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            using var reader = new StreamReader(new MemoryStream(bytes), Encoding.Unicode, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }

        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(Windows1252)!.GetString(bytes);
        }
    }

    private static string WithoutPosition(string message) => PositionSuffix().Replace(message, string.Empty);

    [GeneratedRegex(@"\s*Line \d+, position \d+\.\s*$")]
    private static partial Regex PositionSuffix();
}
