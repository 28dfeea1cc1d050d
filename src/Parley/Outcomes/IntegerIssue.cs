namespace Parley.Outcomes;

/// <summary>An issue taking every whole number from <see cref="Min"/> to <see cref="Max"/>, both inclusive.</summary>
public sealed class IntegerIssue : Issue
{
    /// <summary>Creates the issue; the range must hold at least one and at most <see cref="int.MaxValue"/> values.</summary>
    public IntegerIssue(string name, long min, long max)
        : base(name)
    {
        if (max < min)
        {
            throw new ArgumentException($"Issue '{name}' has an empty range: upper bound {max} is below lower bound {min}.");
        }

        var count = (decimal)max - min + 1;
        if (count > int.MaxValue)
        {
            throw new ArgumentException($"Issue '{name}' has {count} values ({min}..{max}); at most {int.MaxValue} can be enumerated.");
        }

        Min = min;
        Max = max;
        ValueCount = (int)count;
    }

    /// <summary>The smallest value.</summary>
    public long Min { get; }

    /// <summary>The largest value.</summary>
    public long Max { get; }

    /// <inheritdoc />
    public override IssueKind Kind => IssueKind.Integer;

    /// <inheritdoc />
    public override int ValueCount { get; }

    /// <summary>The integer at an enumeration index.</summary>
    public long NumberAt(int index) => Min + index;

    /// <inheritdoc />
    public override IssueValue ValueAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, ValueCount);
        return IssueValue.Of(Min + index);
    }

    /// <inheritdoc />
    public override bool TryIndexOf(IssueValue value, out int index)
    {
        index = -1;
        long x;
        if (value.Kind == IssueKind.Integer)
        {
            x = value.Integer;
        }
        else if (value.Kind == IssueKind.Real && value.Real == Math.Floor(value.Real) && Math.Abs(value.Real) < 9e15)
        {
            x = (long)value.Real;
        }
        else
        {
            return false;
        }

        if (x < Min || x > Max)
        {
            return false;
        }

        index = (int)(x - Min);
        return true;
    }
}
