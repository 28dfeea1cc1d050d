using System.Collections.Immutable;
using Parley.Talks;

namespace Parley.TestKit.Talks;

/// <summary>An <see cref="ITalksStore"/> in memory, with the same rules as the SQLite one (meetings saved in order, open talks only).</summary>
public sealed class InMemoryTalksStore : ITalksStore
{
    private readonly List<TalksRecord> _talks = [];
    private readonly Dictionary<long, List<MeetingResult>> _meetings = [];

    /// <summary>How many meetings have been saved, over all talks.</summary>
    public int Saves { get; private set; }

    /// <inheritdoc />
    public TalksRecord Create(TalksRecord talks)
    {
        ArgumentNullException.ThrowIfNull(talks);
        var stored = talks with { Id = _talks.Count + 1, MeetingsHeld = 0 };
        _talks.Add(stored);
        _meetings[stored.Id] = [];
        return stored;
    }

    /// <inheritdoc />
    public void SaveMeeting(long talksId, MeetingResult meeting, TalksStatus status, DateTimeOffset savedAt)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var index = (int)talksId - 1;
        var talks = _talks[index];
        if (talks.MeetingsHeld != meeting.Record.Number - 1 || talks.Status != TalksStatus.Open)
        {
            throw new TalksResumeException($"Talks {talksId} have {talks.MeetingsHeld} meetings ({talks.Status}); cannot save meeting {meeting.Record.Number}.");
        }

        _meetings[talksId].Add(meeting);
        _talks[index] = talks with { MeetingsHeld = meeting.Record.Number, Status = status, UpdatedAt = savedAt };
        Saves++;
    }

    /// <inheritdoc />
    public TalksRecord? Find(long talksId) => talksId >= 1 && talksId <= _talks.Count ? _talks[(int)talksId - 1] : null;

    /// <inheritdoc />
    public ImmutableArray<MeetingResult> LoadMeetings(long talksId) => [.. _meetings.GetValueOrDefault(talksId) ?? []];

    /// <inheritdoc />
    public ImmutableArray<TalksRecord> List() => [.. Enumerable.Reverse(_talks)];

    /// <summary>Replaces a stored meeting (to test that a resume notices tampering).</summary>
    public void Replace(long talksId, int number, MeetingResult meeting) => _meetings[talksId][number - 1] = meeting;
}
