using System.Xml.Linq;
using Parley.Outcomes;
using Parley.Preferences;

namespace Parley.Scenarios.Genius;

/// <summary>
/// Reads a GENIUS profile (root <c>utility_space</c>) against its domain, with GENIUS's semantics
/// (<c>AdditiveUtilitySpace.loadTreeRecursive</c>, the evaluators' <c>loadFromXML</c>, <c>NonlinearUtilitySpace</c>).
/// </summary>
internal static class GeniusProfileReader
{
    /// <summary>The root <c>type</c> of GENIUS 9+ uncertainty profiles.</summary>
    public const string UncertainType = "UNCERTAIN";

    /// <summary>The profile's root type, upper-cased (GENIUS <c>UTILITYSPACETYPE</c>): LINEAR when absent.</summary>
    public static string TypeOf(GeniusXmlFile file) =>
        GeniusXmlFile.Attribute(file.Root, "type")?.Trim().ToUpperInvariant() ?? "LINEAR";

    /// <summary>Reads the profile into a party named <paramref name="partyName"/>.</summary>
    public static Party Read(GeniusXmlFile file, GeniusDomain domain, string partyName)
    {
        var root = file.Root;
        if (root.Name.LocalName != GeniusXmlFile.ProfileRoot)
        {
            throw file.Error(root, null, $"is not a GENIUS profile: its root element is <{root.Name.LocalName}>, not <{GeniusXmlFile.ProfileRoot}>");
        }

        var objective = root.Element("objective")
            ?? throw file.Error(root, null, $"<{GeniusXmlFile.ProfileRoot}> has no <objective> holding the issues");
        var type = TypeOf(file);
        IUtilityFunction utility = type switch
        {
            "LINEAR" or UncertainType => ReadAdditive(file, domain, objective),
            "NONLINEAR" => ReadNonlinear(file, domain, objective),
            _ => throw file.Error(
                root.Attribute("type"),
                "utility_space type",
                $"profile type '{GeniusXmlFile.Attribute(root, "type")}' is not supported (Parley reads linear-additive, UNCERTAIN and nonlinear hyper-rectangle profiles)"),
        };

        return new Party(partyName, utility, ReadReservation(file), ReadDiscount(file), file.Path);
    }

    /// <summary>
    /// GENIUS reads the first <c>&lt;reservation value&gt;</c> of the root; none, or a value that is not a number
    /// (GENIUS catches the parse error), means 0.
    /// </summary>
    private static double ReadReservation(GeniusXmlFile file) =>
        LenientNumber(file.Root.Element("reservation")) ?? 0;

    /// <summary>
    /// GENIUS reads the first <c>&lt;discount_factor value&gt;</c>; none, a value that is not a number (IS_BT_Acquisition's
    /// UNCERTAIN profiles write "s"), d ≤ 0 and d &gt; 1 all mean no discount.
    /// </summary>
    private static DiscountFactor ReadDiscount(GeniusXmlFile file) =>
        LenientNumber(file.Root.Element("discount_factor")) is { } d ? DiscountFactor.FromGenius(d) : DiscountFactor.None;

