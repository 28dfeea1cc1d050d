using System.Numerics;

namespace Parley.Analysis;

/// <summary>
/// Thrown when the requested exact analysis cannot run within its limits: the outcome space is larger than the
/// enumeration budget and the linear-additive merge does not apply (or its partial frontier grew too large).
/// The message names the size and the way out, which is sampling.
/// </summary>
public sealed class AnalysisTooLargeException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AnalysisTooLargeException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public AnalysisTooLargeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public AnalysisTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a space of <paramref name="outcomeCount"/> outcomes.</summary>
    public AnalysisTooLargeException(string message, BigInteger outcomeCount)
        : base(message)
    {
        OutcomeCount = outcomeCount;
    }

    /// <summary>The number of outcomes of the space that was too large (0 when not given).</summary>
    public BigInteger OutcomeCount { get; }
}
