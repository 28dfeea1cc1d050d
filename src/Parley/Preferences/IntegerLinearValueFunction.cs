using Parley.Outcomes;

namespace Parley.Preferences;

/// <summary>
/// GENIUS's integer evaluator (format of GENIUS ≥ 6): clip01(slope·(x − lowerBound) + offset), where
/// <see cref="LowerBound"/> is the bound written in the profile. So <see cref="Offset"/> is the score at the lower
/// bound and offset + slope·(upper − lower) the score at the upper bound.
/// </summary>
public sealed class IntegerLinearValueFunction : ValueFunction
{
    /// <summary>Creates the function.</summary>
    public IntegerLinearValueFunction(long lowerBound, long upperBound, double offset, double slope)
    {
        if (!double.IsFinite(offset) || !double.IsFinite(slope))
        {
            throw new ArgumentException($"Offset and slope must be finite numbers (got offset {offset}, slope {slope}).");
        }

        LowerBound = lowerBound;
        UpperBound = upperBound;
        Offset = offset;
        Slope = slope;
    }

    /// <summary>The profile's lower bound, where x is measured from.</summary>
    public long LowerBound { get; }

    /// <summary>The profile's upper bound (written back, not used to clip).</summary>
    public long UpperBound { get; }

    /// <summary>The score at the lower bound.</summary>
    public double Offset { get; }

    /// <summary>The change of score per unit.</summary>
    public double Slope { get; }

    /// <inheritdoc />
    public override double Evaluate(IssueValue value)
    {
        // Same operation order as GENIUS's EVALFUNCTYPE.evalLinear(x - lowerBound, slope, offset).
        double x = value.Kind == IssueKind.Integer ? value.Integer - LowerBound : value.AsNumber() - LowerBound;
        return Clip01((Slope * x) + Offset);
    }

    /// <inheritdoc />
    public override string? CheckFits(Issue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return issue.Kind == IssueKind.Discrete ? $"issue '{issue.Name}' is discrete, but has an integer evaluator" : null;
    }
}
