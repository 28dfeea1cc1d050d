using System.Text.Json;
using Parley.Outcomes;

namespace Parley.Scenarios.Json;

/// <summary>Reads an outcome written as <c>{issue: value, …}</c> (a value for every issue) with located errors.</summary>
internal static class JsonOutcomes
{
    /// <summary>
    /// The value indices of the outcome. Strings name discrete values, numbers integer and real ones. A number on a real
    /// issue may be written with fewer digits than its grid point has in binary (<c>1173.957</c> for the grid point
    /// 1173.9570000000001): it names the grid point within a millionth of a grid step.
    /// </summary>
    public static int[] Read(JsonObjectReader outcome, OutcomeSpace space)
    {
        var indices = new int[space.IssueCount];
        var found = new bool[space.IssueCount];
        foreach (var (name, element) in outcome.Properties)
        {
            var path = outcome.Path.Add(name);
            var issue = space.IndexOfIssue(name);
            if (issue < 0)
            {
                var suggestion = JsonObjectReader.Closest(name, space.Issues.Select(i => i.Name).ToArray());
                var hint = suggestion is null ? "" : $" (did you mean \"{suggestion}\"?)";
                throw new ScenarioJsonError(path, $"no issue \"{name}\"{hint}; issues: {JsonValues.List(space.Issues.Select(i => i.Name))}");
            }

            IssueValue value = element.ValueKind switch
            {
                JsonValueKind.String => IssueValue.Of(element.GetString()!),
                JsonValueKind.Number when element.TryGetInt64(out var whole) => IssueValue.Of(whole),
                JsonValueKind.Number => IssueValue.Of(JsonValues.Number(element, path)),
                _ => throw new ScenarioJsonError(path, $"expected a value of issue \"{name}\" (a string or a number), got {JsonValues.Describe(element)}"),
            };
            if (!space.Issues[issue].TryIndexOf(value, out indices[issue]) && !TryNearGridPoint(space.Issues[issue], value, out indices[issue]))
            {
                throw new ScenarioJsonError(path, $"{JsonValues.Describe(element)} is not a value of issue \"{name}\" ({space.Issues[issue]})");
            }

            found[issue] = true;
        }

        for (var i = 0; i < found.Length; i++)
        {
            if (!found[i])
            {
                throw new ScenarioJsonError(outcome.Path.Add(space.Issues[i].Name), $"the outcome gives no value for issue \"{space.Issues[i].Name}\"", locateAt: outcome.Path);
            }
        }

        return indices;
    }

    /// <summary>A number within a millionth of a grid step of a real issue's grid point names that point.</summary>
    private static bool TryNearGridPoint(Issue issue, IssueValue value, out int index)
    {
        index = -1;
        if (issue is not RealIssue real || value.Kind == IssueKind.Discrete || real.GridPoints < 2)
        {
            return false;
        }

        var x = value.AsNumber();
        var step = (real.Max - real.Min) / (real.GridPoints - 1);
        var nearest = (int)Math.Round((x - real.Min) / step);
        if (nearest < 0 || nearest >= real.GridPoints || Math.Abs(real.NumberAt(nearest) - x) > step * 1e-6)
        {
            return false;
        }

        index = nearest;
        return true;
    }
}
