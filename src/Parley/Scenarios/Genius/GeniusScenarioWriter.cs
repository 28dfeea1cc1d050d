using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Parley.Outcomes;
using Parley.Preferences;

namespace Parley.Scenarios.Genius;

/// <summary>
/// Writes a <see cref="Scenario"/> as a GENIUS scenario folder: one domain file and one profile per party, named after
/// the scenario and the parties. Every number is written with round-trip formatting and discrete evaluations are kept
/// raw, so reading the files back with <see cref="GeniusScenarioReader"/> gives bit-identical utilities.
/// </summary>
public static class GeniusScenarioWriter
{
    /// <summary>GENIUS scores every discrete value 0 when the best evaluation is below this.</summary>
    private const double NegligibleMaximum = 0.00001;

    /// <summary>
    /// Writes the scenario into <paramref name="folder"/> (created if needed; files of the same names are replaced).
    /// The domain file is <c>&lt;scenario&gt;-domain.xml</c> and each profile <c>&lt;party&gt;.xml</c>, names reduced to
    /// letters, digits, '-', '_' and '.'. Parties must be linear-additive (discrete, integer-linear, linear, triangular or
    /// constant value functions) or hyper-rectangle functions; anything GENIUS cannot express exactly is refused with a
    /// <see cref="NotSupportedException"/> before any file is written. Real issues are written as their bounds: the
    /// reader's <see cref="GeniusReadOptions.RealGridPoints"/> decides their grid.
    /// </summary>
    public static GeniusScenarioFiles WriteFolder(Scenario scenario, string folder)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var files = Render(scenario);
        var full = Path.GetFullPath(folder);
        Directory.CreateDirectory(full);
        var paths = new List<string>();
        foreach (var (name, bytes) in files)
        {
            var path = Path.Combine(full, name);
            File.WriteAllBytes(path, bytes);
            paths.Add(path);
        }

