using System.Globalization;
using System.Text.Json;
using Parley.Outcomes;

namespace Parley.Scenarios.GeniusWeb;

/// <summary>A GeniusWeb domain (<c>{"name", "issuesValues"}</c>) read into an <see cref="OutcomeSpace"/>.</summary>
internal sealed class GeniusWebDomain
{
    private GeniusWebDomain(GeniusWebJsonFile file, string? name, OutcomeSpace space)
    {
        File = file;
        Name = name;
        Space = space;
    }

    /// <summary>The file the domain was read from.</summary>
    public GeniusWebJsonFile File { get; }

    /// <summary>The domain's <c>name</c>, if it has one.</summary>
    public string? Name { get; }

    /// <summary>The issues, in the order the file lists them.</summary>
    public OutcomeSpace Space { get; }

    /// <summary>Reads the domain object at <paramref name="path"/> of <paramref name="file"/>.</summary>
    public static GeniusWebDomain Read(GeniusWebJsonFile file, JsonElement domain, string path)
    {
        var name = domain.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
        var issuesPath = GeniusWebJsonFile.Child(path, "issuesValues");
        var issuesValues = file.Required(domain, path, "issuesValues", JsonValueKind.Object);
        var issues = new List<Issue>();
        foreach (var property in issuesValues.EnumerateObject())
        {
            var issuePath = GeniusWebJsonFile.Child(issuesPath, property.Name);
            if (property.Value.ValueKind != JsonValueKind.Object)
            {
                throw file.Error(issuePath, "must be an object with \"values\" or \"range\"");
            }

            if (property.Value.TryGetProperty("values", out _))
            {
                issues.Add(ReadDiscrete(file, property.Name, property.Value, issuePath));
            }
            else if (property.Value.TryGetProperty("range", out _))
            {
                issues.Add(ReadRange(file, property.Name, property.Value, issuePath));
            }
            else
            {
                throw file.Error(issuePath, "has neither \"values\" (a discrete issue) nor \"range\" (a numeric issue)");
            }
        }

        if (issues.Count == 0)
        {
            throw file.Error(issuesPath, "the domain has no issues");
        }

        try
        {
            return new GeniusWebDomain(file, name, new OutcomeSpace(issues));
        }
        catch (ArgumentException e)
        {
            throw file.Error(issuesPath, e.Message, e);
        }
    }

    /// <summary>Explains how <paramref name="other"/> differs from this domain, or null when they agree (same issues, kinds and values).</summary>
    public string? Difference(GeniusWebDomain other)
    {
        var mine = Space.Issues.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        var theirs = other.Space.Issues.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        if (!mine.SetEquals(theirs))
        {
            var missing = mine.Except(theirs).ToList();
            var extra = theirs.Except(mine).ToList();
            return $"its issues differ: {(missing.Count > 0 ? $"missing {string.Join(", ", missing.Select(m => $"'{m}'"))}" : string.Empty)}"
                + $"{(missing.Count > 0 && extra.Count > 0 ? "; " : string.Empty)}{(extra.Count > 0 ? $"extra {string.Join(", ", extra.Select(m => $"'{m}'"))}" : string.Empty)}";
        }

        foreach (var issue in Space.Issues)
        {
            var counterpart = other.Space.Issues[other.Space.IndexOfIssue(issue.Name)];
            if (Describe(issue) != Describe(counterpart))
            {
                return $"issue '{issue.Name}' is {Describe(counterpart)} there but {Describe(issue)} here";
            }
        }

        return null;
    }

    private static string Describe(Issue issue) => issue switch
    {
        DiscreteIssue discrete => $"discrete with values {{{string.Join(", ", discrete.Values.Order(StringComparer.Ordinal).Select(v => $"'{v}'"))}}}",
        IntegerIssue integer => string.Create(CultureInfo.InvariantCulture, $"integer {integer.Min}..{integer.Max}"),
        RealIssue real => string.Create(CultureInfo.InvariantCulture, $"real {real.Min:R}..{real.Max:R} on {real.GridPoints} points"),
        _ => issue.ToString(),
    };

    private static DiscreteIssue ReadDiscrete(GeniusWebJsonFile file, string name, JsonElement issue, string path)
    {
        var valuesPath = GeniusWebJsonFile.Child(path, "values");
        var array = file.Required(issue, path, "values", JsonValueKind.Array);
        var values = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var k = 0;
        foreach (var value in array.EnumerateArray())
        {
            var valuePath = GeniusWebJsonFile.Child(valuesPath, k++);
            if (value.ValueKind != JsonValueKind.String)
            {
                throw file.Error(valuePath, $"discrete values must be strings, not {value.GetRawText()}");
            }

            var text = value.GetString()!;
            if (!seen.Add(text))
            {
                throw file.Error(valuePath, $"value '{text}' is listed twice");
            }

            values.Add(text);
        }

        return values.Count > 0 ? new DiscreteIssue(name, values) : throw file.Error(valuesPath, "is empty: a discrete issue needs at least one value");
    }

    /// <summary>
    /// A numeric issue <c>range: [low, high, step]</c>: integers low..high when all three are whole and step is 1,
    /// else the real grid low, low + step, …, high.
    /// </summary>
    private static Issue ReadRange(GeniusWebJsonFile file, string name, JsonElement issue, string path)
    {
        var rangePath = GeniusWebJsonFile.Child(path, "range");
        var range = file.Required(issue, path, "range", JsonValueKind.Array);
        if (range.GetArrayLength() != 3)
        {
            throw file.Error(rangePath, $"must be [low, high, step]; it has {range.GetArrayLength()} elements");
        }

        var low = file.Decimal(range[0], GeniusWebJsonFile.Child(rangePath, 0));
        var high = file.Decimal(range[1], GeniusWebJsonFile.Child(rangePath, 1));
        var step = file.Decimal(range[2], GeniusWebJsonFile.Child(rangePath, 2));
        if (high < low)
        {
            throw file.Error(rangePath, string.Create(CultureInfo.InvariantCulture, $"is empty: high {high} is below low {low}"));
        }

        if (step <= 0)
        {
            throw file.Error(GeniusWebJsonFile.Child(rangePath, 2), string.Create(CultureInfo.InvariantCulture, $"step {step} must be positive"));
        }

        try
        {
            if (step == 1 && decimal.IsInteger(low) && decimal.IsInteger(high))
            {
                return new IntegerIssue(name, (long)low, (long)high);
            }

            var steps = (high - low) / step;
            if (!decimal.IsInteger(steps))
            {
                throw file.Error(
                    rangePath,
                    string.Create(CultureInfo.InvariantCulture, $"high − low = {high - low} is not a whole number of steps of {step}"));
            }

            if (steps + 1 > int.MaxValue)
            {
                throw file.Error(rangePath, string.Create(CultureInfo.InvariantCulture, $"has {steps + 1} values; at most {int.MaxValue} can be enumerated"));
            }

            return new RealIssue(name, (double)low, (double)high, (int)steps + 1);
        }
        catch (ArgumentException e)
        {
            throw file.Error(rangePath, e.Message, e);
        }
        catch (OverflowException e)
        {
            throw file.Error(rangePath, "is out of range", e);
        }
    }
}
