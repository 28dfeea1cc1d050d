using System.Collections.Immutable;
using System.Globalization;
using Parley.Agents;
using Parley.Agents.Catalog;
using Parley.Negotiations;
using Parley.Preferences;
using Parley.Protocols;
using Parley.Talks.Agents;
using Parley.Talks.Json;

namespace Parley.Talks;

/// <summary>
/// Runs a series of talks: meeting after meeting on the calendar, each a Stacked Alternating Offers negotiation with
/// the meeting's budget, with the scripted events applied in between. The same agent instance plays every meeting of
/// its party (so it keeps its memory) until an event replaces it; talks-aware agents (<see cref="ITalksAware"/>) see the
/// talks' calendar and history. A walk-out ends a meeting and the talks go on; a break-off ends the talks.
/// <para>
/// With a store, the talks are saved when they start and after every meeting (one transaction per meeting), and
/// <see cref="ResumeAsync"/> picks them up later: it rebuilds the agents and restores their memory by re-running the
/// stored meetings with the same seeds, checking that each reproduces what was stored (a person's moves are replayed
/// from the store), then goes on with the next meeting. Meeting <c>n</c> always runs with seed
/// <c>SeedMixer.Mix(talksSeed, n)</c>, so the same talks, agents and seed give the same timeline.
/// </para>
/// </summary>
public sealed class TalksSession
{
    private readonly TalksSessionOptions _options;
    private readonly TalksAgentFactory _factory;
    private readonly Agent?[] _agents;
    private readonly AgentSpec?[] _agentSpecs;
    private readonly Dictionary<IUtilityFunction, UtilityIndex> _indexes = new(ReferenceEqualityComparer.Instance);

    private TalksSession(TalksScenario talks, TalksSettings settings, TalksSessionOptions options, long? id)
    {
        if (settings.Agents.Length != talks.Scenario.Parties.Length)
        {
            throw new ArgumentException(
                $"Talks '{talks.Name}' have {talks.Scenario.Parties.Length} parties but {settings.Agents.Length} agents were given.", nameof(settings));
        }

        Talks = talks;
        Settings = settings;
        Id = id;
        _options = options;
        _factory = options.Agents ?? DefaultFactory;
        _agents = new Agent?[settings.Agents.Length];
        _agentSpecs = new AgentSpec?[settings.Agents.Length];
        State = TalksState.Start(talks, settings.Agents);
    }

    /// <summary>The talks.</summary>
    public TalksScenario Talks { get; }

    /// <summary>The seed and the agents.</summary>
    public TalksSettings Settings { get; }

    /// <summary>The store's id of the talks, or null when they are not stored.</summary>
    public long? Id { get; private set; }

    /// <summary>Where the talks stand.</summary>
    public TalksState State { get; private set; }

    /// <summary>Whether the talks have ended.</summary>
    public bool IsOver => State.IsOver;

    /// <summary>How many meetings <see cref="ResumeAsync"/> replayed from the store.</summary>
    public int ReplayedMeetings { get; private set; }

    /// <summary>
    /// Starts new talks: builds every party's agent (so a bad spec fails now) and, with a store, saves the talks (their
    /// file text is required then; read them with <see cref="TalksScenarioReader"/>).
    /// </summary>
    public static TalksSession Start(TalksScenario talks, TalksSettings settings, TalksSessionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(talks);
        ArgumentNullException.ThrowIfNull(settings);
        options ??= new TalksSessionOptions();
        var session = new TalksSession(talks, settings, options, null);
        session.PrepareAgents(live: true);
        session.CheckEventAgents();
        if (options.Store is { } store)
        {
            if (talks.FileText is null)
            {
                throw new ArgumentException(
                    $"Talks '{talks.Name}' have no file text, so they could not be resumed: read them from a file (TalksScenarioReader) to store them.",
                    nameof(talks));
            }

            var now = options.TimeProvider.GetUtcNow();
            session.Id = store.Create(new TalksRecord(
                0,
                talks.Name,
                talks.FilePath is { } path && File.Exists(path) ? Path.GetFullPath(path) : talks.FilePath,
                talks.FileText,
                TalksRecord.HashOf(talks.FileText),
                talks.ScenarioFingerprint,
                settings,
                TalksStatus.Open,
                0,
                now,
                now)).Id;
        }

        return session;
    }

