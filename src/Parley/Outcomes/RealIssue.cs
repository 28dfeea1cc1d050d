namespace Parley.Outcomes;

/// <summary>
/// An issue over the real interval [<see cref="Min"/>, <see cref="Max"/>], enumerated on an evenly spaced grid of
/// <see cref="GridPoints"/> points that includes both bounds (GENIUS uses 21).
/// </summary>
public sealed class RealIssue : Issue
{
    /// <summary>The grid size GENIUS uses when it enumerates a real issue.</summary>
    public const int DefaultGridPoints = 21;

    /// <summary>Creates the issue.</summary>
    public RealIssue(string name, double min, double max, int gridPoints = DefaultGridPoints)
        : base(name)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max))
        {
            throw new ArgumentException($"Issue '{name}' needs finite bounds (got {min}..{max}).");
        }

        if (max < min)
        {
            throw new ArgumentException($"Issue '{name}' has an empty range: upper bound {max} is below lower bound {min}.");
        }

        if (gridPoints < 1 || (gridPoints == 1 && max > min))
        {
            throw new ArgumentException(
                $"Issue '{name}' needs at least 2 grid points to span {min}..{max} (got {gridPoints}).", nameof(gridPoints));
        }

        Min = min;
        Max = max;
        GridPoints = gridPoints;
    }

    /// <summary>The lower bound.</summary>
    public double Min { get; }

    /// <summary>The upper bound.</summary>
    public double Max { get; }

    /// <summary>How many grid points the issue is enumerated on.</summary>
    public int GridPoints { get; }

    /// <inheritdoc />
    public override IssueKind Kind => IssueKind.Real;

    /// <inheritdoc />
    public override int ValueCount => GridPoints;

    /// <summary>The grid point at an index: Min + index·(Max − Min)/(GridPoints − 1), exactly Max at the end.</summary>
    public double NumberAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, GridPoints);
        if (index == GridPoints - 1)
        {
            return Max;
        }

        return Min + (index * (Max - Min) / (GridPoints - 1));
    }

    /// <inheritdoc />
    public override IssueValue ValueAt(int index) => IssueValue.Of(NumberAt(index));

    /// <summary>A copy of this issue on another grid.</summary>
    public RealIssue WithGridPoints(int gridPoints) => new(Name, Min, Max, gridPoints);

    /// <inheritdoc />
    public override bool TryIndexOf(IssueValue value, out int index)
    {
        index = -1;
        if (value.Kind == IssueKind.Discrete)
        {
            return false;
        }

        var x = value.AsNumber();
        if (x < Min || x > Max)
        {
            return false;
        }

        // Only exact grid points are values of the enumerated space.
        var guess = GridPoints == 1 ? 0 : (int)Math.Round((x - Min) / (Max - Min) * (GridPoints - 1));
        for (var i = Math.Max(0, guess - 1); i <= Math.Min(GridPoints - 1, guess + 1); i++)
        {
            if (NumberAt(i) == x)
            {
                index = i;
                return true;
            }
        }

        return false;
    }
}
