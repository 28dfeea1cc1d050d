using System.Text.Json;
using Parley.Outcomes;

namespace Parley.Scenarios.Json;

/// <content>Reading the <c>issues</c> array into an <see cref="OutcomeSpace"/>.</content>
public static partial class ParleyScenarioReader
{
    private static OutcomeSpace ReadIssues(JsonObjectReader root)
    {
        var path = root.Path.Add("issues");
        var elements = root.RequiredArray("issues");
        if (elements.Count == 0)
        {
            throw new ScenarioJsonError(path, "a scenario needs at least one issue");
        }

        var issues = new List<Issue>(elements.Count);
        var firstByName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < elements.Count; i++)
        {
            var issue = ReadIssue(elements[i], path.Add(i));
            if (!firstByName.TryAdd(issue.Name, i))
            {
                throw new ScenarioJsonError(
                    path.Add(i).Add("name"),
                    $"two issues are named \"{issue.Name}\" (the other is issues[{firstByName[issue.Name]}])");
            }

            issues.Add(issue);
        }

        return new OutcomeSpace(issues);
    }

    private static Issue ReadIssue(JsonElement element, JsonPath path)
    {
        var issue = JsonObjectReader.Open(element, path, "an issue");
        var type = ReadType(issue, ScenarioJsonNames.IssueTypes, "issue");
        switch (type)
        {
            case ScenarioJsonNames.Discrete:
            {
                issue.AllowOnly("name", "type", "values");
                var name = issue.RequiredName("name");
                var valuesPath = path.Add("values");
                var elements = issue.RequiredArray("values");
                if (elements.Count == 0)
                {
                    throw new ScenarioJsonError(valuesPath, $"discrete issue \"{name}\" has no values; list at least one");
                }

                var values = new List<string>(elements.Count);
                var firstIndex = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < elements.Count; i++)
                {
                    var value = JsonValues.String(elements[i], valuesPath.Add(i));
                    if (!firstIndex.TryAdd(value, i))
                    {
                        throw new ScenarioJsonError(
                            valuesPath.Add(i),
                            $"issue \"{name}\" lists the value \"{value}\" twice (also at values[{firstIndex[value]}])");
                    }

                    values.Add(value);
                }

                return new DiscreteIssue(name, values);
            }

            case ScenarioJsonNames.Integer:
            {
                issue.AllowOnly("name", "type", "min", "max");
                var name = issue.RequiredName("name");
                var min = issue.RequiredInteger("min");
                var max = issue.RequiredInteger("max");
                if (max < min)
                {
                    throw new ScenarioJsonError(path.Add("max"), $"max ({max}) is below min ({min}), so issue \"{name}\" would have no values");
                }

                return Guard(path, () => new IntegerIssue(name, min, max));
            }

            default:
            {
                issue.AllowOnly("name", "type", "min", "max", "gridPoints");
                var name = issue.RequiredName("name");
                var min = issue.RequiredNumber("min");
                var max = issue.RequiredNumber("max");
                if (max < min)
                {
                    throw new ScenarioJsonError(
                        path.Add("max"),
                        $"max ({JsonValues.Format(max)}) is below min ({JsonValues.Format(min)}), so issue \"{name}\" would have no values");
                }

                var gridPoints = issue.OptionalInteger("gridPoints") ?? RealIssue.DefaultGridPoints;
                var needed = max > min ? 2 : 1;
                if (gridPoints < needed || gridPoints > int.MaxValue)
                {
                    throw new ScenarioJsonError(
                        path.Add("gridPoints"),
                        $"gridPoints must be a whole number from {needed} to {int.MaxValue} (got {gridPoints})");
                }

                return Guard(path, () => new RealIssue(name, min, max, (int)gridPoints));
            }
        }
    }
}
