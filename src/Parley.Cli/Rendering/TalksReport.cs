using System.Collections.Immutable;
using System.Globalization;
using Parley.Negotiations;
using Parley.Protocols;
using Parley.Talks;
using Spectre.Console;

namespace Parley.Cli.Rendering;

/// <summary>
/// The readable timeline of <c>parley talks run|resume|show</c>: a header, then in calendar order the events between
/// meetings (with their effects) and each meeting (its condensed exchange, how it ended, walk-outs with their time), then
/// the result, or where the talks paused and how to resume them.
/// </summary>
internal static class TalksReport
{
    public static void Header(IAnsiConsole console, TalksSession session, string database, bool resumed)
    {
        var talks = session.Talks;
        console.Write(new Rule($"[bold]Talks {session.Id}[/]: {Markup.Escape(talks.Name)}").LeftJustified());
        var facts = new Grid().AddColumn().AddColumn();
        for (var seat = 0; seat < talks.Parties.Length; seat++)
        {
            facts.AddRow(Markup.Escape(talks.Parties[seat]), Markup.Escape(session.Settings.Agents[seat].ToString()));
        }

        facts.AddRow("Calendar", Markup.Escape(string.Create(
            CultureInfo.InvariantCulture, $"{talks.Meetings.Length} meetings, {talks.Start:yyyy-MM-dd} to {talks.End:yyyy-MM-dd}; {talks.Events.Length} scripted events")));
        facts.AddRow("Seed", session.Settings.Seed.ToString(CultureInfo.InvariantCulture));
        facts.AddRow("Stored in", Markup.Escape(database));
        if (resumed)
        {
            facts.AddRow("Resumed", string.Create(CultureInfo.InvariantCulture, $"{session.ReplayedMeetings} stored meetings replayed and checked"));
        }

        console.Write(facts);
        console.WriteLine();
    }

    public static void Events(IAnsiConsole console, IEnumerable<TalksEvent> events)
    {
        var any = false;
        foreach (var talksEvent in events)
        {
            any = true;
            console.MarkupLine(string.Create(
                CultureInfo.InvariantCulture,
                $"[yellow]{talksEvent.Date:yyyy-MM-dd}  {Markup.Escape(talksEvent.Kind)}[/]: {Markup.Escape(talksEvent.Description)}"));
            foreach (var effect in talksEvent.Effects)
            {
                console.MarkupLine($"    [grey]→ {Markup.Escape(effect.Describe())}[/]");
            }
        }

        if (any)
        {
            console.WriteLine();
        }
    }

    public static void MeetingHeader(IAnsiConsole console, MeetingPlan plan)
    {
        var where = plan.Location is null ? "" : $" · {plan.Location}";
        var minutes = plan.Minutes is { } m ? string.Create(CultureInfo.InvariantCulture, $" · {m} min") : "";
        console.Write(new Rule(Markup.Escape(string.Create(
            CultureInfo.InvariantCulture, $"Meeting {plan.Number} · {plan.Date:yyyy-MM-dd}{where} · {plan.Rounds} rounds{minutes}"))).LeftJustified());
        if (plan.Note is { } note)
        {
            console.MarkupLine($"[grey]{Markup.Escape(note)}[/]");
        }
    }

    public static void Meeting(IAnsiConsole console, TalksState state, int index)
    {
        var meeting = state.Meetings[index];
        var record = meeting.Record;
        var scenario = new PreparedScenario(state.MeetingScenarios[index]);
        var parties = scenario.Scenario.Parties;
        console.MarkupLine(Markup.Escape("Agents: " + string.Join(", ", parties.Select((p, i) => $"{p.Name} = {meeting.Agents[i]}"))
            + "; reservation values: " + string.Join(", ", parties.Select((p, i) => $"{p.Name} {OutcomeText.Utility(meeting.ReservationValues[i])}"))));
        if (!record.Actions.IsEmpty)
        {
            console.Write(Exchange(scenario, record));
        }

        console.MarkupLine(Ending(state, index));
        console.WriteLine();
    }

