namespace Parley.Talks;

/// <summary>
/// Stored talks that cannot be resumed: there are none with that id, they have ended, their scenario is no longer the
/// one they were run on, a meeting no longer replays to what was stored (the agents or the engine changed), or another
/// process saved the meeting first (the talks were resumed twice at once).
/// </summary>
public sealed class TalksResumeException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TalksResumeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public TalksResumeException()
        : this("The talks cannot be resumed.")
    {
    }

    /// <summary>Creates the exception.</summary>
    public TalksResumeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
