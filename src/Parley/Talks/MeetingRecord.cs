using System.Collections.Immutable;
using System.Globalization;
using Parley.Negotiations;
using Parley.Protocols;

namespace Parley.Talks;

/// <summary>
/// What happened at one meeting, as everyone at the table saw it: how it ended, who walked out or broke off and when,
/// every action, and the agreement if any. No party's utilities (those are private; see <see cref="MeetingResult"/>).
/// Immutable.
/// </summary>
/// <param name="Number">The meeting's number, from 1.</param>
/// <param name="Date">The day it was held.</param>
/// <param name="Rounds">Its exchange budget in rounds.</param>
/// <param name="End">How the negotiation ended (a walk-out or break-off is <see cref="NegotiationEnd.WalkAway"/>).</param>
/// <param name="EndedBy">The seat that walked out, broke off or failed; −1 otherwise.</param>
/// <param name="Exit">Whether the party that ended it walked out or broke the talks off.</param>
/// <param name="Turns">How many turns were taken.</param>
/// <param name="EndTime">Normalised meeting time t ∈ [0, 1] at the end (turns over the budget).</param>
/// <param name="Agreement">The agreed outcome's dense index, or −1.</param>
/// <param name="Actions">Every action, in order.</param>
/// <param name="Violation">The broken rule, in words, when the meeting failed.</param>
public sealed record MeetingRecord(
    int Number,
    DateOnly Date,
    int Rounds,
    NegotiationEnd End,
    int EndedBy,
    MeetingExit Exit,
    long Turns,
    double EndTime,
    long Agreement,
    ImmutableArray<TraceEntry> Actions,
    string? Violation = null)
{
    /// <summary>Whether the parties agreed at this meeting.</summary>
    public bool IsAgreement => Agreement >= 0;

    /// <summary>
    /// Whether another run of the meeting did exactly the same: the same actions (kind, actor, outcome, turn and time),
    /// the same end, the same exit. Null when it did; otherwise the first difference, in words.
    /// </summary>
    public string? DifferenceFrom(MeetingRecord other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var count = Math.Min(Actions.Length, other.Actions.Length);
        for (var i = 0; i < count; i++)
        {
            if (Actions[i] != other.Actions[i])
            {
                return string.Create(CultureInfo.InvariantCulture, $"turn {i}: {Describe(Actions[i])} where it was {Describe(other.Actions[i])}");
            }
        }

        if (Actions.Length != other.Actions.Length)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{Actions.Length} actions where there were {other.Actions.Length}");
        }

        if (End != other.End || EndedBy != other.EndedBy || Agreement != other.Agreement || Turns != other.Turns)
        {
            return string.Create(CultureInfo.InvariantCulture, $"it ended {End} (seat {EndedBy}) where it ended {other.End} (seat {other.EndedBy})");
        }

        return Exit != other.Exit ? $"the party that ended it chose {Exit} where it chose {other.Exit}" : null;
    }

    private static string Describe(TraceEntry entry) => entry.Kind switch
    {
        ActionKind.Offer => string.Create(CultureInfo.InvariantCulture, $"seat {entry.Actor} offered #{entry.Outcome}"),
        ActionKind.Accept => string.Create(CultureInfo.InvariantCulture, $"seat {entry.Actor} accepted"),
        _ => string.Create(CultureInfo.InvariantCulture, $"seat {entry.Actor} ended the meeting"),
    };
}
