namespace Parley.Tournaments;

/// <summary>
/// How to execute a tournament (not what it is: none of this changes a result). A plain mutable class; the runner
/// validates it once and keeps a copy.
/// </summary>
public sealed class TournamentRunOptions
{
    /// <summary>The default number of results committed together.</summary>
    public const int DefaultBatchSize = 4096;

    /// <summary>Worker threads running negotiations; null for one per processor.</summary>
    public int? Workers { get; set; }

    /// <summary>The most results committed in one transaction.</summary>
    public int BatchSize { get; set; } = DefaultBatchSize;

    /// <summary>The longest a finished result waits before it is committed (a kill loses at most this much work).</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// A negotiation still running after this long on the wall clock is recorded as a failure of the agent whose turn it
    /// was, its worker thread is abandoned (.NET cannot stop a thread) and replaced, and the tournament goes on. Null: wait
    /// forever.
    /// </summary>
    public TimeSpan? HangLimit { get; set; } = TimeSpan.FromSeconds(60);

    internal (int Workers, int BatchSize, TimeSpan FlushInterval, TimeSpan? HangLimit) Validate()
    {
        var workers = Workers ?? Environment.ProcessorCount;
        if (workers < 1)
        {
            throw new TournamentException($"Workers must be ≥ 1 (got {workers}).");
        }

        if (BatchSize < 1)
        {
            throw new TournamentException($"BatchSize must be ≥ 1 (got {BatchSize}).");
        }

        if (FlushInterval <= TimeSpan.Zero)
        {
            throw new TournamentException($"FlushInterval must be positive (got {FlushInterval}).");
        }

        if (HangLimit is { } hang && hang <= TimeSpan.Zero)
        {
            throw new TournamentException($"HangLimit must be positive (got {hang}).");
        }

        return (workers, BatchSize, FlushInterval, HangLimit);
    }
}
