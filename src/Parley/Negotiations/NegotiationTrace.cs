namespace Parley.Negotiations;

/// <summary>Every action of one negotiation, in order (exported as JSON Lines by the CLI).</summary>
public sealed class NegotiationTrace
{
    private TraceEntry[] _entries;

    internal NegotiationTrace(int capacity) => _entries = new TraceEntry[Math.Max(16, capacity)];

    /// <summary>Creates a trace from entries (as read back from a file).</summary>
    public NegotiationTrace(IEnumerable<TraceEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _entries = [.. entries];
        Count = _entries.Length;
    }

    /// <summary>The number of actions.</summary>
    public int Count { get; private set; }

    /// <summary>The actions, in order.</summary>
    public ReadOnlySpan<TraceEntry> Entries => _entries.AsSpan(0, Count);

    /// <summary>The action at a position.</summary>
    public TraceEntry this[int index] => index < Count ? _entries[index] : throw new ArgumentOutOfRangeException(nameof(index));

    internal void Add(TraceEntry entry)
    {
        if (Count == _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
        }

        _entries[Count++] = entry;
    }
}
