using System.Collections.Immutable;
using System.Globalization;
using Parley.Agents;
using Parley.Protocols;
using Parley.Protocols.StackedAlternatingOffers;

namespace Parley.Negotiations;

/// <summary>
/// Runs one Stacked Alternating Offers negotiation between agents: asks the agent whose turn it is, applies its action
/// to the protocol state, tells everyone, and stops at agreement, walk-away, deadline or failure. A misbehaving agent
/// (an exception, an illegal action, a turn over the limit) never takes the runner down: the negotiation ends as a
/// <see cref="NegotiationEnd.Failure"/> naming the agent and the rule, and every party gets its reservation value.
/// <para>
/// When every agent is synchronous the loop is synchronous and allocates nothing per turn (the trace grows by doubling).
/// The clock is read only when the deadline or the per-turn limit involves time, through the given
/// <see cref="TimeProvider"/>, so tests can use a fake clock and rounds-only runs are exactly reproducible.
/// </para>
/// </summary>
public sealed class NegotiationRunner
{
    private readonly PreparedScenario _scenario;
    private readonly NegotiationSettings _settings;
    private readonly TimeProvider _time;
    private readonly StackedAlternatingOffersSettings _protocol;

    /// <summary>Creates a runner for one scenario and settings.</summary>
    public NegotiationRunner(PreparedScenario scenario, NegotiationSettings settings, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(settings);
        _scenario = scenario;
        _settings = settings;
        _time = timeProvider ?? TimeProvider.System;
        _protocol = new StackedAlternatingOffersSettings(
            scenario.Scenario.Parties.Length, scenario.Scenario.Space.Count, settings.Deadline, settings.TurnTimeLimit);
    }

    /// <summary>The protocol settings derived from the scenario and the negotiation settings.</summary>
    public StackedAlternatingOffersSettings Protocol => _protocol;

    /// <summary>Runs the negotiation with synchronous agents (one per party, in party order).</summary>
    public NegotiationResult Run(IReadOnlyList<Agent> agents)
    {
        var session = Begin(agents);
        if (!AllSynchronous(agents))
        {
            throw new ArgumentException("Some agents are asynchronous (people or remote parties): use RunAsync.", nameof(agents));
        }

        while (!session.State.IsOver)
        {
            if (!session.BeforeTurn())
            {
                break;
            }

            var seat = session.State.NextActor;
            NegotiationAction action;
            var started = session.TurnStarted();
            try
            {
                action = agents[seat].Act(session.Views[seat]);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                session.Fail(seat, ProtocolRule.AgentException, Describe(agents[seat], exception));
                break;
            }

            session.AfterTurn(agents, seat, action, started);
        }

        return session.Finish();
    }

    /// <summary>Runs the negotiation with any agents, awaiting those that are asynchronous.</summary>
    public async Task<NegotiationResult> RunAsync(IReadOnlyList<Agent> agents, CancellationToken cancellationToken = default)
    {
        var session = Begin(agents);
        while (!session.State.IsOver)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!session.BeforeTurn())
            {
                break;
            }

            var seat = session.State.NextActor;
            NegotiationAction action;
            var started = session.TurnStarted();
            try
            {
                var pending = agents[seat].ActAsync(session.Views[seat], cancellationToken);
                action = pending.IsCompletedSuccessfully ? pending.Result : await WithTurnLimit(pending, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (TimeoutException)
            {
                session.Fail(seat, ProtocolRule.TurnTimeLimitExceeded, TurnLimitMessage(agents[seat]));
                break;
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                session.Fail(seat, ProtocolRule.AgentException, Describe(agents[seat], exception));
                break;
            }

            session.AfterTurn(agents, seat, action, started);
        }

        return session.Finish();
    }

    private async Task<NegotiationAction> WithTurnLimit(ValueTask<NegotiationAction> pending, CancellationToken cancellationToken)
    {
        if (_settings.TurnTimeLimit is not { } limit)
        {
            return await pending.ConfigureAwait(false);
        }

        return await pending.AsTask().WaitAsync(limit, _time, cancellationToken).ConfigureAwait(false);
    }

    private static bool AllSynchronous(IReadOnlyList<Agent> agents)
    {
        for (var i = 0; i < agents.Count; i++)
        {
            if (!agents[i].IsSynchronous)
            {
                return false;
            }
        }

        return true;
    }

    private Session Begin(IReadOnlyList<Agent> agents)
    {
        ArgumentNullException.ThrowIfNull(agents);
        var parties = _scenario.Scenario.Parties;
        if (agents.Count != parties.Length)
        {
            throw new ArgumentException(
                $"Scenario '{_scenario.Scenario.Name}' has {parties.Length} parties but {agents.Count} agents were given.", nameof(agents));
        }

        return new Session(this, agents);
    }

    private string TurnLimitMessage(Agent agent) =>
        string.Create(CultureInfo.InvariantCulture, $"agent '{agent.Name}' took longer than the turn limit of {_settings.TurnTimeLimit!.Value.TotalMilliseconds:0.###} ms");

    private static string Describe(Agent agent, Exception exception) =>
        $"agent '{agent.Name}' threw {exception.GetType().Name}: {exception.Message}";