    /// <summary>
    /// Resumes stored talks: reads the stored talks file, checks the scenario is the one they ran on, rebuilds the agents
    /// and replays every stored meeting (a <see cref="TalksResumeException"/> when one does not reproduce what was stored).
    /// The returned session continues with the next meeting.
    /// </summary>
    public static async Task<TalksSession> ResumeAsync(ITalksStore store, long id, TalksSessionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        options ??= new TalksSessionOptions();
        if (options.Store is not null && !ReferenceEquals(options.Store, store))
        {
            throw new ArgumentException("The options name another store than the one to resume from.", nameof(options));
        }

        options = new TalksSessionOptions { Agents = options.Agents, Store = store, TimeProvider = options.TimeProvider };
        var record = store.Find(id) ?? throw new TalksResumeException(string.Create(CultureInfo.InvariantCulture, $"There are no talks {id} in the store."));
        var talks = ReadStored(record);
        if (talks.ScenarioFingerprint != record.ScenarioFingerprint)
        {
            throw new TalksResumeException(string.Create(
                CultureInfo.InvariantCulture,
                $"Talks {id} ('{record.Name}') ran on another scenario than {record.FilePath ?? "their file"} now gives (fingerprint {record.ScenarioFingerprint}, now {talks.ScenarioFingerprint}): a referenced scenario file changed."));
        }

        var meetings = store.LoadMeetings(id);
        var session = new TalksSession(talks, record.Settings, options, id);
        session.PrepareAgents(live: false);
        foreach (var stored in meetings)
        {
            if (session.IsOver)
            {
                throw new TalksResumeException(string.Create(
                    CultureInfo.InvariantCulture, $"Talks {id} ended ({session.State.Status}) before stored meeting {stored.Record.Number}."));
            }

            var replayed = await session.HoldAsync(stored, cancellationToken).ConfigureAwait(false);
            if (replayed.Record.DifferenceFrom(stored.Record) is { } difference)
            {
                throw new TalksResumeException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Talks {id}: meeting {stored.Record.Number} ({stored.Record.Date:yyyy-MM-dd}) does not replay as stored: {difference}. The agents or Parley changed since the talks were saved."));
            }

            session.State = session.State.WithMeeting(stored);
            session.ReplayedMeetings++;
        }

        if (session.State.Status != record.Status)
        {
            throw new TalksResumeException($"Talks {id} are stored as {record.Status} but their meetings replay to {session.State.Status}.");
        }

        return session;
    }

    /// <summary>
    /// Moves the calendar to the next meeting's day, applying the events in between, and returns those events (none when
    /// the talks are already there or over). <see cref="RunMeetingAsync"/> does this itself when needed.
    /// </summary>
    public ImmutableArray<TalksEvent> AdvanceToNextMeeting()
    {
        if (State.NextMeeting is not { } plan || State.Date == plan.Date && State.EventsApplied == EventsUpTo(plan.Date))
        {
            return [];
        }

        var before = State.EventsApplied;
        State = State.AdvanceTo(plan.Date);
        return Talks.Events[before..State.EventsApplied];
    }

    /// <summary>Holds the next meeting, saves it (with a store) and returns it.</summary>
    public async Task<MeetingResult> RunMeetingAsync(CancellationToken cancellationToken = default)
    {
        if (State.NextMeeting is null)
        {
            throw new InvalidOperationException($"Talks '{Talks.Name}' are over ({State.Status}).");
        }

        _ = AdvanceToNextMeeting();
        var result = await HoldAsync(null, cancellationToken).ConfigureAwait(false);
        State = State.WithMeeting(result);
        if (_options.Store is { } store && Id is { } id)
        {
            store.SaveMeeting(id, result, State.Status, _options.TimeProvider.GetUtcNow());
        }

        return result;
    }

    /// <summary>Holds meetings until the talks end or <paramref name="stop"/> pauses them; returns where they stand.</summary>
    public async Task<TalksState> RunAsync(TalksStop? stop = null, CancellationToken cancellationToken = default)
    {
        stop ??= TalksStop.Never;
        var held = 0;
        while (State.NextMeeting is { } next && !stop.ShouldStopBefore(next, held))
        {
            _ = await RunMeetingAsync(cancellationToken).ConfigureAwait(false);
            held++;
        }

        return State;
    }

    /// <summary>
    /// <see cref="RunAsync"/>, waited for on the calling thread: for synchronous agents (with an asynchronous one, such as a
    /// person, it blocks until they answer; use <see cref="RunAsync"/> then).
    /// </summary>
    public TalksState Run(TalksStop? stop = null) => RunAsync(stop).GetAwaiter().GetResult();

    /// <summary>The talks file as stored, read again (referenced scenario files from the stored file's folder).</summary>
    private static TalksScenario ReadStored(TalksRecord record)
    {
        var name = record.FilePath ?? $"{record.Name}.talks.json";
        var folder = record.FilePath is { } path && Path.IsPathRooted(path) ? Path.GetDirectoryName(path) : null;
        return TalksScenarioReader.Parse(record.FileText, name, folder);
    }

