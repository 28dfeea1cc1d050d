using System.Globalization;
using System.Text;

namespace Parley.Scenarios.Json;

/// <summary>
/// Where a value sits in a JSON document, as a chain of property names and array indices from the root.
/// Rendered the way people write it: <c>parties[1].utility.weights.salary</c>, with <c>['odd name']</c> for names
/// that would not read unambiguously after a dot, and <c>$</c> for the root. Immutable.
/// </summary>
internal sealed class JsonPath
{
    private JsonPath(JsonPath? parent, string? property, int index)
    {
        Parent = parent;
        Property = property;
        Index = index;
        Depth = parent is null ? 0 : parent.Depth + 1;
    }

    /// <summary>The document root.</summary>
    public static JsonPath Root { get; } = new(null, null, -1);

    /// <summary>The enclosing value, or null at the root.</summary>
    public JsonPath? Parent { get; }

    /// <summary>The property name of the last step, or null when the last step is an array index (or this is the root).</summary>
    public string? Property { get; }

    /// <summary>The array index of the last step, or -1.</summary>
    public int Index { get; }

    /// <summary>The number of steps from the root.</summary>
    public int Depth { get; }

    /// <summary>Whether this path is the root.</summary>
    public bool IsRoot => Parent is null;

    /// <summary>The path one property further down.</summary>
    public JsonPath Add(string property) => new(this, property, -1);

    /// <summary>The path one array element further down.</summary>
    public JsonPath Add(int index) => new(this, null, index);

    /// <summary>The steps from the root down to this path.</summary>
    public JsonPath[] Steps()
    {
        var steps = new JsonPath[Depth];
        for (var p = this; !p.IsRoot; p = p.Parent!)
        {
            steps[p.Depth - 1] = p;
        }

        return steps;
    }

    /// <inheritdoc />
    public override string ToString()
    {
        if (IsRoot)
        {
            return "$";
        }

        var text = new StringBuilder();
        foreach (var step in Steps())
        {
            if (step.Property is null)
            {
                text.Append('[').Append(step.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else if (ReadsAfterDot(step.Property))
            {
                if (text.Length > 0)
                {
                    text.Append('.');
                }

                text.Append(step.Property);
            }
            else
            {
                text.Append("['").Append(step.Property.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
            }
        }

        return text.ToString();
    }

    private static bool ReadsAfterDot(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (c is '.' or '[' or ']' or '\'' or '"' or '\\' || char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return false;
            }
        }

        return true;
    }
}
