using System.Globalization;

namespace Parley.Agents.Catalog;

/// <summary>One tunable parameter of a catalogued agent.</summary>
/// <param name="Name">The parameter's name as written in an agent spec (e.g. <c>e</c>).</param>
/// <param name="Default">Its value when the spec does not give one.</param>
/// <param name="Description">What it does, in one line.</param>
/// <param name="Minimum">The smallest allowed value.</param>
/// <param name="Maximum">The largest allowed value.</param>
public sealed record AgentParameter(string Name, double Default, string Description, double Minimum = double.NegativeInfinity, double Maximum = double.PositiveInfinity)
{
    /// <summary>Reads the parameter from a spec (or its default), with a clear error for a bad value.</summary>
    public double Read(AgentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (!spec.Parameters.TryGetValue(Name, out var text))
        {
            return Default;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw new AgentSpecException($"Agent '{spec.Name}': parameter {Name}={text} is not a number.");
        }

        if (IsInteger && value != Math.Round(value))
        {
            throw new AgentSpecException($"Agent '{spec.Name}': parameter {Name}={text} must be a whole number.");
        }

        if (value < Minimum || value > Maximum)
        {
            throw new AgentSpecException(string.Create(
                CultureInfo.InvariantCulture, $"Agent '{spec.Name}': parameter {Name}={text} is outside {Minimum}..{Maximum}."));
        }

        return value;
    }

    /// <summary>Whether the value must be a whole number (a count, a number of turns).</summary>
    public bool IsInteger { get; init; }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name}={Default} ({Description})");
}
