namespace Parley.Tournaments;

/// <summary>What one run (a first run or a resumption) of a tournament did.</summary>
/// <param name="Total">Negotiations in the tournament.</param>
/// <param name="StoredBefore">Negotiations already stored when the run began.</param>
/// <param name="StoredThisRun">Negotiations this run stored.</param>
/// <param name="FailuresThisRun">Of those, how many ended in a failure.</param>
/// <param name="AbandonedWorkers">Worker threads abandoned because an agent hung.</param>
/// <param name="Workers">Worker threads started at the beginning.</param>
/// <param name="Elapsed">Wall-clock time of the run.</param>
public sealed record TournamentRunSummary(
    long Total, long StoredBefore, long StoredThisRun, long FailuresThisRun, int AbandonedWorkers, int Workers, TimeSpan Elapsed)
{
    /// <summary>Negotiations stored in all.</summary>
    public long Stored => StoredBefore + StoredThisRun;

    /// <summary>Whether every negotiation is stored.</summary>
    public bool IsComplete => Stored == Total;

    /// <summary>Negotiations stored per second of this run.</summary>
    public double Rate => Elapsed > TimeSpan.Zero ? StoredThisRun / Elapsed.TotalSeconds : 0;
}
