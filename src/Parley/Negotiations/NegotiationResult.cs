using System.Collections.Immutable;
using Parley.Outcomes;
using Parley.Protocols;
using Parley.Scenarios;

namespace Parley.Negotiations;

/// <summary>
/// How one negotiation ended and what each party got. Utilities are those of the agreement, or each party's
/// reservation value without one; <see cref="DiscountedUtilities"/> applies each party's discount at
/// <see cref="EndTime"/>, as GENIUS does.
/// </summary>
public sealed class NegotiationResult
{
    internal NegotiationResult(
        Scenario scenario,
        ImmutableArray<string> agents,
        NegotiationSettings settings,
        NegotiationEnd end,
        int endedBy,
        ProtocolViolation? violation,
        long turns,
        double endTime,
        long agreement,
        ImmutableArray<double> utilities,
        ImmutableArray<double> discountedUtilities,
        NegotiationTrace? trace)
    {
        Scenario = scenario;
        Agents = agents;
        Settings = settings;
        End = end;
        EndedBy = endedBy;
        Violation = violation;
        Turns = turns;
        EndTime = endTime;
        AgreementIndex = agreement;
        Utilities = utilities;
        DiscountedUtilities = discountedUtilities;
        Trace = trace;
    }

    /// <summary>The scenario negotiated.</summary>
    public Scenario Scenario { get; }

    /// <summary>The agents' names, in seat order (seat i plays party i).</summary>
    public ImmutableArray<string> Agents { get; }

    /// <summary>The settings it ran with.</summary>
    public NegotiationSettings Settings { get; }

    /// <summary>How it ended.</summary>
    public NegotiationEnd End { get; }

    /// <summary>The seat that walked away or failed, or −1.</summary>
    public int EndedBy { get; }

    /// <summary>The broken rule, when <see cref="End"/> is <see cref="NegotiationEnd.Failure"/>.</summary>
    public ProtocolViolation? Violation { get; }

    /// <summary>How many turns were taken.</summary>
    public long Turns { get; }

    /// <summary>How many rounds were started (a round is every party acting once).</summary>
    public long Rounds => (Turns + Scenario.Parties.Length - 1) / Scenario.Parties.Length;

    /// <summary>Normalised time t ∈ [0, 1] at the end.</summary>
    public double EndTime { get; }

    /// <summary>The agreed outcome's dense index, or −1.</summary>
    public long AgreementIndex { get; }

    /// <summary>Whether the parties agreed.</summary>
    public bool IsAgreement => AgreementIndex >= 0;

    /// <summary>The agreed outcome, or null.</summary>
    public Outcome? Agreement => IsAgreement ? Scenario.Space.OutcomeAt(AgreementIndex) : null;

    /// <summary>Each party's undiscounted utility: of the agreement, or its reservation value.</summary>
    public ImmutableArray<double> Utilities { get; }

    /// <summary>Each party's utility discounted at <see cref="EndTime"/>.</summary>
    public ImmutableArray<double> DiscountedUtilities { get; }

    /// <summary>Every action, when the trace was recorded.</summary>
    public NegotiationTrace? Trace { get; }
}
