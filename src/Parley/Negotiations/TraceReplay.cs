using System.Collections.Immutable;
using System.Globalization;
using Parley.Outcomes;
using Parley.Protocols;
using Parley.Protocols.StackedAlternatingOffers;

namespace Parley.Negotiations;

/// <summary>
/// Re-checks a recorded negotiation without running any agent: re-applies every action to a fresh
/// <see cref="StackedAlternatingOffersState"/> (so every protocol rule is checked again), compares each line's turn,
/// round, time, party, outcome and utilities with what the scenario gives, re-derives the result (end, agreement,
/// utilities, discounted utilities) and compares it with the recorded one. Stops at the first problem, naming its line.
/// <para>
/// Rounds-only negotiations are checked exactly, time included. With a time deadline the clock cannot be replayed, so
/// times are only checked to be consistent (never decreasing, at least the rounds progress, below 1 while acting, 1 at a
/// time-deadline end). A failure's cause (an exception, a time-out, an illegal action the runner refused) is recorded but
/// not re-checkable: the replay checks that the failure happened on the turn of the party it names.
/// </para>
/// </summary>
public static class TraceReplay
{
    /// <summary>Replays <paramref name="trace"/> against <paramref name="scenario"/> (which must be the one it was recorded on).</summary>
    public static ReplayReport Replay(TraceFile trace, PreparedScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(scenario);
        var replay = new Replayer(trace, scenario);
        var problem = replay.Run();
        return new ReplayReport(trace, replay.ActionsReplayed, problem, problem is null ? replay.Derived : null);
    }

    private sealed class Replayer(TraceFile trace, PreparedScenario scenario)
    {
        private readonly TraceHeader _header = trace.Header;
        private readonly ImmutableArray<Scenarios.Party> _parties = scenario.Scenario.Parties;
        private readonly OutcomeSpace _space = scenario.Scenario.Space;
        private StackedAlternatingOffersState _state;

        public int ActionsReplayed { get; private set; }

        public TraceResult? Derived { get; private set; }

        private bool HasTimeDeadline => _header.Settings.Deadline.Time is not null;

        public ReplayProblem? Run()
        {
            var problem = CheckHeader();
            if (problem is not null)
            {
                return problem;
            }

            _state = StackedAlternatingOffersState.Start(new StackedAlternatingOffersSettings(
                _parties.Length, _space.Count, _header.Settings.Deadline, _header.Settings.TurnTimeLimit));
            var lastTime = 0.0;
            foreach (var action in trace.Actions)
            {
                problem = CheckAction(action, lastTime);
                if (problem is not null)
                {
                    return problem;
                }

                lastTime = action.Entry.Time;
                ActionsReplayed++;
            }

            return CheckResult(trace.Result, lastTime);
        }

        private ReplayProblem? CheckHeader()
        {
            var fingerprint = ScenarioFingerprint.Compute(scenario);
            if (fingerprint != _header.ScenarioFingerprint)
            {
                return new ReplayProblem(1, $"the trace was recorded on scenario '{_header.ScenarioName}' with fingerprint {_header.ScenarioFingerprint}, "
                    + $"but scenario '{scenario.Scenario.Name}' has fingerprint {fingerprint}: replay it against the scenario it was recorded on");
            }

            return _header.Parties.SequenceEqual(_parties.Select(p => p.Name))
                ? null
                : new ReplayProblem(1, $"the trace names parties {string.Join(", ", _header.Parties)} but the scenario has {string.Join(", ", _parties.Select(p => p.Name))}");
        }

