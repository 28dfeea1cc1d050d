using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Numerics;

namespace Parley.Outcomes;

/// <summary>
/// The Cartesian product of a list of issues. An outcome is a vector of value indices, one per issue,
/// and, where the space has at most <see cref="long.MaxValue"/> outcomes, also a dense index in mixed radix
/// with the last issue varying fastest. Immutable.
/// </summary>
public sealed class OutcomeSpace
{
    private readonly FrozenDictionary<string, int> _issueByName;
    private readonly long[] _strides;
    private readonly int[] _radices;

    /// <summary>Creates the space; issue names must be distinct and there must be at least one issue.</summary>
    public OutcomeSpace(IEnumerable<Issue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        Issues = [.. issues];
        if (Issues.IsEmpty)
        {
            throw new ArgumentException("An outcome space needs at least one issue.", nameof(issues));
        }

        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Issues.Length; i++)
        {
            if (!byName.TryAdd(Issues[i].Name, i))
            {
                throw new ArgumentException($"Two issues are named '{Issues[i].Name}'.", nameof(issues));
            }
        }

        _issueByName = byName.ToFrozenDictionary(StringComparer.Ordinal);
        _radices = [.. Issues.Select(issue => issue.ValueCount)];
        Cardinality = _radices.Aggregate(BigInteger.One, (product, radix) => product * radix);
        IsIndexable = Cardinality <= long.MaxValue;
        _strides = new long[Issues.Length];
        if (IsIndexable)
        {
            long stride = 1;
            for (var i = Issues.Length - 1; i >= 0; i--)
            {
                _strides[i] = stride;
                stride *= _radices[i];
            }
        }
    }

    /// <summary>The issues, in order.</summary>
    public ImmutableArray<Issue> Issues { get; }

    /// <summary>The number of issues.</summary>
    public int IssueCount => Issues.Length;

    /// <summary>The exact number of outcomes.</summary>
    public BigInteger Cardinality { get; }

    /// <summary>Whether every outcome has a dense <see cref="long"/> index (at most 2^63 − 1 outcomes).</summary>
    public bool IsIndexable { get; }

    /// <summary>The number of outcomes as a <see cref="long"/>; a clear error when the space is larger than that.</summary>
    public long Count => IsIndexable
        ? (long)Cardinality
        : throw new OutcomeSpaceTooLargeException($"The outcome space has {Cardinality} outcomes, more than a 64-bit index can address.");

    /// <summary>How many values each issue enumerates (the mixed radix).</summary>
    public ReadOnlySpan<int> Radices => _radices;

    /// <summary>The position of an issue by name, or -1.</summary>
    public int IndexOfIssue(string name) => _issueByName.TryGetValue(name, out var i) ? i : -1;

    /// <summary>The dense index of an outcome given by its value indices.</summary>
    public long IndexOf(ReadOnlySpan<int> valueIndices)
    {
        CheckShape(valueIndices.Length);
        _ = Count;
        long index = 0;
        for (var i = 0; i < valueIndices.Length; i++)
        {
            var v = valueIndices[i];
            if ((uint)v >= (uint)_radices[i])
            {
                throw new ArgumentOutOfRangeException(
                    nameof(valueIndices), $"Value index {v} is outside issue '{Issues[i].Name}' (0..{_radices[i] - 1}).");
            }

            index += v * _strides[i];
        }

        return index;
    }

    /// <summary>Writes the value indices of the outcome with a dense index.</summary>
    public void Decode(long index, Span<int> valueIndices)
    {
        CheckShape(valueIndices.Length);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        for (var i = 0; i < _radices.Length; i++)
        {
            var v = Math.DivRem(index, _strides[i], out index);
            valueIndices[i] = (int)v;
        }
    }

    /// <summary>The outcome with a dense index.</summary>
    public Outcome OutcomeAt(long index)
    {
        var values = new int[IssueCount];
        Decode(index, values);
        return Outcome.Wrap(values);
    }

    /// <summary>Whether the value indices name an outcome of this space.</summary>
    public bool Contains(ReadOnlySpan<int> valueIndices)
    {
        if (valueIndices.Length != _radices.Length)
        {
            return false;
        }

        for (var i = 0; i < valueIndices.Length; i++)
        {
            if ((uint)valueIndices[i] >= (uint)_radices[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Enumerates every outcome in index order without allocating per outcome: the enumerator reuses one buffer,
    /// so copy <see cref="OutcomeEnumerator.Current"/> if you keep it.
    /// </summary>
    public OutcomeEnumerator GetEnumerator() => new(_radices);

    /// <summary>Draws one outcome uniformly at random into <paramref name="valueIndices"/>.</summary>
    public void Sample(Random random, Span<int> valueIndices)
    {
        ArgumentNullException.ThrowIfNull(random);
        CheckShape(valueIndices.Length);

        // Independent uniform draws per issue are uniform over the product, and work for spaces of any size.
        for (var i = 0; i < _radices.Length; i++)
        {
            valueIndices[i] = random.Next(_radices[i]);
        }
    }

    /// <summary>Builds an outcome from one value per issue, in issue order.</summary>
    public Outcome CreateOutcome(params ReadOnlySpan<IssueValue> values)
    {
        CheckShape(values.Length);
        var indices = new int[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            indices[i] = Issues[i].IndexOf(values[i]);
        }

        return Outcome.Wrap(indices);
    }

    /// <summary>The value of each issue in an outcome, keyed by issue name, in issue order.</summary>
    public IReadOnlyList<KeyValuePair<string, IssueValue>> Describe(ReadOnlySpan<int> valueIndices)
    {
        CheckShape(valueIndices.Length);
        var pairs = new KeyValuePair<string, IssueValue>[valueIndices.Length];
        for (var i = 0; i < valueIndices.Length; i++)
        {
            pairs[i] = new(Issues[i].Name, Issues[i].ValueAt(valueIndices[i]));
        }

        return pairs;
    }

    /// <inheritdoc />
    public override string ToString() => $"{IssueCount} issues, {Cardinality} outcomes";

    private void CheckShape(int length)
    {
        if (length != _radices.Length)
        {
            throw new ArgumentException($"The outcome space has {_radices.Length} issues, not {length}.");
        }
    }
}
