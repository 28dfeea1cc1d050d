namespace Parley.Tournaments;

/// <summary>How far a tournament is, reported after every committed batch.</summary>
/// <param name="Stored">Negotiations stored in all, earlier runs included.</param>
/// <param name="Total">Negotiations in the tournament.</param>
/// <param name="StoredThisRun">Negotiations this run has stored.</param>
/// <param name="FailuresThisRun">Of those, how many ended in a failure (an agent threw, hung or broke a rule).</param>
public readonly record struct TournamentProgress(long Stored, long Total, long StoredThisRun, long FailuresThisRun)
{
    /// <summary>The fraction done, in [0, 1].</summary>
    public double Fraction => Total == 0 ? 1.0 : (double)Stored / Total;
}
