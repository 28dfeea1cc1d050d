namespace Parley.Outcomes;

/// <summary>Thrown when an operation needs more outcomes than it can address or hold.</summary>
public sealed class OutcomeSpaceTooLargeException : Exception
{
    /// <summary>Creates the exception.</summary>
    public OutcomeSpaceTooLargeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public OutcomeSpaceTooLargeException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public OutcomeSpaceTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