    /// <summary>The mutable bookkeeping of one run; the protocol state itself stays an immutable value.</summary>
    private sealed class Session
    {
        private readonly NegotiationRunner _runner;
        private readonly NegotiationHistory _history;
        private readonly NegotiationTrace? _trace;
        private readonly bool _readsClock;
        private readonly long _startTimestamp;
        private readonly ImmutableArray<string> _names;
        private ProtocolViolation? _violation;

        public Session(NegotiationRunner runner, IReadOnlyList<Agent> agents)
        {
            _runner = runner;
            var settings = runner._settings;
            var budget = runner._protocol.TurnBudget ?? 1024;
            var capacity = (int)Math.Min(budget, 1 << 16);
            _history = new NegotiationHistory(capacity);
            _trace = settings.RecordTrace ? new NegotiationTrace(capacity) : null;
            _readsClock = settings.Deadline.Time is not null || settings.TurnTimeLimit is not null;
            var names = new string[agents.Count];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = agents[i].Name;
            }

            _names = ImmutableArray.Create(names);
            State = StackedAlternatingOffersState.Start(runner._protocol);
            Views = new NegotiationView[agents.Count];
            for (var seat = 0; seat < agents.Count; seat++)
            {
                var party = runner._scenario.Scenario.Parties[seat];
                var context = new AgentContext(seat, party, runner._scenario.Indexes[seat], runner._protocol, settings.AgentSeed(seat));
                Views[seat] = new NegotiationView(context, _history);
                agents[seat].Start(context);
            }

            _startTimestamp = _readsClock ? runner._time.GetTimestamp() : 0;
        }

        public StackedAlternatingOffersState State { get; private set; }

        public NegotiationView[] Views { get; }

        /// <summary>Updates the acting party's view; false when the time limit has passed.</summary>
        public bool BeforeTurn()
        {
            var time = Progress();
            if (time >= 1.0 && _runner._settings.Deadline.Time is not null && TimeProgress() >= 1.0)
            {
                State = State.WithTimeDeadline();
                return false;
            }

            var view = Views[State.NextActor];
            view.Time = time;
            view.Round = State.Round;
            view.TurnsTaken = State.TurnsTaken;
            view.CurrentOffer = State.CurrentOffer;
            view.CurrentOfferer = State.CurrentOfferer;
            return true;
        }

        public long TurnStarted() => _runner._settings.TurnTimeLimit is null ? 0 : _runner._time.GetTimestamp();

        public void AfterTurn(IReadOnlyList<Agent> agents, int seat, NegotiationAction action, long started)
        {
            if (_runner._settings.TurnTimeLimit is { } limit && _runner._time.GetElapsedTime(started) > limit)
            {
                Fail(seat, ProtocolRule.TurnTimeLimitExceeded, _runner.TurnLimitMessage(agents[seat]));
                return;
            }

            var time = Views[seat].Time;
            var step = State.Apply(action);
            if (step.IsViolation)
            {
                _violation = step.Violation! with { Message = $"agent '{agents[seat].Name}': {step.Violation!.Message}" };
                State = State.WithFailure(seat);
                return;
            }

            _trace?.Add(new TraceEntry(State.TurnsTaken, State.Round, time, seat, action.Kind, action.Outcome));
            State = step.State;
            _history.Add(action);
            var (turns, round, offer, offerer) = (State.TurnsTaken, State.Round, State.CurrentOffer, State.CurrentOfferer);
            for (var observer = 0; observer < agents.Count; observer++)
            {
                var view = Views[observer];
                view.Time = time;
                view.TurnsTaken = turns;
                view.Round = round;
                view.CurrentOffer = offer;
                view.CurrentOfferer = offerer;
                agents[observer].Observe(action, view);
            }
        }

        public void Fail(int seat, ProtocolRule rule, string message)
        {
            _violation = new ProtocolViolation(seat, rule, message);
            State = State.WithFailure(seat);
        }

        public NegotiationResult Finish()
        {
            var scenario = _runner._scenario;
            var parties = scenario.Scenario.Parties;
            var endTime = Progress();
            var agreement = State.Agreement;
            var utilities = new double[parties.Length];
            var discounted = new double[parties.Length];
            for (var j = 0; j < parties.Length; j++)
            {
                utilities[j] = agreement >= 0 ? scenario.Indexes[j].UtilityOf(agreement) : parties[j].ReservationValue;
                discounted[j] = parties[j].Discount.Apply(utilities[j], endTime);
            }

            return new NegotiationResult(
                scenario.Scenario,
                _names,
                _runner._settings,
                State.End,
                State.End is NegotiationEnd.WalkAway or NegotiationEnd.Failure ? State.EndedBy : -1,
                _violation,
                State.TurnsTaken,
                endTime,
                agreement,
                ImmutableArray.Create(utilities),
                ImmutableArray.Create(discounted),
                _trace);
        }

        /// <summary>Normalised time: the larger of rounds progress and time progress.</summary>
        private double Progress()
        {
            var rounds = State.RoundProgress;
            return _runner._settings.Deadline.Time is null ? rounds : Math.Max(rounds, TimeProgress());
        }

        private double TimeProgress() =>
            Math.Min(1.0, _runner._time.GetElapsedTime(_startTimestamp).Ticks / (double)_runner._settings.Deadline.Time!.Value.Ticks);
    }
}
