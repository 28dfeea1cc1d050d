using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Threading.Channels;
using Parley.Agents;
using Parley.Negotiations;
using Parley.Protocols;

namespace Parley.Tournaments;

/// <summary>
/// One worker thread: takes the next index that is not stored yet, runs that negotiation with fresh agents, and hands the
/// record to the writer. The hang watchdog may abandon it mid-negotiation; it then drops its result and stops.
/// </summary>
internal sealed class TournamentWorker
{
    private const long Idle = -1;
    private const long Abandoned = -2;

    private readonly TournamentExecution _execution;
    private readonly NegotiationWatch _watch = new();
    private readonly Dictionary<int, WatchedAgent[]> _seats = [];
    private long _current = Idle;
    private long _started;

    public TournamentWorker(TournamentExecution execution)
    {
        _execution = execution;
        Thread = new Thread(Run) { IsBackground = true, Name = "parley-tournament-worker" };
    }

    public Thread Thread { get; }

    public bool IsAbandoned => Volatile.Read(ref _current) == Abandoned;

    public NegotiationWatch Watch => _watch;

    /// <summary>The index being run and when it started, or null when idle.</summary>
    public (long Index, long Started)? Running
    {
        get
        {
            var index = Volatile.Read(ref _current);
            return index >= 0 ? (index, Volatile.Read(ref _started)) : null;
        }
    }

    /// <summary>Abandons the worker if it is still running <paramref name="index"/>; true when it was abandoned.</summary>
    public bool TryAbandon(long index) => Interlocked.CompareExchange(ref _current, Abandoned, index) == index;

