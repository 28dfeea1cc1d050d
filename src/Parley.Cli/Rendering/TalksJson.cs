using System.Text.Json;
using Parley.Protocols;
using Parley.Talks;

namespace Parley.Cli.Rendering;

/// <summary>
/// The <c>--json</c> output of <c>parley talks run|resume|show</c>: one object with the talks, every meeting (with every
/// action and each party's utility of each offer under that day's preferences), the events that took effect, and the
/// result; and the list of stored talks for <c>show</c> without an id.
/// </summary>
internal static class TalksJson
{
    public static string Status(TalksStatus status) => status switch
    {
        TalksStatus.Open => "open",
        TalksStatus.Agreed => "agreed",
        TalksStatus.BrokenOff => "brokenOff",
        _ => "noAgreement",
    };

    public static void Write(TextWriter output, long? id, string database, TalksSettings settings, TalksState state, int replayed, string? file) =>
        JsonOutput.Write(output, json =>
        {
            var talks = state.Talks;
            var parties = talks.Parties;
            json.WriteStartObject();
            if (id is { } talksId)
            {
                json.WriteNumber("id", talksId);
            }

            json.WriteString("db", database);
            json.WriteString("talks", talks.Name);
            if (file is not null)
            {
                json.WriteString("file", file);
            }

            json.WriteString("scenario", talks.Scenario.Name);
            json.WriteNumber("seed", settings.Seed);
            JsonOutput.WriteStrings(json, "parties", parties);
            JsonOutput.WriteStrings(json, "agents", settings.Agents.Select(a => a.ToString()));
            json.WriteString("status", Status(state.Status));
            json.WriteString("start", Date(talks.Start));
            json.WriteString("end", Date(talks.End));
            json.WriteNumber("meetingsPlanned", talks.Meetings.Length);
            json.WriteNumber("meetingsHeld", state.Meetings.Length);
            json.WriteNumber("replayedMeetings", replayed);
            json.WriteStartArray("meetings");
            for (var i = 0; i < state.Meetings.Length; i++)
            {
                WriteMeeting(json, state, i);
            }

            json.WriteEndArray();
            json.WriteStartArray("events");
            foreach (var talksEvent in state.AppliedEvents)
            {
                json.WriteStartObject();
                json.WriteString("date", Date(talksEvent.Date));
                json.WriteString("kind", talksEvent.Kind);
                json.WriteString("description", talksEvent.Description);
                if (talksEvent.Source is not null)
                {
                    json.WriteString("source", talksEvent.Source);
                }

                JsonOutput.WriteStrings(json, "parties", talksEvent.PartiesAffected(parties));
                JsonOutput.WriteStrings(json, "effects", talksEvent.Effects.Select(e => e.Describe()));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("result");
            json.WriteString("status", Status(state.Status));
            if (state.IsOver && state.Meetings.Length > 0 && state.Status != TalksStatus.NoAgreement)
            {
                json.WriteNumber("meeting", state.Meetings[^1].Record.Number);
                json.WriteString("date", Date(state.Meetings[^1].Record.Date));
            }
            else if (state.Status == TalksStatus.NoAgreement)
            {
                json.WriteString("date", Date(talks.End));
            }

            if (state.AgreementMeeting is { } agreed)
            {
                json.WritePropertyName("agreement");
                JsonOutput.WriteOutcome(json, talks.Scenario.Space, agreed.Record.Agreement);
            }
            else
            {
                json.WriteNull("agreement");
            }

            JsonOutput.WriteNumbers(json, "utilities", state.Utilities);
            JsonOutput.WriteNumbers(json, "costs", state.Costs);
            if (state.NextMeeting is { } next)
            {
                json.WriteNumber("nextMeeting", next.Number);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        });

    public static void WriteList(TextWriter output, string database, IEnumerable<TalksRecord> talks) =>
        JsonOutput.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("db", database);
            json.WriteStartArray("talks");
            foreach (var record in talks)
            {
                json.WriteStartObject();
                json.WriteNumber("id", record.Id);
                json.WriteString("name", record.Name);
                json.WriteString("status", Status(record.Status));
                json.WriteNumber("meetingsHeld", record.MeetingsHeld);
                json.WriteNumber("seed", record.Settings.Seed);
                JsonOutput.WriteStrings(json, "agents", record.Settings.Agents.Select(a => a.ToString()));
                if (record.FilePath is not null)
                {
                    json.WriteString("file", record.FilePath);
                }

                json.WriteString("fileHash", record.FileHash);
                json.WriteString("created", record.CreatedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
                json.WriteString("updated", record.UpdatedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });

    private static void WriteMeeting(Utf8JsonWriter json, TalksState state, int index)
    {
        var meeting = state.Meetings[index];
        var record = meeting.Record;
        var plan = state.Talks.Meetings[index];
        var scenario = state.MeetingScenarios[index];
        var space = scenario.Space;
        var parties = scenario.Parties;
        json.WriteStartObject();
        json.WriteNumber("number", record.Number);
        json.WriteString("date", Date(record.Date));
        json.WriteNumber("rounds", record.Rounds);
        if (plan.Location is not null)
        {
            json.WriteString("location", plan.Location);
        }

        if (plan.Minutes is { } minutes)
        {
            json.WriteNumber("minutes", minutes);
        }

        json.WriteNumber("seed", meeting.Seed);
        JsonOutput.WriteStrings(json, "agents", meeting.Agents);
        JsonOutput.WriteNumbers(json, "reservationValues", meeting.ReservationValues);
        json.WriteString("end", record.End switch
        {
            NegotiationEnd.Agreement => "agreement",
            NegotiationEnd.WalkAway => record.Exit == MeetingExit.BreakOff ? "breakOff" : "walkOut",
            NegotiationEnd.Deadline => "deadline",
            _ => "failure",
        });
        if (record.EndedBy >= 0)
        {
            json.WriteString("endedBy", parties[record.EndedBy].Name);
        }
        else
        {
            json.WriteNull("endedBy");
        }

        json.WriteNumber("turns", record.Turns);
        json.WriteNumber("endTime", record.EndTime);
        JsonOutput.WriteNumberOrNull(json, "endMinutes", plan.MinutesAt(record.EndTime));
        if (record.IsAgreement)
        {
            json.WritePropertyName("agreement");
            JsonOutput.WriteOutcome(json, space, record.Agreement);
        }
        else
        {
            json.WriteNull("agreement");
        }

        JsonOutput.WriteNumbers(json, "utilities", meeting.Utilities);
        if (record.Violation is not null)
        {
            json.WriteString("violation", record.Violation);
        }

        json.WriteStartArray("actions");
        foreach (var entry in record.Actions)
        {
            json.WriteStartObject();
            json.WriteNumber("turn", entry.Turn);
            json.WriteNumber("time", entry.Time);
            json.WriteString("party", parties[entry.Actor].Name);
            json.WriteString("action", entry.Kind switch
            {
                ActionKind.Offer => "offer",
                ActionKind.Accept => "accept",
                _ => record.Exit == MeetingExit.BreakOff ? "breakOff" : "walkOut",
            });
            if (entry.Kind == ActionKind.Offer)
            {
                json.WritePropertyName("outcome");
                JsonOutput.WriteOutcome(json, space, entry.Outcome);
                var values = space.OutcomeAt(entry.Outcome).ValueIndices.ToArray();
                JsonOutput.WriteNumbers(json, "utilities", parties.Select(p => p.Utility.Utility(values)));
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
