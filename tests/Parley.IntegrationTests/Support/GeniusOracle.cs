using System.Globalization;
using System.Xml.Linq;

namespace Parley.IntegrationTests.Support;

/// <summary>
/// An independent, deliberately plain re-implementation of GENIUS 10.4's additive utility for well-formed profiles with
/// discrete and integer issues (genius-format.md §5): U = min(1, Σ w·e) in domain issue order, e = eval/max for
/// discrete values, clip01(offset + slope·(x − lowerbound)) for integers. It shares no code with Parley's readers,
/// so agreeing with it is evidence Parley computes GENIUS's numbers.
/// </summary>
internal static class GeniusOracle
{
    /// <summary>The issues of a domain file, in order: name and the list of value texts (integers as numbers).</summary>
    public static List<(string Name, int Index, List<string> Values)> Domain(string domainFile)
    {
        var issues = new List<(string, int, List<string>)>();
        foreach (var issue in XDocument.Load(domainFile).Descendants("issue"))
        {
            var index = int.Parse(issue.Attribute("index")!.Value, CultureInfo.InvariantCulture);
            var values = issue.Attribute("lowerbound") is { } lower
                ? Enumerable.Range(int.Parse(lower.Value, CultureInfo.InvariantCulture),
                    int.Parse(issue.Attribute("upperbound")!.Value, CultureInfo.InvariantCulture) - int.Parse(lower.Value, CultureInfo.InvariantCulture) + 1)
                    .Select(x => x.ToString(CultureInfo.InvariantCulture)).ToList()
                : issue.Elements("item").Select(item => item.Attribute("value")!.Value).Distinct().ToList();
            issues.Add((issue.Attribute("name")!.Value, index, values));
        }

        return issues;
    }

    /// <summary>The utility of every outcome (last issue fastest) under one profile file.</summary>
    public static double[] Utilities(string profileFile, List<(string Name, int Index, List<string> Values)> domain)
    {
        var profile = XDocument.Load(profileFile);
        var weights = profile.Descendants("weight").ToDictionary(
            w => int.Parse(w.Attribute("index")!.Value, CultureInfo.InvariantCulture),
            w => double.Parse(w.Attribute("value")!.Value, CultureInfo.InvariantCulture));
        var scores = new List<double[]>();
        foreach (var (_, index, values) in domain)
        {
            var issue = profile.Descendants("issue").Single(i => i.Attribute("index")!.Value == index.ToString(CultureInfo.InvariantCulture));
            if (issue.Element("evaluator") is { } evaluator)
            {
                var lower = double.Parse(issue.Attribute("lowerbound")!.Value, CultureInfo.InvariantCulture);
                var slope = double.Parse(evaluator.Attribute("slope")!.Value, CultureInfo.InvariantCulture);
                var offset = double.Parse(evaluator.Attribute("offset")!.Value, CultureInfo.InvariantCulture);
                scores.Add([.. values.Select(v => Math.Clamp((slope * (double.Parse(v, CultureInfo.InvariantCulture) - lower)) + offset, 0, 1))]);
            }
            else
            {
                var evaluations = new Dictionary<string, double>();
                foreach (var item in issue.Elements("item"))
                {
                    evaluations[item.Attribute("value")!.Value] = double.Parse(item.Attribute("evaluation")!.Value, CultureInfo.InvariantCulture);
                }

                var max = evaluations.Values.Max();
                scores.Add([.. values.Select(v => max < 0.00001 ? 0 : evaluations[v] / max)]);
            }
        }

        var count = domain.Aggregate(1, (n, issue) => n * issue.Values.Count);
        var utilities = new double[count];
        var digits = new int[domain.Count];
        for (var o = 0; o < count; o++)
        {
            var rest = o;
            for (var i = domain.Count - 1; i >= 0; i--)
            {
                digits[i] = rest % domain[i].Values.Count;
                rest /= domain[i].Values.Count;
            }

            double sum = 0;
            for (var i = 0; i < domain.Count; i++)
            {
                sum += weights[domain[i].Index] * scores[i][digits[i]];
            }

            utilities[o] = sum > 1 ? 1 : sum;
        }

        return utilities;
    }
}
