namespace Parley.Tournaments;

/// <summary>
/// An <see cref="ITournamentStore"/> that keeps every record in memory: for small tournaments, tests and notebooks.
/// Nothing survives the process, and memory grows with the tournament; use the SQLite store for anything large.
/// Thread-safe.
/// </summary>
public sealed class MemoryTournamentStore : ITournamentStore
{
    private readonly SortedDictionary<long, TournamentRecord> _records = [];
    private readonly Lock _gate = new();

    /// <summary>How many records are stored.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _records.Count;
            }
        }
    }

    /// <inheritdoc />
    public IEnumerable<long> CompletedIndices()
    {
        lock (_gate)
        {
            return [.. _records.Keys];
        }
    }

    /// <inheritdoc />
    public IEnumerable<TournamentRecord> Records()
    {
        lock (_gate)
        {
            return [.. _records.Values];
        }
    }

    /// <inheritdoc />
    public void Write(IReadOnlyList<TournamentRecord> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        lock (_gate)
        {
            foreach (var record in batch)
            {
                if (_records.ContainsKey(record.Index))
                {
                    throw new InvalidOperationException($"Negotiation {record.Index} is already stored.");
                }
            }

            foreach (var record in batch)
            {
                _records.Add(record.Index, record);
            }
        }
    }
}
