using System.Globalization;
using Parley.Agents;
using Parley.Cli.Rendering;
using Parley.Outcomes;
using Parley.Protocols;
using Parley.Talks;

namespace Parley.Cli.Commands;

/// <summary>
/// A person at the terminal playing one party of the talks (<c>--play PARTY</c>): on each of the person's turns it shows
/// the offer on the table with the person's utility and reads one command. Asynchronous, so that stopping ("stop", or
/// the end of input) cancels the meeting in progress instead of failing it: the meeting is then not saved, and
/// <c>parley talks resume</c> starts it again.
/// </summary>
internal sealed class TalksPerson : Agent, ITalksAware
{
    private const string Help = """
        Commands:
          offer issue=value, issue=value, …   make an offer (issues left out keep the values of your last offer,
                                              else of the offer on the table, else of your best outcome)
          offer                               repeat your last offer (or offer your best outcome)
          accept                              accept the offer on the table
          walk                                walk out of this meeting (the talks go on)
          break                               break off the talks (they end without agreement)
          stop                                stop now: this meeting is not saved; resume later with 'parley talks resume'
          help                                this list, and the issues with their values
        """;

    private readonly TextReader _input;
    private readonly TextWriter _output;
    private readonly CancellationTokenSource _stop;
    private TalksView? _talks;
    private long _lastOffer = -1;
    private MeetingExit _exit = MeetingExit.WalkOut;

    public TalksPerson(TextReader input, TextWriter output, CancellationTokenSource stop)
    {
        _input = input;
        _output = output;
        _stop = stop;
    }

    public override string Name => TalksSettings.Person;

    public override bool IsSynchronous => false;

    /// <summary>Asks whether to go on to the next meeting; false (stop) on "n" or at the end of input.</summary>
    public bool ContinueTo(MeetingPlan next)
    {
        _output.Write(string.Create(CultureInfo.InvariantCulture, $"Continue to meeting {next.Number} on {next.Date:yyyy-MM-dd}? [Y/n] "));
        _output.Flush();
        var answer = _input.ReadLine();
        return answer is not null && !answer.Trim().StartsWith('n') && !answer.Trim().StartsWith('N');
    }

