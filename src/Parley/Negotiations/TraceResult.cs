using System.Collections.Immutable;
using Parley.Outcomes;
using Parley.Protocols;

namespace Parley.Negotiations;

/// <summary>
/// The last line of a trace as read back (or a result re-derived by <see cref="TraceReplay"/>): how the negotiation
/// ended and what each party got. Immutable.
/// </summary>
public sealed class TraceResult
{
    /// <summary>Creates the result record.</summary>
    /// <param name="lineNumber">The 1-based line of the trace file (0 for a re-derived result).</param>
    /// <param name="end">How it ended.</param>
    /// <param name="endedBy">The seat that walked away or failed, or −1.</param>
    /// <param name="turns">How many turns were taken.</param>
    /// <param name="rounds">How many rounds were started.</param>
    /// <param name="endTime">Normalised time at the end.</param>
    /// <param name="agreementIndex">The agreement's dense index, or −1.</param>
    /// <param name="agreement">The agreement's values by issue name (empty without one).</param>
    /// <param name="utilities">Each party's undiscounted utility.</param>
    /// <param name="discountedUtilities">Each party's utility discounted at <paramref name="endTime"/>.</param>
    /// <param name="violation">What went wrong, for a failure.</param>
    public TraceResult(
        int lineNumber,
        NegotiationEnd end,
        int endedBy,
        long turns,
        long rounds,
        double endTime,
        long agreementIndex,
        IEnumerable<KeyValuePair<string, IssueValue>> agreement,
        IEnumerable<double> utilities,
        IEnumerable<double> discountedUtilities,
        ProtocolViolation? violation)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(utilities);
        ArgumentNullException.ThrowIfNull(discountedUtilities);
        LineNumber = lineNumber;
        End = end;
        EndedBy = endedBy;
        Turns = turns;
        Rounds = rounds;
        EndTime = endTime;
        AgreementIndex = agreementIndex;
        Agreement = [.. agreement];
        Utilities = [.. utilities];
        DiscountedUtilities = [.. discountedUtilities];
        Violation = violation;
    }

    /// <summary>The 1-based line of the trace file (0 for a re-derived result).</summary>
    public int LineNumber { get; }

    /// <summary>How it ended.</summary>
    public NegotiationEnd End { get; }

    /// <summary>The seat that walked away or failed, or −1.</summary>
    public int EndedBy { get; }

    /// <summary>How many turns were taken.</summary>
    public long Turns { get; }

    /// <summary>How many rounds were started (every party acting once is a round).</summary>
    public long Rounds { get; }

    /// <summary>Normalised time t ∈ [0, 1] at the end.</summary>
    public double EndTime { get; }

    /// <summary>The agreement's dense index, or −1.</summary>
    public long AgreementIndex { get; }

    /// <summary>Whether the parties agreed.</summary>
    public bool IsAgreement => AgreementIndex >= 0;

    /// <summary>The agreement's values by issue name; empty without one.</summary>
    public ImmutableArray<KeyValuePair<string, IssueValue>> Agreement { get; }

    /// <summary>Each party's undiscounted utility: of the agreement, or its reservation value.</summary>
    public ImmutableArray<double> Utilities { get; }

    /// <summary>Each party's utility discounted at <see cref="EndTime"/>.</summary>
    public ImmutableArray<double> DiscountedUtilities { get; }

    /// <summary>The broken rule (or crash, or time-out) of a failure; null otherwise.</summary>
    public ProtocolViolation? Violation { get; }
}
