using Parley.Scenarios;
using Parley.Talks;
using Parley.Talks.Examples;
using Parley.Talks.Json;
using Parley.TestKit.Talks;

namespace Parley.Tests.Talks;

public class TalksScenarioReaderTests
{
    private const string FileName = "tiny.talks.json";

    /// <summary>A valid talks file using every field and effect; the error tests break one spot of it.</summary>
    private static readonly string Valid = TinyTalks.Text(
        ["2020-02-01", "2020-05-01"],
        events: """
            {"date": "2020-03-01", "kind": "lapse", "description": "The old deal lapses.", "source": "a newspaper",
             "effects": [{"type": "setStatusQuo", "outcome": {"share": 4}}]},
            {"date": "2020-03-02", "kind": "shift", "description": "A's option improves.",
             "effects": [{"type": "shiftReservationValue", "party": "A", "by": 0.1}, {"type": "setReservationValue", "party": "B", "value": 0.2}]},
            {"date": "2020-04-01", "kind": "furlough", "description": "No deal now costs B.",
             "effects": [{"type": "setDailyCost", "party": "B", "perDay": 0.001}]},
            {"date": "2020-04-15", "kind": "election", "description": "A new government in A.",
             "effects": [
               {"type": "replacePreferences", "party": "A", "reservationValue": 0.3, "discountFactor": 0.9, "source": "manifesto",
                "utility": {"type": "linearAdditive", "weights": {"share": 1}, "valueFunctions": {"share": {"type": "integerLinear", "offset": 0.5, "slope": 0.05}}}},
               {"type": "replaceAgent", "party": "A", "agent": "TimeDependent(e=2)"}
             ]},
            {"date": "2020-04-20", "kind": "note", "description": "Nothing changes."}
            """,
        deadlines: """{"date": "2020-03-01", "label": "the old deal lapses", "source": "the treaty"}""");

    [Fact]
    public void Parse_ValidFile_ReadsCalendarEventsDeadlinesAndAgents()
    {
        var talks = TalksScenarioReader.Parse(Valid, FileName);

        Assert.Equal("tiny", talks.Name);
        Assert.Equal(new DateOnly(2020, 1, 1), talks.Start);
        Assert.Equal(new DateOnly(2020, 12, 31), talks.End);
        Assert.Equal([1, 2], talks.Meetings.Select(m => m.Number));
        Assert.Equal(new DateOnly(2020, 5, 1), talks.Meetings[1].Date);
        Assert.Equal(10, talks.Meetings[0].Rounds);
        Assert.Equal(["Boulware", "Conceder"], talks.Agents.Select(a => a!.ToString()));
        Assert.Equal("the old deal lapses", Assert.Single(talks.Deadlines).Label);
        Assert.Equal(5, talks.Events.Length);
        Assert.Equal("a newspaper", talks.Events[0].Source);
        Assert.Equal(4, Assert.IsType<SetStatusQuo>(talks.Events[0].Effects[0]).Outcome);
        Assert.Equal(0.1, Assert.IsType<ShiftReservationValue>(talks.Events[1].Effects[0]).By);
        Assert.Equal(0.2, Assert.IsType<SetReservationValue>(talks.Events[1].Effects[1]).Value);
        Assert.Equal(0.001, Assert.IsType<SetDailyCost>(talks.Events[2].Effects[0]).PerDay);
        var replace = Assert.IsType<ReplacePreferences>(talks.Events[3].Effects[0]);
        Assert.Equal(0.3, replace.ReservationValue);
        Assert.Equal(0.9, replace.Discount!.Value.Value);
        Assert.Equal(0.75, replace.Utility.Utility([5]), 12);
        Assert.Equal("TimeDependent(e=2)", Assert.IsType<ReplaceAgent>(talks.Events[3].Effects[1]).Agent.ToString());
        Assert.Empty(talks.Events[4].Effects);
        Assert.Equal(FileName, talks.FilePath);
        Assert.Equal(Valid, talks.FileText);
    }

    [Fact]
    public void Parse_WithoutStart_OpensOnTheFirstMeetingOrEvent()
    {
        var text = Valid.Replace("\"start\": \"2020-01-01\",", "", StringComparison.Ordinal);

        var talks = TalksScenarioReader.Parse(text, FileName);

        Assert.Equal(new DateOnly(2020, 2, 1), talks.Start);
    }