    private static Agent DefaultFactory(string party, AgentSpec spec) =>
        TalksSettings.IsPersonSpec(spec)
            ? throw new ArgumentException($"'{party}' is played by a person: give TalksSessionOptions.Agents a factory that supplies the person's agent.")
            : TalksAgentCatalog.Default.Create(spec);

    private int EventsUpTo(DateOnly date)
    {
        var count = 0;
        while (count < Talks.Events.Length && Talks.Events[count].Date <= date)
        {
            count++;
        }

        return count;
    }

    /// <summary>Builds each party's agent for its current spec (keeping an agent whose spec did not change).</summary>
    private void PrepareAgents(bool live)
    {
        var parties = Talks.Parties;
        for (var seat = 0; seat < _agents.Length; seat++)
        {
            if (Settings.IsPerson(seat))
            {
                if (live && _agents[seat] is null)
                {
                    _agents[seat] = _factory(parties[seat], Settings.Agents[seat]);
                    _agentSpecs[seat] = Settings.Agents[seat];
                }

                continue;
            }

            var spec = State.Agents[seat];
            if (_agents[seat] is null || _agentSpecs[seat]?.ToString() != spec.ToString())
            {
                _agents[seat] = _factory(parties[seat], spec);
                _agentSpecs[seat] = spec;
            }
        }
    }

    /// <summary>Builds (and drops) every agent a scripted event would bring in, so a bad spec fails before the first meeting.</summary>
    private void CheckEventAgents()
    {
        foreach (var effect in Talks.Events.SelectMany(e => e.Effects))
        {
            if (effect is ReplaceAgent replace && !Settings.IsPerson(Talks.SeatOf(replace.Party!)))
            {
                _ = _factory(replace.Party!, replace.Agent);
            }
        }
    }

    /// <summary>Holds the next meeting: live, or replaying a stored one (a person's moves then come from the store).</summary>
    private async Task<MeetingResult> HoldAsync(MeetingResult? stored, CancellationToken cancellationToken)
    {
        var plan = State.NextMeeting!;
        if (State.Date != plan.Date || State.EventsApplied != EventsUpTo(plan.Date))
        {
            State = State.AdvanceTo(plan.Date);
        }

        PrepareAgents(live: stored is null);
        var parties = Talks.Parties;
        var agents = new Agent[_agents.Length];
        for (var seat = 0; seat < agents.Length; seat++)
        {
            agents[seat] = stored is not null && Settings.IsPerson(seat)
                ? new StoredMovesAgent(stored.Agents[seat], stored.Record, seat)
                : _agents[seat]!;
        }

        var views = new TalksView[agents.Length];
        for (var seat = 0; seat < agents.Length; seat++)
        {
            views[seat] = State.ViewFor(seat);
            (agents[seat] as ITalksAware)?.BeginMeeting(views[seat]);
        }

        // Preferences rarely change between meetings (reservation values do): each utility function is indexed once.
        var prepared = new PreparedScenario(State.Scenario, utility =>
            _indexes.TryGetValue(utility, out var index) ? index : _indexes[utility] = new UtilityIndex(utility));
        var seed = Settings.MeetingSeed(plan.Number);
        var runner = new NegotiationRunner(prepared, new NegotiationSettings(Deadline.OfRounds(plan.Rounds), seed), _options.TimeProvider);
        var result = agents.All(a => a.IsSynchronous)
            ? runner.Run(agents)
            : await runner.RunAsync(agents, cancellationToken).ConfigureAwait(false);

        var exit = MeetingExit.None;
        if (result.End == NegotiationEnd.WalkAway)
        {
            exit = agents[result.EndedBy] is ITalksAware aware ? aware.ChooseExit(views[result.EndedBy]) : MeetingExit.WalkOut;
            if (exit == MeetingExit.None)
            {
                exit = MeetingExit.WalkOut;
            }
        }

        var record = new MeetingRecord(
            plan.Number,
            plan.Date,
            plan.Rounds,
            result.End,
            result.EndedBy,
            exit,
            result.Turns,
            result.EndTime,
            result.AgreementIndex,
            result.Trace is { } trace ? [.. trace.Entries] : [],
            result.Violation?.ToString());
        for (var seat = 0; seat < agents.Length; seat++)
        {
            (agents[seat] as ITalksAware)?.EndMeeting(views[seat], record);
        }

        // The agents as the specs in force (what the talks asked for); a replayed person keeps its stored name.
        var names = new string[agents.Length];
        for (var seat = 0; seat < agents.Length; seat++)
        {
            names[seat] = agents[seat] is StoredMovesAgent ? agents[seat].Name : _agentSpecs[seat]?.ToString() ?? agents[seat].Name;
        }

        return new MeetingResult(record, [.. names], seed, [.. prepared.Scenario.Parties.Select(p => p.ReservationValue)], result.Utilities);
    }
}
