using Parley.Outcomes;

namespace Parley.Preferences;

/// <summary>
/// GeniusWeb's <c>NumberValueSetUtilities</c>: linear from (<see cref="LowValue"/>, <see cref="LowUtility"/>) to
/// (<see cref="HighValue"/>, <see cref="HighUtility"/>), rounded half-up to 8 decimals as GeniusWeb does, and 0 outside
/// [low, high].
/// </summary>
public sealed class NumberRangeValueFunction : ValueFunction
{
    /// <summary>Creates the function; utilities in [0, 1] and low &lt; high, as GeniusWeb requires.</summary>
    public NumberRangeValueFunction(double lowValue, double lowUtility, double highValue, double highUtility)
    {
        if (!(lowUtility >= 0 && lowUtility <= 1) || !(highUtility >= 0 && highUtility <= 1))
        {
            throw new ArgumentException($"Utilities must be in [0, 1] (got {lowUtility} and {highUtility}).");
        }

        if (!(highValue > lowValue))
        {
            throw new ArgumentException($"The high value must exceed the low value (got {lowValue}..{highValue}).");
        }

        LowValue = lowValue;
        LowUtility = lowUtility;
        HighValue = highValue;
        HighUtility = highUtility;
    }

    /// <summary>The low end of the range.</summary>
    public double LowValue { get; }

    /// <summary>The utility at the low end.</summary>
    public double LowUtility { get; }

    /// <summary>The high end of the range.</summary>
    public double HighValue { get; }

    /// <summary>The utility at the high end.</summary>
    public double HighUtility { get; }

    /// <inheritdoc />
    public override double Evaluate(IssueValue value)
    {
        var x = value.AsNumber();
        if (x < LowValue || x > HighValue)
        {
            return 0;
        }

        var u = LowUtility + ((HighUtility - LowUtility) * (x - LowValue) / (HighValue - LowValue));
        return Math.Round(u, 8, MidpointRounding.AwayFromZero);
    }

    /// <inheritdoc />
    public override string? CheckFits(Issue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return issue.Kind == IssueKind.Discrete ? $"issue '{issue.Name}' is discrete, but has number utilities" : null;
    }
}