    public void BeginMeeting(TalksView talks)
    {
        _talks = talks;
        _lastOffer = -1;
        _exit = MeetingExit.WalkOut;
        _output.WriteLine();
        _output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"You play {talks.Party}. Meeting {talks.MeetingNumber} of {talks.Calendar.Length}, {talks.Date:yyyy-MM-dd}: {talks.Meeting.Rounds} rounds. "
            + $"Your reservation value today: {talks.ReservationValue:0.####}. {talks.DaysToEnd} days to the end of the talks ({talks.End:yyyy-MM-dd})."));
        foreach (var deadline in talks.Deadlines.Where(d => d.Date >= talks.Date))
        {
            _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {talks.DaysUntil(deadline)} days to {deadline.Date:yyyy-MM-dd}: {deadline.Label}"));
        }

        _output.WriteLine("Type 'help' for the commands.");
    }

    public MeetingExit ChooseExit(TalksView talks) => _exit;

    public override void Observe(NegotiationAction action, NegotiationView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (action.Actor == view.Seat)
        {
            return;
        }

        var party = _talks?.Parties[action.Actor] ?? $"party {action.Actor}";
        _output.WriteLine(action.Kind switch
        {
            ActionKind.Offer => string.Create(
                CultureInfo.InvariantCulture, $"  {party} offers {Describe(view, action.Outcome)} (your utility {view.UtilityOf(action.Outcome):0.####})"),
            ActionKind.Accept => $"  {party} accepts.",
            _ => $"  {party} ends the meeting.",
        });
    }

    public override ValueTask<NegotiationAction> ActAsync(NegotiationView view, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(view);
        var space = view.Context.Space;
        _output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Round {view.Round + 1} of {view.Context.Settings.Deadline.Rounds}. Your reservation value: {view.Context.ReservationValue:0.####}."));
        if (view.CurrentOffer >= 0)
        {
            var who = view.CurrentOfferer == view.Seat ? "your own offer" : $"{_talks?.Parties[view.CurrentOfferer] ?? "their"} offer";
            var utility = view.UtilityOf(view.CurrentOffer);
            var below = utility < view.Context.ReservationValue ? " (below your reservation value)" : "";
            _output.WriteLine(string.Create(
                CultureInfo.InvariantCulture, $"On the table ({who}): {Describe(view, view.CurrentOffer)}, your utility {utility:0.####}{below}"));
        }

        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _output.Write("> ");
            _output.Flush();
            var line = _input.ReadLine();
            if (line is null)
            {
                return Stop("end of input");
            }

            var text = line.Trim();
            var space2 = text.IndexOf(' ', StringComparison.Ordinal);
            var verb = (space2 < 0 ? text : text[..space2]).ToUpperInvariant();
            var rest = space2 < 0 ? string.Empty : text[(space2 + 1)..];
            switch (verb)
            {
                case "":
                    continue;
                case "A" or "ACCEPT":
                    if (!view.HasOpponentOffer)
                    {
                        _output.WriteLine("There is no offer from the other side to accept.");
                        continue;
                    }

                    return new(NegotiationAction.Accept(view.Seat));
                case "O" or "OFFER":
                    if (TryBuildOffer(view, rest, out var outcome, out var problem))
                    {
                        _lastOffer = outcome;
                        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"You offer {Describe(view, outcome)} (your utility {view.UtilityOf(outcome):0.####})."));
                        return new(NegotiationAction.Offer(view.Seat, outcome));
                    }

                    _output.WriteLine(problem);
                    continue;
                case "W" or "WALK":
                    _exit = MeetingExit.WalkOut;
                    return new(NegotiationAction.EndNegotiation(view.Seat));
                case "B" or "BREAK":
                    _exit = MeetingExit.BreakOff;
                    return new(NegotiationAction.EndNegotiation(view.Seat));
                case "S" or "STOP" or "Q" or "QUIT":
                    return Stop("stopped");
                case "?" or "H" or "HELP":
                    _output.WriteLine(Help);
                    foreach (var issue in space.Issues)
                    {
                        _output.WriteLine($"  {issue.Name}: {string.Join(", ", Enumerable.Range(0, issue.ValueCount).Select(v => OutcomeText.Format(issue.ValueAt(v))))}");
                    }

                    continue;
                default:
                    _output.WriteLine($"Unknown command '{text}'. Type 'help' for the commands.");
                    continue;
            }
        }
    }

    private ValueTask<NegotiationAction> Stop(string why)
    {
        _output.WriteLine($"({why}: the meeting in progress is not saved)");
        _stop.Cancel();
        throw new OperationCanceledException(_stop.Token);
    }

    private bool TryBuildOffer(NegotiationView view, string text, out long outcome, out string problem)
    {
        var space = view.Context.Space;
        var basis = _lastOffer >= 0 ? _lastOffer : view.CurrentOffer >= 0 ? view.CurrentOffer : view.Context.Index.OutcomeAtRank(0);
        var values = space.OutcomeAt(basis).ValueIndices.ToArray();
        foreach (var part in text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                (outcome, problem) = (-1, $"'{part}' is not issue=value. Issues: {string.Join(", ", space.Issues.Select(i => i.Name))}.");
                return false;
            }

            var name = part[..equals].Trim();
            var issue = space.Issues.FirstOrDefault(i => string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase));
            if (issue is null)
            {
                (outcome, problem) = (-1, $"There is no issue '{name}'. Issues: {string.Join(", ", space.Issues.Select(i => i.Name))}.");
                return false;
            }

            var valueText = part[(equals + 1)..].Trim().Trim('"');
            if (!TryValue(issue, valueText, out var index))
            {
                (outcome, problem) = (-1, $"'{valueText}' is not a value of {issue.Name}: {string.Join(", ", Enumerable.Range(0, issue.ValueCount).Select(v => OutcomeText.Format(issue.ValueAt(v))))}.");
                return false;
            }

            values[space.IndexOfIssue(issue.Name)] = index;
        }

        (outcome, problem) = (space.IndexOf(values), string.Empty);
        return true;
    }

    private static bool TryValue(Issue issue, string text, out int index)
    {
        for (var v = 0; v < issue.ValueCount; v++)
        {
            if (string.Equals(OutcomeText.Format(issue.ValueAt(v)), text, StringComparison.OrdinalIgnoreCase))
            {
                index = v;
                return true;
            }
        }

        index = -1;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && issue.Kind != IssueKind.Discrete
            && issue.TryIndexOf(issue.Kind == IssueKind.Integer && number == Math.Floor(number) ? IssueValue.Of((long)number) : IssueValue.Of(number), out index);
    }

    private static string Describe(NegotiationView view, long outcome) =>
        OutcomeText.Describe(view.Context.Space, view.Context.Space.OutcomeAt(outcome));
}
