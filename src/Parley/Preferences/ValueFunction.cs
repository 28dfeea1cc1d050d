using Parley.Outcomes;

namespace Parley.Preferences;

/// <summary>
/// Turns the value of one issue into a score, usually in [0, 1] (GENIUS's "evaluator").
/// Immutable. Subclasses say which issue kinds they fit.
/// </summary>
public abstract class ValueFunction
{
    /// <summary>The score of one value.</summary>
    public abstract double Evaluate(IssueValue value);

    /// <summary>Explains why this function cannot score every value of the issue, or null when it can.</summary>
    public virtual string? CheckFits(Issue issue) => null;

    /// <summary>The score of every enumerated value of the issue, in enumeration order.</summary>
    public virtual double[] Tabulate(Issue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        var table = new double[issue.ValueCount];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = Evaluate(issue.ValueAt(i));
        }

        return table;
    }

    /// <summary>Clamps to [0, 1] as GENIUS's integer and linear real evaluators do.</summary>
    protected static double Clip01(double x) => x < 0 ? 0 : x > 1 ? 1 : x;
}
