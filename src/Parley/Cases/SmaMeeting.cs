using System.Collections.Immutable;
using Parley.Talks;

namespace Parley.Cases;

/// <summary>
/// One meeting of a run of the SMA talks, condensed: each party's first and last offer (null when it made none), how the
/// meeting ended, and the reservation values it was held under. Immutable.
/// </summary>
/// <param name="Plan">The meeting on the calendar.</param>
/// <param name="Result">What happened (the full record).</param>
/// <param name="FirstOffers">Each party's first offer of the meeting, in party order.</param>
/// <param name="LastOffers">Each party's last offer of the meeting, in party order.</param>
/// <param name="Agreement">The terms agreed, when the meeting reached agreement.</param>
public sealed record SmaMeeting(MeetingPlan Plan, MeetingResult Result, ImmutableArray<SmaTerms?> FirstOffers, ImmutableArray<SmaTerms?> LastOffers, SmaTerms? Agreement)
{
    /// <summary>The meeting's record.</summary>
    public MeetingRecord Record => Result.Record;

    /// <summary>Whether a party walked out of (or broke off) this meeting.</summary>
    public bool IsWalkOut => Record.Exit != MeetingExit.None;

    /// <summary>The clock minutes into the meeting when it ended, when its length is known.</summary>
    public double? EndMinutes => Plan.MinutesAt(Record.EndTime);
}