        return new GeniusScenarioFiles(paths[0], [.. paths.Skip(1)]);
    }

    /// <summary>The files of the scenario in memory, domain first, each as (file name, UTF-8 bytes).</summary>
    internal static IReadOnlyList<(string FileName, byte[] Bytes)> Render(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var fileNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var documents = new List<(string Name, XDocument Document)> { (Unique($"{Sanitize(scenario.Name)}-domain", fileNames), Domain(scenario)) };
        foreach (var party in scenario.Parties)
        {
            var profile = party.Utility switch
            {
                LinearAdditiveUtilityFunction additive => AdditiveProfile(scenario, party, additive),
                HyperRectangleUtilityFunction rectangles => NonlinearProfile(scenario, party, rectangles),
                _ => throw new NotSupportedException(
                    $"Party '{party.Name}': a {party.Utility.GetType().Name} cannot be written as a GENIUS profile (only linear-additive and hyper-rectangle utilities can)."),
            };
            documents.Add((Unique(Sanitize(party.Name), fileNames), profile));
        }

        return [.. documents.Select(d => (d.Name + ".xml", Bytes(d.Document)))];
    }

    private static byte[] Bytes(XDocument document)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
        };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            document.Save(writer);
        }

        return stream.ToArray();
    }

    private static XDocument Domain(Scenario scenario)
    {
        var issues = scenario.Space.Issues;
        var objective = Objective(scenario);
        for (var i = 0; i < issues.Length; i++)
        {
            var element = IssueElement(issues[i], i);
            switch (issues[i])
            {
                case DiscreteIssue discrete:
                    for (var v = 0; v < discrete.Values.Length; v++)
                    {
                        element.Add(new XElement("item", new XAttribute("index", Text(v + 1)), new XAttribute("value", discrete.Values[v])));
                    }

                    break;
                case IntegerIssue integer:
                    element.Add(new XAttribute("lowerbound", Text(integer.Min)), new XAttribute("upperbound", Text(integer.Max)));
                    break;
                case RealIssue real:
                    element.Add(Range(real.Min, real.Max));
                    break;
                default:
                    throw new NotSupportedException($"Issue '{issues[i].Name}': a {issues[i].GetType().Name} has no GENIUS form.");
            }

            objective.Add(element);
        }

        return new XDocument(
            new XElement(
                GeniusXmlFile.DomainRoot,
                new XElement(GeniusXmlFile.ProfileRoot, new XAttribute("number_of_issues", Text(issues.Length)), objective)));
    }

    private static XDocument AdditiveProfile(Scenario scenario, Party party, LinearAdditiveUtilityFunction utility)
    {
        var issues = scenario.Space.Issues;
        var objective = Objective(scenario);
        for (var i = 0; i < issues.Length; i++)
        {
            var issue = issues[i];
            var function = utility.ValueFunctions[i];
            var element = IssueElement(issue, i);
            NotSupportedException Refuse(string why) => new($"Party '{party.Name}', issue '{issue.Name}': {why}");
            switch (issue)
            {
                case DiscreteIssue discrete:
                    foreach (var (v, evaluation) in DiscreteEvaluations(discrete, function, Refuse))
                    {
                        element.Add(new XElement(
                            "item",
                            new XAttribute("index", Text(v + 1)),
                            new XAttribute("value", discrete.Values[v]),
                            new XAttribute("evaluation", Text(evaluation))));
                    }

                    break;
                case IntegerIssue when function is IntegerLinearValueFunction linear:
                    element.Add(
                        new XAttribute("lowerbound", Text(linear.LowerBound)),
                        new XAttribute("upperbound", Text(linear.UpperBound)),
                        new XElement("evaluator", new XAttribute("ftype", "linear"), new XAttribute("slope", Text(linear.Slope)), new XAttribute("offset", Text(linear.Offset))));
                    break;
                case IntegerIssue integer:
                    // Parley's legacy integer form (web_service): absolute-value parameters, as for a real issue.
                    element.Add(
                        new XAttribute("lowerbound", Text(integer.Min)),
                        new XAttribute("upperbound", Text(integer.Max)),
                        Parametric(function, Refuse));
                    break;
                case RealIssue real:
                    element.Add(Range(real.Min, real.Max), Parametric(function, Refuse));
                    break;
                default:
                    throw Refuse($"a {issue.GetType().Name} has no GENIUS form");
            }

            objective.Add(element);
        }

        for (var i = 0; i < issues.Length; i++)
        {
            objective.Add(new XElement("weight", new XAttribute("index", Text(i + 1)), new XAttribute("value", Text(utility.Weights[i]))));
        }

        return Profile(party, objective, type: null);
    }

    /// <summary>
    /// The raw evaluation to write for each value of a discrete issue, such that GENIUS's division by their maximum
    /// gives back exactly the function's scores.
    /// </summary>
    private static IEnumerable<(int Value, double Evaluation)> DiscreteEvaluations(DiscreteIssue issue, ValueFunction function, Func<string, NotSupportedException> refuse)
    {
        switch (function)
        {
            case DiscreteValueFunction discrete:
            {
                var evaluations = issue.Values.Select(v => discrete.TryGetEvaluation(v, out var e) ? e : double.NaN).ToArray();
                if (evaluations.Max() != discrete.Maximum && !(discrete.Maximum < NegligibleMaximum))
                {
                    throw refuse(
                        $"its evaluations include values the issue does not have, with a higher evaluation ({GeniusXmlFile.Format(discrete.Maximum)}) than any of its own; GENIUS would normalise by a different maximum");
                }

                return evaluations.Select((e, v) => (v, e));
            }

            case TabularValueFunction tabular:
            {
                var utilities = issue.Values.Select(v => tabular.TryGetUtility(v, out var u) ? u : double.NaN).ToArray();
                var maximum = utilities.Max();
                if (!(maximum == 1.0 || (maximum == 0.0 && utilities.All(u => u == 0.0))) || utilities.Any(u => u < 0))
                {
                    throw refuse(
                        $"GENIUS divides discrete evaluations by their maximum, so utilities used as written can be expressed only when the best is exactly 1 (it is {GeniusXmlFile.Format(maximum)})");
                }

                return utilities.Select((u, v) => (v, u));
            }

            case ConstantValueFunction constant when constant.Score is 0.0 or 1.0:
                return issue.Values.Select((_, v) => (v, constant.Score));
            default:
                throw refuse($"a {function.GetType().Name} on a discrete issue has no exact GENIUS form");
        }
    }

    /// <summary>GENIUS's real evaluator: linear (parameter0 intercept, parameter1 slope), triangular or constant.</summary>
    private static XElement Parametric(ValueFunction function, Func<string, NotSupportedException> refuse) => function switch
    {
        LinearValueFunction linear => new XElement(
            "evaluator", new XAttribute("ftype", "linear"), new XAttribute("parameter0", Text(linear.Intercept)), new XAttribute("parameter1", Text(linear.Slope))),
        TriangularValueFunction triangular => new XElement(
            "evaluator",
            new XAttribute("ftype", "triangular"),
            new XAttribute("parameter0", Text(triangular.Lower)),
            new XAttribute("parameter1", Text(triangular.Upper)),
            new XAttribute("parameter2", Text(triangular.Top))),
        ConstantValueFunction constant => new XElement("evaluator", new XAttribute("ftype", "constant"), new XAttribute("parameter0", Text(constant.Score))),
        _ => throw refuse(
            $"a {function.GetType().Name} has no GENIUS form (GENIUS evaluates numeric issues only with linear, triangular or constant functions, and integer issues also with slope/offset)"),
    };

    private static XDocument NonlinearProfile(Scenario scenario, Party party, HyperRectangleUtilityFunction utility)
    {
        var issues = scenario.Space.Issues;
        var objective = Objective(scenario);
        for (var i = 0; i < issues.Length; i++)
        {
            var integer = (IntegerIssue)issues[i];
            objective.Add(IssueElement(integer, i, new XAttribute("lowerbound", Text(integer.Min)), new XAttribute("upperbound", Text(integer.Max))));
        }

        var ufun = new XElement("ufun", new XAttribute("type", "PlainUfun"), new XAttribute("weight", "1"), new XAttribute("aggregation", "sum"));
        foreach (var rectangle in utility.Rectangles)
        {
            ufun.Add(new XElement(
                "hyperRectangle",
                new XAttribute("utility", Text(rectangle.Utility)),
                new XAttribute("weight", Text(rectangle.Weight)),
                rectangle.Bounds.Select(b => new XElement(
                    "INCLUDES", new XAttribute("index", Text(b.Issue + 1)), new XAttribute("min", Text(b.Min)), new XAttribute("max", Text(b.Max))))));
        }

        objective.Add(new XElement("utility", new XAttribute("maxutility", Text(utility.MaximumUtility)), ufun));
        return Profile(party, objective, type: "nonlinear");
    }

    private static XDocument Profile(Party party, XElement objective, string? type) =>
        new(new XElement(
            GeniusXmlFile.ProfileRoot,
            type is null ? null : new XAttribute("type", type),
            objective,
            new XElement("discount_factor", new XAttribute("value", Text(party.Discount.Value))),
            new XElement("reservation", new XAttribute("value", Text(party.ReservationValue)))));

    private static XElement Objective(Scenario scenario) =>
        new(
            "objective",
            new XAttribute("index", "0"),
            new XAttribute("etype", "objective"),
            new XAttribute("type", "objective"),
            new XAttribute("description", string.Empty),
            new XAttribute("name", scenario.Name));

    private static XElement IssueElement(Issue issue, int position, params object[] content)
    {
        var type = issue.Kind.ToString().ToLowerInvariant();
        return new XElement(
            "issue",
            new XAttribute("index", Text(position + 1)),
            new XAttribute("etype", type),
            new XAttribute("type", type),
            new XAttribute("vtype", type),
            new XAttribute("name", issue.Name),
            content);
    }

    private static XElement Range(double min, double max) =>
        new("range", new XAttribute("lowerbound", Text(min)), new XAttribute("upperbound", Text(max)));

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A file-name stem: letters, digits, '-', '_' and '.' kept, anything else '_'.</summary>
    internal static string Sanitize(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        }

        var stem = builder.ToString().Trim('.');
        return stem.Length == 0 ? "_" : stem;
    }

    private static string Unique(string stem, HashSet<string> taken)
    {
        var name = stem;
        for (var k = 2; !taken.Add(name); k++)
        {
            name = string.Create(CultureInfo.InvariantCulture, $"{stem}-{k}");
        }

        return name;
    }
}
