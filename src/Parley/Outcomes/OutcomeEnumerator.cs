namespace Parley.Outcomes;

/// <summary>
/// Walks an outcome space in index order (last issue fastest) by counting in mixed radix on one buffer.
/// Works for spaces too large for a <see cref="long"/> index.
/// </summary>
public struct OutcomeEnumerator
{
    private readonly int[] _radices;
    private readonly int[] _current;
    private bool _started;

    internal OutcomeEnumerator(int[] radices)
    {
        _radices = radices;
        _current = new int[radices.Length];
        _started = false;
    }

    /// <summary>The value indices of the current outcome. Valid until the next <see cref="MoveNext"/>.</summary>
    public readonly ReadOnlySpan<int> Current => _current;

    /// <summary>Advances to the next outcome; false after the last one.</summary>
    public bool MoveNext()
    {
        if (!_started)
        {
            _started = true;
            return true;
        }

        for (var i = _current.Length - 1; i >= 0; i--)
        {
            if (++_current[i] < _radices[i])
            {
                return true;
            }

            _current[i] = 0;
        }

        // Wrapped around: leave the buffer at the last outcome so Current stays meaningful.
        for (var i = 0; i < _current.Length; i++)
        {
            _current[i] = _radices[i] - 1;
        }

        return false;
    }

    /// <summary>Supports <c>foreach</c>.</summary>
    public readonly OutcomeEnumerator GetEnumerator() => this;
}