    [Fact]
    public void Parse_ScenarioByBuiltInName_LoadsIt()
    {
        var text = Valid[..Valid.IndexOf("\"scenario\":", StringComparison.Ordinal)] + """
            "scenario": "job-offer",
            "start": "2020-01-01", "end": "2020-12-31",
            "meetings": [{"date": "2020-02-01", "rounds": 5}]
            }
            """;

        var talks = TalksScenarioReader.Parse(text, FileName);

        Assert.Equal("job-offer", talks.Scenario.Name);
        Assert.Equal([null, null], talks.Agents);
    }

    [Fact]
    public void Load_LeaseRenewalExample_IsValid()
    {
        var talks = TalksExamples.Load("lease-renewal");

        Assert.Equal(["lease-renewal", "sma-2019"], TalksExamples.Names);
        Assert.Equal(4, talks.Meetings.Length);
        Assert.Equal(["Landlord", "Tenant"], talks.Parties);
        Assert.Contains(talks.Events, e => e.Effects.Any(x => x is SetStatusQuo));
        Assert.Contains(talks.Events, e => e.Effects.Any(x => x is SetDailyCost));
        Assert.Contains(talks.Events, e => e.Effects.Any(x => x is ReplacePreferences));
        Assert.Contains(talks.Events, e => e.Effects.Any(x => x is ReplaceAgent));
        Assert.Contains(talks.Events, e => e.Effects.Any(x => x is ShiftReservationValue));
    }

