using System.Collections.Immutable;

namespace Parley.Outcomes;

/// <summary>
/// One complete deal: a value index for every issue of an <see cref="OutcomeSpace"/>. Immutable, compared by value.
/// Hot paths work on <see cref="ReadOnlySpan{T}"/> of value indices or on dense indices instead.
/// </summary>
public sealed class Outcome : IEquatable<Outcome>
{
    private readonly int[] _values;

    private Outcome(int[] values) => _values = values;

    /// <summary>The value index of each issue.</summary>
    public ReadOnlySpan<int> ValueIndices => _values;

    /// <summary>The number of issues.</summary>
    public int Length => _values.Length;

    /// <summary>The value index of one issue.</summary>
    public int this[int issue] => _values[issue];

    /// <summary>Creates an outcome from value indices (copied).</summary>
    public static Outcome FromIndices(params ReadOnlySpan<int> valueIndices) => new(valueIndices.ToArray());

    /// <summary>The value indices as an immutable array.</summary>
    public ImmutableArray<int> ToImmutableArray() => [.. _values];

    /// <inheritdoc />
    public bool Equals(Outcome? other) =>
        other is not null && _values.AsSpan().SequenceEqual(other._values);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Outcome);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(_values.AsSpan()));
        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => $"({string.Join(", ", _values)})";

    /// <summary>Takes ownership of an array the caller will not touch again.</summary>
    internal static Outcome Wrap(int[] values) => new(values);
}
