using System.Collections.Immutable;
using Parley.Agents.Catalog;
using Parley.Negotiations;
using Parley.Scenarios;

namespace Parley.Talks;

/// <summary>
/// A series of talks (configuration, as read from a <c>parley-talks/1</c> file): the negotiation problem (a
/// <see cref="Scenarios.Scenario"/>), the calendar of meetings, the deadlines every party knows, the scripted events
/// between meetings, the default agent of each party, and the end date after which no deal means failure. Immutable;
/// the constructor checks that dates are in order and that every effect names a party of the scenario.
/// </summary>
public sealed class TalksScenario
{
    private readonly Lazy<string> _fingerprint;

    /// <summary>Creates the talks; a clear <see cref="ArgumentException"/> for anything inconsistent.</summary>
    /// <param name="name">The talks' name.</param>
    /// <param name="scenario">The issues and the parties' initial preferences.</param>
    /// <param name="start">The day the talks open (events dated that day apply before the first meeting).</param>
    /// <param name="end">The last day: no deal by then means the talks failed.</param>
    /// <param name="meetings">The meetings in calendar order, numbered from 1.</param>
    /// <param name="deadlines">Dates every party can count down to.</param>
    /// <param name="events">Scripted events, in date order.</param>
    /// <param name="agents">The default agent of each party, in party order (null: none; one must then be given).</param>
    /// <param name="description">What the talks are about, if described.</param>
    /// <param name="sources">Where the facts come from.</param>
    /// <param name="assumptions">The documented assumptions the figures rest on.</param>
    public TalksScenario(
        string name,
        Scenario scenario,
        DateOnly start,
        DateOnly end,
        IEnumerable<MeetingPlan> meetings,
        IEnumerable<KnownDeadline>? deadlines = null,
        IEnumerable<TalksEvent>? events = null,
        IEnumerable<AgentSpec?>? agents = null,
        string? description = null,
        IEnumerable<string>? sources = null,
        IEnumerable<TalksAssumption>? assumptions = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(meetings);
        Name = name;
        Scenario = scenario;
        Start = start;
        End = end;
        Meetings = [.. meetings];
        Deadlines = [.. deadlines ?? []];
        Events = [.. events ?? []];
        Agents = agents is null ? [.. scenario.Parties.Select(_ => (AgentSpec?)null)] : [.. agents];
        Description = description;
        Sources = [.. sources ?? []];
        Assumptions = [.. assumptions ?? []];
        Validate();
        _fingerprint = new Lazy<string>(() => Negotiations.ScenarioFingerprint.Compute(new PreparedScenario(Scenario)), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The talks' name.</summary>
    public string Name { get; }

    /// <summary>What the talks are about, if described.</summary>
    public string? Description { get; }

    /// <summary>Where the facts come from.</summary>
    public ImmutableArray<string> Sources { get; }

    /// <summary>The documented assumptions the file's figures rest on (information only).</summary>
    public ImmutableArray<TalksAssumption> Assumptions { get; }

    /// <summary>The assumption named <paramref name="name"/>, or null.</summary>
    public TalksAssumption? Assumption(string name) => Assumptions.FirstOrDefault(a => a.Name == name);

    /// <summary>The issues and the parties' preferences at the start.</summary>
    public Scenario Scenario { get; }

    /// <summary>The day the talks open.</summary>
    public DateOnly Start { get; }

    /// <summary>The last day: without a deal by then the talks have failed.</summary>
    public DateOnly End { get; }

    /// <summary>The meetings, in calendar order, numbered from 1.</summary>
    public ImmutableArray<MeetingPlan> Meetings { get; }

    /// <summary>Dates every party knows about (the end date is always known as well, see <see cref="TalksView.End"/>).</summary>
    public ImmutableArray<KnownDeadline> Deadlines { get; }

    /// <summary>The scripted events, in date order.</summary>
    public ImmutableArray<TalksEvent> Events { get; }

    /// <summary>The default agent of each party, in party order; null where the file names none.</summary>
    public ImmutableArray<AgentSpec?> Agents { get; }

    /// <summary>The party names, in order.</summary>
    public ImmutableArray<string> Parties => [.. Scenario.Parties.Select(p => p.Name)];

    /// <summary>The path of the file the talks were read from, if any.</summary>
    public string? FilePath { get; init; }

    /// <summary>The text of that file, if any: stored with the talks so they can be resumed after the file changed or moved.</summary>
    public string? FileText { get; init; }

    /// <summary>The fingerprint of the initial scenario (<see cref="ScenarioFingerprint"/>): a resume refuses another scenario.</summary>
    public string ScenarioFingerprint => _fingerprint.Value;

    /// <summary>The seat of a party, or a clear error naming the parties.</summary>
    public int SeatOf(string party)
    {
        for (var seat = 0; seat < Scenario.Parties.Length; seat++)
        {
            if (Scenario.Parties[seat].Name == party)
            {
                return seat;
            }
        }

        throw new ArgumentException($"Talks '{Name}' have no party '{party}' (parties: {string.Join(", ", Parties)}).", nameof(party));
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Name}: {Meetings.Length} meetings from {Start:yyyy-MM-dd} to {End:yyyy-MM-dd}, {Events.Length} events, {Scenario}";

    private void Validate()
    {
        if (Assumptions.Select(a => a.Name).Distinct(StringComparer.Ordinal).Count() != Assumptions.Length)
        {
            throw new ArgumentException($"Talks '{Name}': two assumptions have the same name.");
        }

        if (Scenario.Parties.Length < 2)
        {
            throw new ArgumentException($"Talks '{Name}': the scenario has {Scenario.Parties.Length} party; talks need at least 2.");
        }

        if (End < Start)
        {
            throw new ArgumentException($"Talks '{Name}': the end date {End:yyyy-MM-dd} is before the start {Start:yyyy-MM-dd}.");
        }

        if (Meetings.IsEmpty)
        {
            throw new ArgumentException($"Talks '{Name}' have no meetings.");
        }

        for (var i = 0; i < Meetings.Length; i++)
        {
            var meeting = Meetings[i];
            if (meeting.Number != i + 1)
            {
                throw new ArgumentException($"Talks '{Name}': meeting {i + 1} is numbered {meeting.Number}; meetings are numbered 1, 2, … in order.");
            }

            if (meeting.Rounds < 1)
            {
                throw new ArgumentException($"Talks '{Name}': meeting {meeting.Number} has {meeting.Rounds} rounds; a meeting needs at least 1.");
            }

            if (meeting.Minutes is < 1)
            {
                throw new ArgumentException($"Talks '{Name}': meeting {meeting.Number} lasts {meeting.Minutes} minutes; give at least 1 or leave it out.");
            }

            if (meeting.Date < Start || meeting.Date > End)
            {
                throw new ArgumentException($"Talks '{Name}': {meeting} is outside the talks ({Start:yyyy-MM-dd} to {End:yyyy-MM-dd}).");
            }

            if (i > 0 && meeting.Date < Meetings[i - 1].Date)
            {
                throw new ArgumentException($"Talks '{Name}': {meeting} comes before meeting {i} ({Meetings[i - 1].Date:yyyy-MM-dd}); list meetings in date order.");
            }
        }

        if (Agents.Length != Scenario.Parties.Length)
        {
            throw new ArgumentException($"Talks '{Name}': {Agents.Length} default agents for {Scenario.Parties.Length} parties.");
        }

        for (var i = 0; i < Events.Length; i++)
        {
            var talksEvent = Events[i];
            if (talksEvent.Date < Start || talksEvent.Date > End)
            {
                throw new ArgumentException($"Talks '{Name}': event {i} ({talksEvent.Kind}, {talksEvent.Date:yyyy-MM-dd}) is outside the talks.");
            }

            if (i > 0 && talksEvent.Date < Events[i - 1].Date)
            {
                throw new ArgumentException($"Talks '{Name}': event {i} ({talksEvent.Date:yyyy-MM-dd}) comes before event {i - 1}; list events in date order.");
            }

            foreach (var effect in talksEvent.Effects)
            {
                ValidateEffect(i, effect);
            }
        }
    }

    private void ValidateEffect(int index, TalksEffect effect)
    {
        if (effect.Party is { } party)
        {
            _ = SeatOf(party);
        }

        switch (effect)
        {
            case ReplacePreferences replace when !ReferenceEquals(replace.Utility.Space, Scenario.Space):
                throw new ArgumentException($"Talks '{Name}': event {index} replaces {replace.Party}'s preferences with a utility function over another outcome space.");
            case SetStatusQuo statusQuo when statusQuo.Outcome < 0 || statusQuo.Outcome >= Scenario.Space.Count:
                throw new ArgumentException($"Talks '{Name}': event {index} sets the status quo to outcome #{statusQuo.Outcome}, which is not in the outcome space.");
            case SetDailyCost cost when !(cost.PerDay >= 0) || !double.IsFinite(cost.PerDay):
                throw new ArgumentException($"Talks '{Name}': event {index} sets a daily cost of {cost.PerDay}; it must be a finite number ≥ 0.");
            case SetReservationValue set when !double.IsFinite(set.Value):
            case ShiftReservationValue shift when !double.IsFinite(shift.By):
                throw new ArgumentException($"Talks '{Name}': event {index} changes a reservation value by a number that is not finite.");
            case null:
                throw new ArgumentException($"Talks '{Name}': event {index} has a null effect.");
        }
    }
}