    public static TheoryData<string, string, string, string> Breakages => new()
    {
        { "missing format", "\"format\": \"parley-talks/1\",", "", "format" },
        { "scenario format", "\"format\": \"parley-talks/1\"", "\"format\": \"parley-scenario/1\"", "format" },
        { "misspelt field", "\"meetings\":", "\"meeting\":", "meeting" },
        { "bad date", "\"date\": \"2020-05-01\"", "\"date\": \"1 May 2020\"", "meetings[1].date" },
        { "meetings out of order", "\"date\": \"2020-05-01\"", "\"date\": \"2020-01-15\"", "meetings[1].date" },
        { "meeting after the end", "\"date\": \"2020-05-01\"", "\"date\": \"2021-05-01\"", "meetings[1].date" },
        { "zero rounds", "\"rounds\": 10}]", "\"rounds\": 0}]", "meetings[1].rounds" },
        { "unknown effect type", "\"type\": \"setDailyCost\"", "\"type\": \"setDailyCosts\"", "events[2].effects[0].type" },
        { "unknown party", "\"party\": \"B\", \"perDay\"", "\"party\": \"C\", \"perDay\"", "events[2].effects[0].party" },
        { "negative daily cost", "\"perDay\": 0.001", "\"perDay\": -0.001", "events[2].effects[0].perDay" },
        { "field of another effect", "\"by\": 0.1", "\"value\": 0.1", "events[1].effects[0].value" },
        { "status quo value not in the issue", "{\"share\": 4}", "{\"share\": 11}", "events[0].effects[0].outcome.share" },
        { "status quo unknown issue", "{\"share\": 4}", "{\"shares\": 4}", "events[0].effects[0].outcome.shares" },
        { "bad agent spec", "\"agent\": \"TimeDependent(e=2)\"", "\"agent\": \"TimeDependent(e=2\"", "events[3].effects[1].agent" },
        { "events out of order", "\"date\": \"2020-04-20\"", "\"date\": \"2020-02-20\"", "events[4].date" },
        { "agent for an unknown party", "\"agents\": {\"A\"", "\"agents\": {\"Z\"", "agents.Z" },
        { "utility of the embedded scenario", "\"slope\": -0.1}}}}", "\"slope\": -0.1}}, \"extra\": 1}}", "scenario.parties[1].utility.extra" },
        { "replaced utility", "\"offset\": 0.5, \"slope\": 0.05", "\"offst\": 0.5, \"slope\": 0.05", "events[3].effects[0].utility.valueFunctions.share.offst" },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void Parse_BrokenFile_ReportsFileLineColumnAndField(string what, string find, string replace, string field)
    {
        Assert.Contains(find, Valid, StringComparison.Ordinal);
        var broken = Valid.Replace(find, replace, StringComparison.Ordinal);

        var error = Assert.Throws<ScenarioFormatException>(() => TalksScenarioReader.Parse(broken, FileName));

        Assert.Equal(FileName, error.File);
        Assert.Equal(field, error.Field);
        Assert.NotNull(error.Line);
        Assert.NotNull(error.Column);
        Assert.StartsWith($"{FileName}:{error.Line}:{error.Column}: {field}: ", error.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(what));
    }

    [Fact]
    public void Parse_ErrorLine_PointsAtTheBrokenField()
    {
        var broken = Valid.Replace("\"perDay\": 0.001", "\"perDay\": -0.001", StringComparison.Ordinal);
        var expectedLine = broken[..broken.IndexOf("\"perDay\": -0.001", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var error = Assert.Throws<ScenarioFormatException>(() => TalksScenarioReader.Parse(broken, FileName));

        Assert.Equal(expectedLine, error.Line);
    }

    [Fact]
    public void Parse_InvalidJson_ReportsTheLine()
    {
        var broken = Valid.Replace("\"rounds\": 10}]", "\"rounds\": 10]]", StringComparison.Ordinal);

        var error = Assert.Throws<ScenarioFormatException>(() => TalksScenarioReader.Parse(broken, FileName));

        Assert.Contains("invalid JSON", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void Parse_MissingScenarioFile_NamesTheReference()
    {
        var text = Valid[..Valid.IndexOf("\"scenario\":", StringComparison.Ordinal)] + """
            "scenario": "no-such-scenario.json",
            "start": "2020-01-01", "end": "2020-12-31",
            "meetings": [{"date": "2020-02-01", "rounds": 5}]
            }
            """;

        var error = Assert.Throws<ScenarioFormatException>(() => TalksScenarioReader.Parse(text, FileName));

        Assert.Equal("scenario", error.Field);
        Assert.Contains("no-such-scenario.json", error.Message, StringComparison.Ordinal);
    }
    [Fact]
    public void Parse_Assumptions_AreReadWithTheirStatus()
    {
        var text = TinyTalks.Quarterly().Replace(
            "\"description\": \"Split the pie over several meetings.\",",
            "\"description\": \"d\", \"assumptions\": [{\"name\": \"fx\", \"value\": 1166.6, \"unit\": \"won per dollar\", \"status\": \"derived\", \"source\": \"Reuters\", \"note\": \"n\"}, {\"name\": \"rate\", \"value\": 3, \"status\": \"assumed\"}],",
            StringComparison.Ordinal);

        var talks = TalksScenarioReader.Parse(text, "tiny.talks.json");

        Assert.Equal(new TalksAssumption("fx", 1166.6, "won per dollar", AssumptionStatus.Derived, "Reuters", "n"), talks.Assumption("fx"));
        Assert.Equal(AssumptionStatus.Assumed, talks.Assumption("rate")!.Status);
        Assert.Null(talks.Assumption("none"));
    }

    [Theory]
    [InlineData("{\"name\": \"fx\", \"value\": 1, \"status\": \"guessed\"}", "assumptions[0].status")]
    [InlineData("{\"name\": \"fx\", \"value\": 1, \"status\": \"sourced\"}, {\"name\": \"fx\", \"value\": 2, \"status\": \"sourced\"}", "assumptions[1].name")]
    [InlineData("{\"name\": \"fx\", \"status\": \"sourced\"}", "assumptions[0].value")]
    public void Parse_BrokenAssumption_IsALocatedError(string assumptions, string field)
    {
        var text = TinyTalks.Quarterly().Replace(
            "\"description\": \"Split the pie over several meetings.\",", $"\"description\": \"d\", \"assumptions\": [{assumptions}],", StringComparison.Ordinal);

        var error = Assert.Throws<ScenarioFormatException>(() => TalksScenarioReader.Parse(text, "tiny.talks.json"));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void Parse_ReplacePreferencesWithReservationOutcome_TakesTheNewUtilityOfThatOutcome()
    {
        var text = TinyTalks.Quarterly(events: """
            {"date": "2020-03-01", "kind": "change", "description": "d", "effects": [{"type": "replacePreferences", "party": "A", "reservationOutcome": {"share": 4},
              "utility": {"type": "linearAdditive", "weights": {"share": 1}, "valueFunctions": {"share": {"type": "integerLinear", "offset": 0.2, "slope": 0.05}}}}]}
            """);

        var talks = TalksScenarioReader.Parse(text, "tiny.talks.json");
        var state = TalksState.Start(talks, TalksSettings.For(talks).Agents).AdvanceTo(new DateOnly(2020, 3, 1));

        // 0.2 + 0.05 × 4 = 0.4
        Assert.Equal(0.4, state.Parties[0].ReservationValue, 12);
    }
}
