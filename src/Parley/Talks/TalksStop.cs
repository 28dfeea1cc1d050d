namespace Parley.Talks;

/// <summary>
/// When a run of the talks pauses (the talks stay open and can be resumed): before the first meeting dated after
/// <paramref name="Until"/>, or after holding <paramref name="Meetings"/> meetings in this run. Immutable.
/// </summary>
/// <param name="Until">Hold only meetings dated on or before this day.</param>
/// <param name="Meetings">Hold at most this many meetings in this run.</param>
public sealed record TalksStop(DateOnly? Until = null, int? Meetings = null)
{
    /// <summary>Never pause: run to the end of the talks.</summary>
    public static TalksStop Never { get; } = new();

    /// <summary>Whether to pause before <paramref name="next"/>, with <paramref name="heldThisRun"/> meetings held in this run.</summary>
    public bool ShouldStopBefore(MeetingPlan next, int heldThisRun)
    {
        ArgumentNullException.ThrowIfNull(next);
        return (Until is { } until && next.Date > until) || (Meetings is { } most && heldThisRun >= most);
    }
}
