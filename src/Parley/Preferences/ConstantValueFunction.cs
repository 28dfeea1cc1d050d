using Parley.Outcomes;

namespace Parley.Preferences;

/// <summary>GENIUS's constant evaluator: every value scores <see cref="Score"/>.</summary>
public sealed class ConstantValueFunction : ValueFunction
{
    /// <summary>Creates the function.</summary>
    public ConstantValueFunction(double score)
    {
        if (!double.IsFinite(score))
        {
            throw new ArgumentException($"A constant evaluator needs a finite score (got {score}).", nameof(score));
        }

        Score = score;
    }

    /// <summary>The score of every value.</summary>
    public double Score { get; }

    /// <inheritdoc />
    public override double Evaluate(IssueValue value) => Score;
}
