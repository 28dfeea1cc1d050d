using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Parley.Outcomes;

/// <summary>An issue with named values, in the order given.</summary>
public sealed class DiscreteIssue : Issue
{
    private readonly FrozenDictionary<string, int> _indexByValue;

    /// <summary>Creates the issue; values must be distinct and there must be at least one.</summary>
    public DiscreteIssue(string name, IEnumerable<string> values)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(values);
        Values = [.. values];
        if (Values.IsEmpty)
        {
            throw new ArgumentException($"Issue '{name}' has no values.", nameof(values));
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Values.Length; i++)
        {
            if (!index.TryAdd(Values[i], i))
            {
                throw new ArgumentException($"Issue '{name}' lists value '{Values[i]}' twice.", nameof(values));
            }
        }

        _indexByValue = index.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The values, in enumeration order.</summary>
    public ImmutableArray<string> Values { get; }

    /// <inheritdoc />
    public override IssueKind Kind => IssueKind.Discrete;

    /// <inheritdoc />
    public override int ValueCount => Values.Length;

    /// <inheritdoc />
    public override IssueValue ValueAt(int index) => IssueValue.Of(Values[index]);

    /// <inheritdoc />
    public override bool TryIndexOf(IssueValue value, out int index)
    {
        index = -1;
        return value.Kind == IssueKind.Discrete && _indexByValue.TryGetValue(value.Text!, out index);
    }

    /// <summary>The enumeration index of a named value, or -1.</summary>
    public int IndexOf(string value) => _indexByValue.TryGetValue(value, out var i) ? i : -1;
}
