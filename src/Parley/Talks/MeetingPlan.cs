using System.Globalization;

namespace Parley.Talks;

/// <summary>
/// One meeting on the talks' calendar (configuration): when it is held and how many rounds of offers it allows. Each
/// meeting is one Stacked Alternating Offers negotiation with that budget. Immutable.
/// </summary>
/// <param name="Number">The meeting's number, from 1, in calendar order.</param>
/// <param name="Date">The day it is held.</param>
/// <param name="Rounds">Its exchange budget: rounds of offers (every party acting once is a round).</param>
/// <param name="Location">Where it is held, if recorded.</param>
/// <param name="Note">A note for people (who led each side, what was on the agenda), if any.</param>
/// <param name="Source">Where the meeting is documented, if anywhere.</param>
/// <param name="Minutes">How long the meeting lasts on the clock, if known: reports turn normalised time into minutes.</param>
public sealed record MeetingPlan(
    int Number, DateOnly Date, int Rounds, string? Location = null, string? Note = null, string? Source = null, int? Minutes = null)
{
    /// <summary>The clock minutes at normalised meeting time <paramref name="time"/>, when <see cref="Minutes"/> is known.</summary>
    public double? MinutesAt(double time) => Minutes is { } minutes ? minutes * time : null;

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"meeting {Number} on {Date:yyyy-MM-dd} ({Rounds} rounds{(Location is null ? "" : ", " + Location)})");
}
