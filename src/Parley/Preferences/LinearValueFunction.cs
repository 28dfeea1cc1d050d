using Parley.Outcomes;

namespace Parley.Preferences;

/// <summary>
/// GENIUS's linear real evaluator: clip01(slope·x + intercept) on the absolute value x
/// (<c>parameter1</c> is the slope, <c>parameter0</c> the intercept).
/// Also reads the legacy integer evaluator of the same shape.
/// </summary>
public sealed class LinearValueFunction : ValueFunction
{
    /// <summary>Creates the function.</summary>
    public LinearValueFunction(double intercept, double slope)
    {
        if (!double.IsFinite(intercept) || !double.IsFinite(slope))
        {
            throw new ArgumentException($"Intercept and slope must be finite numbers (got {intercept}, {slope}).");
        }

        Intercept = intercept;
        Slope = slope;
    }

    /// <summary>The score at x = 0 before clipping (<c>parameter0</c>).</summary>
    public double Intercept { get; }

    /// <summary>The change of score per unit (<c>parameter1</c>).</summary>
    public double Slope { get; }

    /// <inheritdoc />
    public override double Evaluate(IssueValue value) => Clip01((Slope * value.AsNumber()) + Intercept);

    /// <inheritdoc />
    public override string? CheckFits(Issue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return issue.Kind == IssueKind.Discrete ? $"issue '{issue.Name}' is discrete, but has a linear evaluator" : null;
    }
}