        private ReplayProblem? CheckAction(TraceAction action, double lastTime)
        {
            var entry = action.Entry;
            var line = action.LineNumber;
            if (entry.Turn != _state.TurnsTaken)
            {
                return Problem(line, $"\"turn\" is {entry.Turn} but {_state.TurnsTaken} actions came before it");
            }

            if (entry.Round != _state.Round)
            {
                return Problem(line, $"\"round\" is {entry.Round} but turn {entry.Turn} is in round {_state.Round}");
            }

            var timeProblem = CheckActionTime(entry.Time, lastTime);
            if (timeProblem is not null)
            {
                return new ReplayProblem(line, $"turn {entry.Turn}: {timeProblem}");
            }

            if (action.Party != _parties[entry.Actor].Name)
            {
                return Problem(line, $"seat {entry.Actor} is party '{_parties[entry.Actor].Name}', not '{action.Party}'");
            }

            var step = _state.Apply(entry.Action);
            if (step.Violation is { } violation)
            {
                return Problem(line, $"turn {entry.Turn}: illegal action: party {entry.Actor} ({action.Party}) {TraceNames.Of(entry.Kind)}s, which breaks {violation.Rule}: {violation.Message}");
            }

            if (entry.Kind == ActionKind.Offer)
            {
                var outcomeProblem = CompareOutcome(action.Outcome, entry.Outcome);
                if (outcomeProblem is not null)
                {
                    return new ReplayProblem(line, $"turn {entry.Turn}: {outcomeProblem}");
                }
            }

            _state = step.State;
            var table = _state.CurrentOffer;
            if (table < 0)
            {
                return action.Utilities.IsEmpty
                    ? null
                    : Problem(line, $"turn {entry.Turn}: \"utilities\" are recorded but there is no offer on the table");
            }

            for (var j = 0; j < _parties.Length; j++)
            {
                var expected = scenario.Indexes[j].UtilityOf(table);
                if (action.Utilities.IsEmpty || action.Utilities[j] != expected)
                {
                    return Problem(line, $"turn {entry.Turn}: {_parties[j].Name}'s utility of the offer on the table (#{table}) is {Number(expected)}, "
                        + $"but the trace says {(action.Utilities.IsEmpty ? "null" : Number(action.Utilities[j]))}");
                }
            }

            return null;
        }

        private string? CheckActionTime(double time, double lastTime)
        {
            if (!HasTimeDeadline)
            {
                var expected = _state.RoundProgress;
                return time == expected ? null : $"\"time\" is {Number(time)} but a rounds deadline gives t = {Number(expected)}";
            }

            if (time < lastTime)
            {
                return $"\"time\" {Number(time)} is earlier than the previous action's {Number(lastTime)}";
            }

            if (time < _state.RoundProgress || time >= 1.0)
            {
                return $"\"time\" {Number(time)} is not in [{Number(_state.RoundProgress)}, 1): parties act before the deadline, and t is at least the rounds progress";
            }

            return null;
        }

