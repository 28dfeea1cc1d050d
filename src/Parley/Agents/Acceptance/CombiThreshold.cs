namespace Parley.Agents.Acceptance;

/// <summary>
/// The threshold α of AC_combi(T, α) after time T (Baarslag, Hindriks and Jonker 2014, "Effective acceptance conditions
/// in multi-issue negotiation"). The window W is the last stretch of time as long as the time left: [2t − 1, t].
/// </summary>
public enum CombiThreshold : byte
{
    /// <summary>MAX^W: the best opponent offer received in the window (the paper's best-performing condition).</summary>
    MaxInWindow,

    /// <summary>AVG^W: the average of the opponent offers received in the window.</summary>
    AverageInWindow,

    /// <summary>MAX^T: the best opponent offer received so far.</summary>
    MaxSoFar,
}