    /// <summary>A <c>value</c> attribute as GENIUS's try/catch around <c>Double.parseDouble</c> sees it: null when absent or not a number.</summary>
    private static double? LenientNumber(XElement? element) =>
        element?.Attribute("value") is { } attribute
        && double.TryParse(attribute.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
        && double.IsFinite(value)
            ? value
            : null;

    private static LinearAdditiveUtilityFunction ReadAdditive(GeniusXmlFile file, GeniusDomain domain, XElement objective)
    {
        var space = domain.Space;
        var count = space.IssueCount;

        // Profile issue elements, matched to domain issues by GENIUS index, else by name.
        var elements = new XElement?[count];
        var positionByProfileIndex = new Dictionary<long, int>();
        foreach (var element in objective.Elements("issue"))
        {
            var name = GeniusXmlFile.Attribute(element, "name");
            var index = file.OptionalInteger(element, "index", $"issue '{name}' index");
            var position = index is { } i ? domain.PositionOfIndex(i) : -1;
            if (position < 0 && name is not null)
            {
                position = space.IndexOfIssue(name);
            }

            if (position < 0)
            {
                throw file.Error(
                    element,
                    $"issue '{name}'",
                    $"the domain {domain.File.DisplayName} has no issue with {(index is null ? "this name" : $"index {index} or this name")}; the profile does not match the domain");
            }

            if (elements[position] is { } earlier)
            {
                throw file.Error(
                    element,
                    $"issue '{name}'",
                    $"evaluates domain issue '{space.Issues[position].Name}' a second time (first at line {LineOf(earlier)})");
            }

            elements[position] = element;
            if (index is { } profileIndex)
            {
                positionByProfileIndex[profileIndex] = position;
            }
        }

        // Weights by index, before or after the issues; a repeated index keeps the last (GENIUS HashMap.put).
        var weights = new double?[count];
        foreach (var element in objective.Elements("weight"))
        {
            var index = file.Integer(element, "index", "weight index");
            var value = file.NonNegativeNumber(element, "value", $"weight index {index} value");
            if (positionByProfileIndex.TryGetValue(index, out var position) || (position = domain.PositionOfIndex(index)) >= 0)
            {
                weights[position] = value;
            }
            else if (index != domain.ObjectiveIndex && index != file.OptionalInteger(objective, "index", "objective index"))
            {
                throw file.Error(
                    element,
                    $"weight index {index}",
                    $"the domain {domain.File.DisplayName} has no issue with index {index}");
            }
        }

        var functions = new ValueFunction[count];
        for (var i = 0; i < count; i++)
        {
            var issue = space.Issues[i];
            var field = $"issue '{issue.Name}'";
            if (elements[i] is not { } element)
            {
                throw file.Error(objective, field, "the profile has no <issue> evaluating this domain issue");
            }

            if (weights[i] is null)
            {
                var index = domain.Indices[i] ?? file.OptionalInteger(element, "index", $"{field} index");
                throw file.Error(element, field, $"has no <weight index=\"{index}\" value> in the profile");
            }

            functions[i] = issue switch
            {
                DiscreteIssue discrete => ReadDiscrete(file, element, discrete, field),
                IntegerIssue integer => ReadInteger(file, element, integer, field),
                _ => ReadReal(file, element, field),
            };
        }

        try
        {
            return new LinearAdditiveUtilityFunction(space, weights.Select(w => w!.Value), functions);
        }
        catch (ArgumentException e)
        {
            throw file.Error(objective, null, e.Message, e);
        }
    }

    private static DiscreteValueFunction ReadDiscrete(GeniusXmlFile file, XElement element, DiscreteIssue issue, string field)
    {
        var evaluations = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var item in element.Elements("item"))
        {
            var value = file.RequiredAttribute(item, "value", $"{field} item");
            if (issue.IndexOf(value) < 0)
            {
                throw file.Error(item, $"{field} item '{value}'", $"value '{value}' is not one of the domain's values ({Quoted(issue.Values)})");
            }

            // GENIUS skips an item without an evaluation (or with evaluation="null"); the last evaluation of a repeated
            // value wins (AMPOvsCity).
            if (item.Attribute("evaluation") is { Value: not "null" })
            {
                evaluations[value] = file.NonNegativeNumber(item, "evaluation", $"{field} item '{value}' evaluation");
            }
        }

        var missing = issue.Values.Where(v => !evaluations.ContainsKey(v)).ToList();
        if (missing.Count > 0)
        {
            var type = GeniusXmlFile.Attribute(element, "type");
            var hint = GeniusDomain.IsKnownType(type) ? string.Empty : $" (its type '{type}' is not one GENIUS knows)";
            throw file.Error(
                element,
                field,
                $"has no evaluation for value{(missing.Count > 1 ? "s" : string.Empty)} {Quoted(missing)}: every domain value needs an <item value evaluation>{hint}");
        }

        return new DiscreteValueFunction(issue.Values.Select(v => KeyValuePair.Create(v, evaluations[v])));
    }

    private static ValueFunction ReadInteger(GeniusXmlFile file, XElement element, IntegerIssue issue, string field)
    {
        var evaluator = Evaluator(file, element, field, "integer");
        if (evaluator.Attribute("slope") is null && evaluator.Attribute("offset") is null)
        {
            // Legacy format (web_service): parameter0/parameter1 on the absolute value, like a real evaluator.
            // GENIUS 10.4 cannot read it; Parley reads it as clip01(parameter0 + parameter1·x).
            return ReadParametric(file, evaluator, field);
        }

        // GENIUS ≥ 6: clip01(offset + slope·(x − lowerbound)), lowerbound as written in this profile.
        var slope = file.Number(evaluator, "slope", $"{field} evaluator slope");
        var offset = file.Number(evaluator, "offset", $"{field} evaluator offset");
        var low = file.OptionalInteger(element, "lowerbound", $"{field} lowerbound") ?? issue.Min;
        var high = file.OptionalInteger(element, "upperbound", $"{field} upperbound") ?? issue.Max;
        return new IntegerLinearValueFunction(low, high, offset, slope);
    }

    private static ValueFunction ReadReal(GeniusXmlFile file, XElement element, string field) =>
        ReadParametric(file, Evaluator(file, element, field, "real"), field);

