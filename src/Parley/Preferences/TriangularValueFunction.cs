using Parley.Outcomes;

namespace Parley.Preferences;

/// <summary>
/// GENIUS's triangular real evaluator: 0 below <see cref="Lower"/>, rising linearly to 1 at <see cref="Top"/>,
/// falling linearly to 0 at <see cref="Upper"/>, and 0 from there on.
/// </summary>
public sealed class TriangularValueFunction : ValueFunction
{
    /// <summary>Creates the function; requires lower ≤ top ≤ upper.</summary>
    public TriangularValueFunction(double lower, double upper, double top)
    {
        if (!(lower <= top && top <= upper))
        {
            throw new ArgumentException($"A triangular evaluator needs lower ≤ top ≤ upper (got {lower}, {top}, {upper}).");
        }

        Lower = lower;
        Upper = upper;
        Top = top;
    }

    /// <summary>Where the score starts rising (<c>parameter0</c>).</summary>
    public double Lower { get; }

    /// <summary>Where the score is back to 0 (<c>parameter1</c>).</summary>
    public double Upper { get; }

    /// <summary>Where the score is 1 (<c>parameter2</c>).</summary>
    public double Top { get; }

    /// <inheritdoc />
    public override double Evaluate(IssueValue value)
    {
        var x = value.AsNumber();
        if (x < Lower)
        {
            return 0;
        }

        if (x < Top)
        {
            return (x - Lower) / (Top - Lower);
        }

        return x < Upper ? 1 - ((x - Top) / (Upper - Top)) : 0;
    }

    /// <inheritdoc />
    public override string? CheckFits(Issue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return issue.Kind == IssueKind.Discrete ? $"issue '{issue.Name}' is discrete, but has a triangular evaluator" : null;
    }
}