    private void Run()
    {
        var abandoned = false;
        try
        {
            while (_execution.TryTake(out var index))
            {
                Volatile.Write(ref _started, _execution.Time.GetTimestamp());
                Volatile.Write(ref _current, index);
                var record = RunOne(index);
                if (Interlocked.CompareExchange(ref _current, Idle, index) != index)
                {
                    abandoned = true; // the watchdog recorded it as hung: drop the late result
                    return;
                }

                _execution.Emit(record);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or ChannelClosedException)
        {
            // Stopping: the record in hand is not stored and runs again on resume.
        }
        catch (Exception exception)
        {
            abandoned = IsAbandoned;
            if (!abandoned)
            {
                _execution.Fail(exception);
            }
        }
        finally
        {
            if (!abandoned && !IsAbandoned)
            {
                _execution.WorkerExited();
            }
        }
    }

    private TournamentRecord RunOne(long index)
    {
        var definition = _execution.Definition;
        var started = _execution.Time.GetTimestamp();
        var (s, assignment, repetition) = definition.Locate(index);
        var scenario = definition.Scenarios[s];
        var seatsOf = new int[scenario.Parties];
        scenario.FillSeats(assignment, seatsOf);
        var seats = ImmutableCollectionsMarshal.AsImmutableArray(seatsOf);
        var settings = definition.SettingsFor(index);
        var agents = AgentsFor(seatsOf.Length);
        _watch.Reset();
        NegotiationResult result;
        for (var seat = 0; seat < seatsOf.Length; seat++)
        {
            Agent inner;
            try
            {
                inner = _execution.Create(seatsOf[seat]);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                var message = $"agent '{definition.AgentNames[seatsOf[seat]]}' could not be built: {exception.GetType().Name}: {exception.Message}";
                result = Failure(scenario, settings, seat, ProtocolRule.AgentException, message, 0, 0);
                return Record(index, repetition, scenario, assignment, seats, result, started);
            }

            agents[seat].Reset(inner, seat);
        }

        try
        {
            var runner = new NegotiationRunner(scenario.Prepared, settings, _execution.Time);
            result = AllSynchronous(agents) ? runner.Run(agents) : runner.RunAsync(agents).GetAwaiter().GetResult();
        }
        catch (AgentFaultException fault)
        {
            result = Failure(scenario, settings, fault.Seat, ProtocolRule.AgentException, fault.Message, _watch.Turns, _watch.Time);
        }

        return Record(index, repetition, scenario, assignment, seats, result, started);
    }

    private TournamentRecord Record(
        long index, int repetition, TournamentScenario scenario, long assignment, ImmutableArray<int> seats, NegotiationResult result, long started)
    {
        var metrics = NegotiationMetrics.Compute(result, scenario.Analysis);
        ReadOnlyMemory<byte>? trace = null;
        if (_execution.Definition.RecordTraces && result.Trace is not null)
        {
            var names = new string[seats.Length];
            for (var seat = 0; seat < names.Length; seat++)
            {
                names[seat] = _execution.Definition.AgentNames[seats[seat]];
            }

            var header = new TraceHeader(scenario.Name, scenario.Fingerprint, [scenario.Source], scenario.PartyNames, names, result.Settings);
            trace = TraceJsonLines.ToBytes(header, result, scenario.Prepared);
        }

        return TournamentRecord.From(
            index, repetition, scenario.Index, assignment, seats, result, metrics, _execution.Time.GetElapsedTime(started), trace);
    }

    /// <summary>
    /// A failed negotiation the runner did not produce itself (an agent that could not be built, threw outside its turn,
    /// or hung): every party gets its reservation value, discounted at the time reached, as the runner does for failures.
    /// </summary>
    internal static NegotiationResult Failure(
        TournamentScenario scenario, NegotiationSettings settings, int seat, ProtocolRule rule, string message, long turns, double time)
    {
        var parties = scenario.Prepared.Scenario.Parties;
        var utilities = new double[parties.Length];
        var discounted = new double[parties.Length];
        for (var j = 0; j < parties.Length; j++)
        {
            utilities[j] = parties[j].ReservationValue;
            discounted[j] = parties[j].DiscountedReservationValue(time);
        }

        return new NegotiationResult(
            scenario.Prepared.Scenario,
            scenario.PartyNames,
            settings,
            NegotiationEnd.Failure,
            seat,
            new ProtocolViolation(seat, rule, message),
            turns,
            time,
            -1,
            ImmutableCollectionsMarshal.AsImmutableArray(utilities),
            ImmutableCollectionsMarshal.AsImmutableArray(discounted),
            null);
    }

    /// <summary>The record of a negotiation abandoned because an agent hung (built by the watchdog).</summary>
    internal static TournamentRecord Hung(TournamentDefinition definition, long index, NegotiationWatch watch, TimeSpan limit, TimeSpan elapsed)
    {
        var (s, assignment, repetition) = definition.Locate(index);
        var scenario = definition.Scenarios[s];
        var seats = scenario.SeatsOf(assignment);
        var seat = watch.Seat;
        var who = seat >= 0
            ? $"agent '{definition.AgentNames[seats[seat]]}' (seat {seat})"
            : "an agent";
        var message = string.Create(
            CultureInfo.InvariantCulture, $"{who} did not finish within the hang limit of {limit.TotalSeconds:0.###} s; the negotiation was abandoned");
        var result = Failure(scenario, definition.SettingsFor(index), seat, ProtocolRule.TurnTimeLimitExceeded, message, watch.Turns, watch.Time);
        return TournamentRecord.From(index, repetition, s, assignment, seats, result, NegotiationMetrics.Compute(result, scenario.Analysis), elapsed, null);
    }

    private WatchedAgent[] AgentsFor(int parties)
    {
        if (!_seats.TryGetValue(parties, out var agents))
        {
            agents = new WatchedAgent[parties];
            for (var seat = 0; seat < parties; seat++)
            {
                agents[seat] = new WatchedAgent(_watch);
            }

            _seats.Add(parties, agents);
        }

        return agents;
    }

    private static bool AllSynchronous(WatchedAgent[] agents)
    {
        foreach (var agent in agents)
        {
            if (!agent.IsSynchronous)
            {
                return false;
            }
        }

        return true;
    }
}