    /// <summary>GENIUS's <c>EvaluatorReal</c>: <c>ftype</c> linear, triangular or constant with <c>parameter0..2</c>.</summary>
    private static ValueFunction ReadParametric(GeniusXmlFile file, XElement evaluator, string field)
    {
        var ftype = GeniusXmlFile.Attribute(evaluator, "ftype")
            ?? throw file.Error(evaluator, $"{field} evaluator", "<evaluator> has no 'ftype' attribute (linear, triangular or constant)");
        double P(int k) => file.Number(evaluator, $"parameter{k}", $"{field} evaluator parameter{k}");
        switch (ftype.ToUpperInvariant())
        {
            case "LINEAR":
                return new LinearValueFunction(intercept: P(0), slope: P(1));
            case "CONSTANT":
                return new ConstantValueFunction(P(0));
            case "TRIANGULAR":
            {
                var (lower, upper, top) = (P(0), P(1), P(2));
                if (!(lower <= top && top <= upper))
                {
                    throw file.Error(
                        evaluator,
                        $"{field} evaluator",
                        $"a triangular evaluator needs parameter0 ≤ parameter2 ≤ parameter1 (lower ≤ top ≤ upper); got {GeniusXmlFile.Format(lower)}, {GeniusXmlFile.Format(top)}, {GeniusXmlFile.Format(upper)}");
                }

                return new TriangularValueFunction(lower, upper, top);
            }

            default:
                throw file.Error(
                    evaluator.Attribute("ftype"),
                    $"{field} evaluator ftype",
                    $"evaluator type '{ftype}' is not supported (GENIUS evaluates only linear, triangular and constant)");
        }
    }

    private static XElement Evaluator(GeniusXmlFile file, XElement element, string field, string kind)
    {
        if (element.Element("evaluator") is { } evaluator)
        {
            return evaluator;
        }

        var type = GeniusXmlFile.Attribute(element, "type");
        var hint = GeniusDomain.IsKnownType(type)
            ? string.Empty
            : $"; its type '{type}' is not one GENIUS knows, so GENIUS reads it as a discrete issue and cannot evaluate it either";
        return element.Elements("item").Any()
            ? throw file.Error(element, field, $"is {kind} in the domain, but the profile evaluates it with discrete <item>s{hint}")
            : throw file.Error(element, field, $"is {kind} in the domain, but the profile gives it no <evaluator>{hint}");
    }

    private static HyperRectangleUtilityFunction ReadNonlinear(GeniusXmlFile file, GeniusDomain domain, XElement objective)
    {
        var utility = objective.Element("utility")
            ?? throw file.Error(objective, null, "a nonlinear profile needs a <utility maxutility> element in its <objective>");
        var maximum = file.Number(utility, "maxutility", "utility maxutility");
        if (!(maximum > 0))
        {
            throw file.Error(utility.Attribute("maxutility"), "utility maxutility", $"{GeniusXmlFile.Format(maximum)} must be positive");
        }

        var ufun = utility.Element("ufun")
            ?? throw file.Error(utility, "utility", "a nonlinear profile needs a <ufun> in its <utility>");
        var aggregation = GeniusXmlFile.Attribute(ufun, "aggregation");
        if (!string.Equals(aggregation, "sum", StringComparison.OrdinalIgnoreCase))
        {
            throw file.Error(ufun, "ufun aggregation", $"aggregation '{aggregation}' is not supported (only 'sum')");
        }

        if (ufun.Element("ufun") is { } nested)
        {
            throw file.Error(nested, "ufun", "nested <ufun> elements are not supported");
        }

        var rectangles = new List<HyperRectangle>();
        foreach (var element in ufun.Elements("hyperRectangle"))
        {
            var field = $"hyperRectangle {rectangles.Count + 1}";
            if (element.Element("EXCLUDES") is { } excludes)
            {
                throw file.Error(excludes, field, "EXCLUDES hyper-rectangles are not supported (only INCLUDES)");
            }

            var bounds = new List<HyperRectangleBound>();
            foreach (var include in element.Elements("INCLUDES"))
            {
                var index = file.Integer(include, "index", $"{field} INCLUDES index");
                var position = domain.PositionOfIndex(index);
                if (position < 0)
                {
                    throw file.Error(include, $"{field} INCLUDES index", $"the domain {domain.File.DisplayName} has no issue with index {index}");
                }

                var min = file.Integer(include, "min", $"{field} INCLUDES min");
                var max = file.Integer(include, "max", $"{field} INCLUDES max");
                bounds.Add(new HyperRectangleBound(position, min, max));
            }

            var value = file.Number(element, "utility", $"{field} utility");
            var weight = file.OptionalNumber(element, "weight", $"{field} weight") ?? 1.0;
            rectangles.Add(new HyperRectangle(value, weight, [.. bounds]));
        }

        try
        {
            return new HyperRectangleUtilityFunction(domain.Space, rectangles, maximum);
        }
        catch (ArgumentException e)
        {
            throw file.Error(utility, null, e.Message, e);
        }
    }

    private static string Quoted(IEnumerable<string> values) => string.Join(", ", values.Select(v => $"'{v}'"));

    private static int LineOf(XElement element) =>
        element is System.Xml.IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;
}
