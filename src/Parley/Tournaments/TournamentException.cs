namespace Parley.Tournaments;

/// <summary>
/// A tournament that cannot be built or continued: a bad option (the message names the field), an unknown agent, a
/// scenario that cannot take part, or a stored tournament that does not read back as it was written.
/// </summary>
public sealed class TournamentException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TournamentException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public TournamentException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public TournamentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
