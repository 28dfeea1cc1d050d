namespace Parley.Tournaments;

/// <summary>
/// Where a tournament's results go as they finish, so that a stopped or killed run can continue. The runner writes from
/// one thread only, in batches; a batch must be stored all or nothing, and a stored record must never be written twice
/// (the runner never does). Parley.Storage has the SQLite implementation; <see cref="MemoryTournamentStore"/> keeps
/// records in memory.
/// </summary>
public interface ITournamentStore
{
    /// <summary>The indices of the negotiations already stored, in ascending order.</summary>
    IEnumerable<long> CompletedIndices();

    /// <summary>Stores a batch of records atomically: when this returns, all of them are durable; if it throws, none are.</summary>
    void Write(IReadOnlyList<TournamentRecord> batch);

    /// <summary>Every stored record in ascending index order (without traces), streamed.</summary>
    IEnumerable<TournamentRecord> Records();
}
