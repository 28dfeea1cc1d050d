namespace Parley.Outcomes;

/// <summary>
/// One dimension of the outcome space. Every issue enumerates a finite list of values
/// (real issues through their grid), so an outcome is a vector of value indices.
/// Immutable.
/// </summary>
public abstract class Issue
{
    private protected Issue(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <summary>The issue's name, unique within its outcome space.</summary>
    public string Name { get; }

    /// <summary>What kind of values the issue takes.</summary>
    public abstract IssueKind Kind { get; }

    /// <summary>How many values the issue enumerates (at least 1).</summary>
    public abstract int ValueCount { get; }

    /// <summary>The value at an enumeration index.</summary>
    public abstract IssueValue ValueAt(int index);

    /// <summary>Finds the enumeration index of a value; false when the issue does not enumerate it.</summary>
    public abstract bool TryIndexOf(IssueValue value, out int index);

    /// <summary>The enumeration index of a value, or a clear error naming the issue.</summary>
    public int IndexOf(IssueValue value) =>
        TryIndexOf(value, out var index)
            ? index
            : throw new ArgumentException($"Issue '{Name}' has no value '{value}'.", nameof(value));

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Kind}, {ValueCount} values)";
}