        private ReplayProblem? CheckResult(TraceResult recorded, double lastTime)
        {
            var line = recorded.LineNumber;
            if (!_state.IsOver)
            {
                switch (recorded.End)
                {
                    case NegotiationEnd.Deadline when HasTimeDeadline:
                        _state = _state.WithTimeDeadline();
                        break;
                    case NegotiationEnd.Deadline:
                        return Problem(line, $"the result says the deadline passed, but after {_state.TurnsTaken} turns the {_header.Settings.Deadline} deadline is not reached");
                    case NegotiationEnd.Failure:
                        _state = _state.WithFailure(_state.NextActor);
                        break;
                    default:
                        return Problem(line, $"the result says {TraceNames.Of(recorded.End)}, but the actions leave the negotiation going on with party {_state.NextActor} ({_parties[_state.NextActor].Name}) to act");
                }
            }
            else if (recorded.End != _state.End)
            {
                return Problem(line, $"the actions end the negotiation by {TraceNames.Of(_state.End)}, but the result says {TraceNames.Of(recorded.End)}");
            }

            if ((recorded.End == NegotiationEnd.Failure) != (recorded.Violation is not null))
            {
                return Problem(line, recorded.Violation is null ? "a failure without \"failure\" details" : $"\"failure\" details for a negotiation that ended by {TraceNames.Of(recorded.End)}");
            }

            var endedBy = _state.End is NegotiationEnd.WalkAway or NegotiationEnd.Failure ? _state.EndedBy : -1;
            if (recorded.EndedBy != endedBy)
            {
                return Problem(line, $"\"endedBySeat\" is {Seat(recorded.EndedBy)} but the actions give {Seat(endedBy)}");
            }

            var turns = _state.TurnsTaken;
            var rounds = (turns + _parties.Length - 1) / _parties.Length;
            if (recorded.Turns != turns)
            {
                return Problem(line, $"\"turns\" is {recorded.Turns} but the trace has {turns} actions");
            }

            if (recorded.Rounds != rounds)
            {
                return Problem(line, $"\"rounds\" is {recorded.Rounds} but {turns} turns of {_parties.Length} parties start {rounds} rounds");
            }

            var endTimeProblem = CheckEndTime(recorded.EndTime, lastTime);
            if (endTimeProblem is not null)
            {
                return Problem(line, endTimeProblem);
            }

            var agreement = _state.Agreement;
            if (recorded.AgreementIndex != agreement)
            {
                return Problem(line, agreement < 0
                    ? $"the result records agreement #{recorded.AgreementIndex}, but the actions reach no agreement"
                    : $"the agreement is outcome #{agreement} ({Describe(agreement)}), but the result says {(recorded.AgreementIndex < 0 ? "none" : $"#{recorded.AgreementIndex}")}");
            }

            if (agreement >= 0 && CompareOutcome(recorded.Agreement, agreement) is { } agreementProblem)
            {
                return Problem(line, $"agreement: {agreementProblem}");
            }

            var utilities = new double[_parties.Length];
            var discounted = new double[_parties.Length];
            for (var j = 0; j < _parties.Length; j++)
            {
                utilities[j] = agreement >= 0 ? scenario.Indexes[j].UtilityOf(agreement) : _parties[j].ReservationValue;
                discounted[j] = _parties[j].Discount.Apply(utilities[j], recorded.EndTime);
                if (recorded.Utilities[j] != utilities[j])
                {
                    return Problem(line, $"{_parties[j].Name}'s utility is {Number(utilities[j])}{(agreement >= 0 ? string.Empty : " (its reservation value)")}, but the result says {Number(recorded.Utilities[j])}");
                }

                if (recorded.DiscountedUtilities[j] != discounted[j])
                {
                    return Problem(line, $"{_parties[j].Name}'s discounted utility at t = {Number(recorded.EndTime)} is {Number(discounted[j])}, but the result says {Number(recorded.DiscountedUtilities[j])}");
                }
            }

            Derived = new TraceResult(
                0,
                _state.End,
                endedBy,
                turns,
                rounds,
                recorded.EndTime,
                agreement,
                agreement >= 0 ? _space.Describe(_space.OutcomeAt(agreement).ValueIndices) : [],
                utilities,
                discounted,
                recorded.Violation);
            return null;
        }

        private string? CheckEndTime(double endTime, double lastTime)
        {
            if (!HasTimeDeadline)
            {
                return endTime == _state.RoundProgress ? null : $"\"endTime\" is {Number(endTime)} but {_state.TurnsTaken} turns of a {_header.Settings.Deadline} deadline give t = {Number(_state.RoundProgress)}";
            }

            if (_state.End == NegotiationEnd.Deadline && endTime != 1.0)
            {
                return $"\"endTime\" is {Number(endTime)} but a negotiation that reached its deadline ends at t = 1";
            }

            return endTime >= lastTime && endTime >= _state.RoundProgress && endTime <= 1.0
                ? null
                : $"\"endTime\" {Number(endTime)} is not in [{Number(Math.Max(lastTime, _state.RoundProgress))}, 1]";
        }

        /// <summary>Compares a recorded outcome (values by issue name) with the outcome at a dense index; a message or null.</summary>
        private string? CompareOutcome(ImmutableArray<KeyValuePair<string, IssueValue>> recorded, long index)
        {
            var expected = _space.Describe(_space.OutcomeAt(index).ValueIndices);
            var same = recorded.Length == expected.Count;
            for (var i = 0; same && i < expected.Count; i++)
            {
                same = recorded[i].Key == expected[i].Key && SameValue(recorded[i].Value, expected[i].Value);
            }

            return same
                ? null
                : $"outcome #{index} is {{{Describe(index)}}}, but the trace says {{{string.Join(", ", recorded.Select(p => $"{p.Key}={p.Value}"))}}}";
        }

        private static bool SameValue(IssueValue recorded, IssueValue expected) => expected.Kind == IssueKind.Discrete
            ? recorded.Kind == IssueKind.Discrete && recorded.Text == expected.Text
            : recorded.Kind != IssueKind.Discrete && recorded.AsNumber() == expected.AsNumber();

        private string Describe(long index) =>
            string.Join(", ", _space.Describe(_space.OutcomeAt(index).ValueIndices).Select(p => $"{p.Key}={p.Value}"));

        private string Seat(int seat) => seat < 0 ? "null"
            : seat < _parties.Length ? string.Create(CultureInfo.InvariantCulture, $"{seat} ({_parties[seat].Name})")
            : seat.ToString(CultureInfo.InvariantCulture);

        private static ReplayProblem Problem(int line, string message) => new(line, message);

        private static string Number(double x) => x.ToString("R", CultureInfo.InvariantCulture);
    }
}
