using System.Collections.Immutable;

namespace Parley.Talks;

/// <summary>
/// Where talks are saved so they can be resumed (Parley.Storage implements it with SQLite; the core library keeps no
/// database dependency). A meeting is saved whole, with the talks' new status, in one transaction when it ends: a crash
/// during a meeting loses that meeting and nothing else.
/// </summary>
public interface ITalksStore
{
    /// <summary>Stores new talks (the record's id is ignored) and returns them with their id.</summary>
    TalksRecord Create(TalksRecord talks);

    /// <summary>
    /// Saves a completed meeting and the talks' status in one transaction. The meeting must be the next one (its number
    /// one more than the meetings stored) of open talks, so two processes resuming the same talks cannot both save it:
    /// the second gets a <see cref="TalksResumeException"/>.
    /// </summary>
    void SaveMeeting(long talksId, MeetingResult meeting, TalksStatus status, DateTimeOffset savedAt);

    /// <summary>The talks with an id, or null.</summary>
    TalksRecord? Find(long talksId);

    /// <summary>The stored meetings of the talks, in order.</summary>
    ImmutableArray<MeetingResult> LoadMeetings(long talksId);

    /// <summary>Every stored talks, newest first.</summary>
    ImmutableArray<TalksRecord> List();
}
