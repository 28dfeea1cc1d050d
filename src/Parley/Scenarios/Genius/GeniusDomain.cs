using System.Globalization;
using System.Xml.Linq;
using Parley.Outcomes;

namespace Parley.Scenarios.Genius;

/// <summary>
/// A GENIUS domain file read into an <see cref="OutcomeSpace"/>, remembering each issue's GENIUS <c>index</c> attribute
/// (profiles refer to issues by it) and the root objective's index.
/// </summary>
internal sealed class GeniusDomain
{
    private readonly Dictionary<long, int> _positionByIndex;

    private GeniusDomain(GeniusXmlFile file, OutcomeSpace space, long?[] indices, long? objectiveIndex)
    {
        File = file;
        Space = space;
        Indices = indices;
        ObjectiveIndex = objectiveIndex;
        _positionByIndex = [];
        for (var i = 0; i < indices.Length; i++)
        {
            if (indices[i] is { } index)
            {
                _positionByIndex[index] = i;
            }
        }
    }

    /// <summary>The file the domain came from.</summary>
    public GeniusXmlFile File { get; }

    /// <summary>The issues, in the domain's order.</summary>
    public OutcomeSpace Space { get; }

    /// <summary>Each issue's GENIUS index, by position (null when the file gives none).</summary>
    public IReadOnlyList<long?> Indices { get; }

    /// <summary>The root objective's index, which weights may also name.</summary>
    public long? ObjectiveIndex { get; }

    /// <summary>The position of the issue with a GENIUS index, or -1.</summary>
    public int PositionOfIndex(long index) => _positionByIndex.TryGetValue(index, out var position) ? position : -1;

    /// <summary>Reads a domain file (root <c>negotiation_template</c>).</summary>
    public static GeniusDomain Read(GeniusXmlFile file, GeniusReadOptions options)
    {
        var root = file.Root;
        if (root.Name.LocalName != GeniusXmlFile.DomainRoot)
        {
            throw file.Error(root, null, $"is not a GENIUS domain file: its root element is <{root.Name.LocalName}>, not <{GeniusXmlFile.DomainRoot}>");
        }

        var utilitySpace = root.Element(GeniusXmlFile.ProfileRoot)
            ?? throw file.Error(root, null, $"<{GeniusXmlFile.DomainRoot}> has no <{GeniusXmlFile.ProfileRoot}> child holding the issues");
        var objective = utilitySpace.Element("objective")
            ?? throw file.Error(utilitySpace, null, $"<{GeniusXmlFile.ProfileRoot}> has no <objective> holding the issues");
        if (objective.Element("objective") is { } nested)
        {
            throw file.Error(nested, "objective", "nested objectives are not supported; every issue must sit directly under the root <objective>");
        }

        var objectiveIndex = file.OptionalInteger(objective, "index", "objective index");
        var issues = new List<Issue>();
        var indices = new List<long?>();
        var seenIndices = new Dictionary<long, string>();
        foreach (var element in objective.Elements("issue"))
        {
            var name = file.RequiredAttribute(element, "name", "issue");
            var field = $"issue '{name}'";
            var index = file.OptionalInteger(element, "index", $"{field} index");
            if (index is { } i && !seenIndices.TryAdd(i, name))
            {
                throw file.Error(element.Attribute("index"), $"{field} index", $"index {i} is already used by issue '{seenIndices[i]}'");
            }

            issues.Add(ReadIssue(file, element, name, field, options));
            indices.Add(index);
        }

        if (issues.Count == 0)
        {
            throw file.Error(objective, null, "the domain has no <issue>");
        }

        OutcomeSpace space;
        try
        {
            space = new OutcomeSpace(issues);
        }
        catch (ArgumentException e)
        {
            throw file.Error(objective, null, e.Message, e);
        }

        return new GeniusDomain(file, space, [.. indices], objectiveIndex);
    }

    /// <summary>
    /// GENIUS's issue type (<c>DomainImpl.loadTreeFromXML</c>): no <c>type</c> means discrete; otherwise <c>type</c> wins
    /// over <c>vtype</c>, case-insensitively, and a type GENIUS does not know is read as discrete.
    /// </summary>
    public static IssueKind KindOf(string? type) => type?.ToUpperInvariant() switch
    {
        "INTEGER" => IssueKind.Integer,
        "REAL" => IssueKind.Real,
        _ => IssueKind.Discrete,
    };

    /// <summary>Whether GENIUS knows a type string (an unknown one is silently read as discrete).</summary>
    public static bool IsKnownType(string? type) =>
        type is null || type.ToUpperInvariant() is "DISCRETE" or "INTEGER" or "REAL" or "OBJECTIVE";

    private static Issue ReadIssue(GeniusXmlFile file, XElement element, string name, string field, GeniusReadOptions options)
    {
        switch (KindOf(GeniusXmlFile.Attribute(element, "type")))
        {
            case IssueKind.Integer:
            {
                // GENIUS reads the bounds from the issue's attributes; legacy files (web_service) put them in a <range>.
                var holder = element.Attribute("lowerbound") is null && element.Attribute("upperbound") is null && element.Element("range") is { } range
                    ? range
                    : element;
                var low = file.Integer(holder, "lowerbound", $"{field} lowerbound");
                var high = file.Integer(holder, "upperbound", $"{field} upperbound");
                if (high < low)
                {
                    throw file.Error(holder, field, $"is empty: upperbound {high} is below lowerbound {low}");
                }

                try
                {
                    return new IntegerIssue(name, low, high);
                }
                catch (ArgumentException e)
                {
                    throw file.Error(holder, field, e.Message, e);
                }
            }

            case IssueKind.Real:
            {
                var range = element.Element("range")
                    ?? throw file.Error(element, field, "a real issue needs a <range lowerbound upperbound> child");
                var low = file.Number(range, "lowerbound", $"{field} lowerbound");
                var high = file.Number(range, "upperbound", $"{field} upperbound");
                if (high < low)
                {
                    throw file.Error(range, field, $"is empty: upperbound {GeniusXmlFile.Format(high)} is below lowerbound {GeniusXmlFile.Format(low)}");
                }

                return new RealIssue(name, low, high, high > low ? options.RealGridPoints : 1);
            }

            default:
            {
                // Items are matched by value text; duplicates (FlightBooking-B) collapse onto their first position.
                var values = new List<string>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var item in element.Elements("item"))
                {
                    var value = file.RequiredAttribute(item, "value", $"{field} item");
                    if (seen.Add(value))
                    {
                        values.Add(value);
                    }
                }

                if (values.Count == 0)
                {
                    var type = GeniusXmlFile.Attribute(element, "type");
                    var why = IsKnownType(type)
                        ? string.Empty
                        : string.Create(CultureInfo.InvariantCulture, $" (its type '{type}' is not one GENIUS knows, so GENIUS reads it as discrete)");
                    throw file.Error(element, field, $"is empty: a discrete issue needs at least one <item value>{why}");
                }

                return new DiscreteIssue(name, values);
            }
        }
    }
}