    public static void Result(IAnsiConsole console, long? id, TalksState state, string database)
    {
        var parties = state.Talks.Parties;
        string Values(ImmutableArray<double> values) => string.Join(", ", parties.Select((p, i) => $"{p} {OutcomeText.Utility(values[i])}"));
        switch (state.Status)
        {
            case TalksStatus.Agreed:
                var agreed = state.AgreementMeeting!.Record;
                console.MarkupLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"[bold green]Agreed[/] at meeting {agreed.Number} on {agreed.Date:yyyy-MM-dd}: {Markup.Escape(Outcome(state, agreed.Agreement))}"));
                console.MarkupLine(Markup.Escape($"Utilities: {Values(state.Utilities)}"));
                break;
            case TalksStatus.BrokenOff:
                var broken = state.Meetings[^1].Record;
                console.MarkupLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"[bold red]Broken off[/] by {Markup.Escape(parties[broken.EndedBy])} at meeting {broken.Number} on {broken.Date:yyyy-MM-dd}."));
                console.MarkupLine(Markup.Escape($"Reservation values: {Values(state.Utilities)}"));
                break;
            case TalksStatus.NoAgreement:
                console.MarkupLine(string.Create(
                    CultureInfo.InvariantCulture, $"[bold red]No agreement[/] by the end of the talks ({state.Talks.End:yyyy-MM-dd})."));
                console.MarkupLine(Markup.Escape($"Reservation values at the end: {Values(state.Utilities)}"));
                break;
            default:
                var next = state.NextMeeting!;
                console.MarkupLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"[bold]Paused[/] after {state.Meetings.Length} of {state.Talks.Meetings.Length} meetings; next: meeting {next.Number} on {next.Date:yyyy-MM-dd}."));
                console.MarkupLine(Markup.Escape($"Resume with: parley talks resume {id} --db {database}"));
                break;
        }

        if (state.Costs.Any(c => c > 0))
        {
            console.MarkupLine(Markup.Escape($"Costs of no deal accrued: {Values(state.Costs)}"));
        }
    }

    public static void List(IAnsiConsole console, ImmutableArray<TalksRecord> talks, string database)
    {
        if (talks.IsEmpty)
        {
            console.MarkupLine($"No talks in {Markup.Escape(database)}.");
            return;
        }

        var table = new Table().Title(Markup.Escape($"Talks in {database}"))
            .AddColumn("Id", c => c.RightAligned()).AddColumn("Name").AddColumn("Status").AddColumn("Meetings", c => c.RightAligned())
            .AddColumn("Seed", c => c.RightAligned()).AddColumn("Agents").AddColumn("Updated");
        foreach (var record in talks)
        {
            table.AddRow(
                record.Id.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(record.Name),
                TalksJson.Status(record.Status),
                record.MeetingsHeld.ToString(CultureInfo.InvariantCulture),
                record.Settings.Seed.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(string.Join(", ", record.Settings.Agents)),
                record.UpdatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        }

        console.Write(table);
    }

    /// <summary>How a meeting ended, in words (walk-outs with their turn, time and minutes).</summary>
    internal static string Ending(TalksState state, int index)
    {
        var meeting = state.Meetings[index];
        var record = meeting.Record;
        var parties = state.Talks.Parties;
        var plan = state.Talks.Meetings[index];
        var when = string.Create(CultureInfo.InvariantCulture, $"turn {record.Turns} of {record.Rounds * parties.Length}, t = {record.EndTime:0.##}")
            + (plan.MinutesAt(record.EndTime) is { } minutes ? string.Create(CultureInfo.InvariantCulture, $", after about {minutes:0} minutes") : "");
        return record.End switch
        {
            NegotiationEnd.Agreement => $"[green]Agreement[/] ({when}): {Markup.Escape(Outcome(state, record.Agreement))}; utilities "
                + Markup.Escape(string.Join(", ", parties.Select((p, i) => $"{p} {OutcomeText.Utility(meeting.Utilities[i])}"))),
            NegotiationEnd.WalkAway when record.Exit == MeetingExit.BreakOff =>
                $"[red]{Markup.Escape(parties[record.EndedBy])} broke off the talks[/] ({when}).",
            NegotiationEnd.WalkAway => $"[yellow]{Markup.Escape(parties[record.EndedBy])} walked out[/] ({when}); the talks go on.",
            NegotiationEnd.Deadline => string.Create(CultureInfo.InvariantCulture, $"No agreement within the meeting's {record.Rounds} rounds."),
            _ => $"[red]The meeting failed[/]: {Markup.Escape(record.Violation ?? "unknown")}; the talks go on.",
        };
    }

    internal static string Outcome(TalksState state, long outcome)
    {
        var space = state.Talks.Scenario.Space;
        return OutcomeText.Describe(space, space.OutcomeAt(outcome));
    }

    /// <summary>Meetings with up to this many turns are shown in full.</summary>
    internal const int FullMeeting = 16;

    /// <summary>Turns always shown at each end of a condensed meeting.</summary>
    internal const int EdgeTurns = 4;

    /// <summary>The most turns shown between the two ends of a condensed meeting.</summary>
    internal const int MiddleTurns = 8;

    /// <summary>
    /// The turns of a meeting shown in the timeline: all of them up to <see cref="FullMeeting"/>; otherwise the first and
    /// last <see cref="EdgeTurns"/> and the offers in between that moved their maker's own utility by at least a step since
    /// its last shown offer (the step starts at 0.05 and doubles until at most <see cref="MiddleTurns"/> remain).
    /// --json keeps every turn.
    /// </summary>
    internal static int[] SelectTurns(ReadOnlySpan<TraceEntry> entries, PreparedScenario scenario)
    {
        if (entries.Length <= FullMeeting)
        {
            return [.. Enumerable.Range(0, entries.Length)];
        }

        for (var step = 0.05; ; step *= 2)
        {
            var lastShown = new double?[scenario.Scenario.Parties.Length];
            for (var i = 0; i < EdgeTurns; i++)
            {
                if (entries[i].Kind == ActionKind.Offer)
                {
                    lastShown[entries[i].Actor] = scenario.Indexes[entries[i].Actor].UtilityOf(entries[i].Outcome);
                }
            }

            var middle = new List<int>();
            for (var i = EdgeTurns; i < entries.Length - EdgeTurns; i++)
            {
                var entry = entries[i];
                if (entry.Kind != ActionKind.Offer)
                {
                    middle.Add(i);
                    continue;
                }

                var own = scenario.Indexes[entry.Actor].UtilityOf(entry.Outcome);
                if (lastShown[entry.Actor] is not { } last || Math.Abs(own - last) >= step)
                {
                    middle.Add(i);
                    lastShown[entry.Actor] = own;
                }
            }

            if (middle.Count <= MiddleTurns || step >= 1)
            {
                return [.. Enumerable.Range(0, EdgeTurns), .. middle, .. Enumerable.Range(entries.Length - EdgeTurns, EdgeTurns)];
            }
        }
    }

    private static Table Exchange(PreparedScenario scenario, MeetingRecord record)
    {
        var space = scenario.Scenario.Space;
        var parties = scenario.Scenario.Parties;
        var entries = record.Actions.AsSpan();
        var table = new Table().AddColumn("Turn", c => c.RightAligned()).AddColumn("Party").AddColumn("Action");
        foreach (var party in parties)
        {
            table.AddColumn(Markup.Escape(party.Name), c => c.RightAligned());
        }

        table.AddColumn(Markup.Escape(string.Join(" · ", space.Issues.Select(i => i.Name))));
        var turns = SelectTurns(entries, scenario);
        var onTable = new long[entries.Length];
        var offer = -1L;
        for (var i = 0; i < entries.Length; i++)
        {
            offer = entries[i].Kind == ActionKind.Offer ? entries[i].Outcome : offer;
            onTable[i] = offer;
        }

        var previous = -1;
        foreach (var i in turns)
        {
            if (i > previous + 1)
            {
                var skipped = i - previous - 1;
                table.AddRow([$"[grey]…[/]", .. Enumerable.Repeat(string.Empty, parties.Length + 2), $"[grey]{skipped:N0} turn{(skipped == 1 ? "" : "s")} skipped[/]"]);
            }

            previous = i;
            var entry = entries[i];
            var cells = new List<string>
            {
                entry.Turn.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(parties[entry.Actor].Name),
                entry.Kind switch { ActionKind.Offer => "offer", ActionKind.Accept => "[green]accept[/]", _ => record.Exit == MeetingExit.BreakOff ? "[red]break off[/]" : "[yellow]walk out[/]" },
            };
            var shown = onTable[i];
            cells.AddRange(scenario.Indexes.Select(index => shown < 0 ? "–" : OutcomeText.Utility(index.UtilityOf(shown))));
            cells.Add(shown < 0 ? "–" : Markup.Escape(string.Join(" · ", space.Describe(space.OutcomeAt(shown).ValueIndices).Select(p => OutcomeText.Format(p.Value)))));
            table.AddRow([.. cells]);
        }

        return table;
    }
}
