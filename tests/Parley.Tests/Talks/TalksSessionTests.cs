using Parley.Agents;
using Parley.Agents.Catalog;
using Parley.Negotiations;
using Parley.Protocols;
using Parley.Talks;
using Parley.Talks.Agents;
using Parley.Talks.Json;
using Parley.TestKit.Agents;
using Parley.TestKit.Talks;

namespace Parley.Tests.Talks;

public class TalksSessionTests
{
    private static TalksScenario Read(string text) => TalksScenarioReader.Parse(text, "tiny.talks.json");

    private static TalksSession Start(TalksScenario talks, int seed = 0, TalksAgentFactory? factory = null, ITalksStore? store = null, Dictionary<string, AgentSpec>? agents = null) =>
        TalksSession.Start(talks, TalksSettings.For(talks, seed, agents), new TalksSessionOptions { Agents = factory, Store = store });

    /// <summary>A factory giving fixed instances to some parties and catalogued agents to the others.</summary>
    private static TalksAgentFactory With(string party, Agent agent) =>
        (name, spec) => name == party ? agent : TalksAgentCatalog.Default.Create(spec);

    [Fact]
    public void Run_WalkOut_EndsTheMeetingAndTheTalksGoOn()
    {
        var talks = Read(TinyTalks.Quarterly(agentB: "Hardliner"));
        var walker = new RecordingTalksAgent(RecordingTalksAgent.Leaving, MeetingExit.WalkOut);

        var state = Start(talks, factory: With("A", walker)).Run();

        Assert.Equal(4, state.Meetings.Length);
        Assert.All(state.Meetings, m =>
        {
            Assert.Equal(NegotiationEnd.WalkAway, m.Record.End);
            Assert.Equal(MeetingExit.WalkOut, m.Record.Exit);
            Assert.Equal(0, m.Record.EndedBy);
            Assert.Equal(1, m.Record.Turns);
        });
        Assert.Equal(TalksStatus.NoAgreement, state.Status);
    }

    [Fact]
    public void Run_BreakOff_EndsTheTalks()
    {
        var talks = Read(TinyTalks.Quarterly(agentB: "Hardliner"));
        var breaker = new RecordingTalksAgent(RecordingTalksAgent.Leaving, MeetingExit.BreakOff);

        var state = Start(talks, factory: With("A", breaker)).Run();

        var meeting = Assert.Single(state.Meetings);
        Assert.Equal(MeetingExit.BreakOff, meeting.Record.Exit);
        Assert.Equal(TalksStatus.BrokenOff, state.Status);
        Assert.Equal(new DateOnly(2020, 2, 1), state.Date);
        Assert.Equal([0.0, 0.0], state.Utilities);
    }

    [Fact]
    public void Run_PlainAgentEndingAMeeting_WalksOut()
    {
        var talks = Read(TinyTalks.Quarterly(agentB: "Hardliner"));

        var state = Start(talks, factory: With("A", new ScriptedAgent(ScriptedMove.Walk()))).Run();

        Assert.Equal(4, state.Meetings.Length);
        Assert.All(state.Meetings, m => Assert.Equal(MeetingExit.WalkOut, m.Record.Exit));
    }

    [Fact]
    public void Run_TalksAwareAgent_IsOneInstanceThatSeesEveryPreviousMeeting()
    {
        var talks = Read(TinyTalks.Quarterly(agentB: "Hardliner", events: """{"date": "2020-03-01", "kind": "news", "description": "Something happened."}"""));
        var agent = new RecordingTalksAgent(RecordingTalksAgent.Offering(10));

        var state = Start(talks, factory: With("A", agent)).Run();

        Assert.Equal(4, agent.Starts);
        Assert.Equal([1, 2, 3, 4], agent.Views.Select(v => v.MeetingNumber));
        Assert.Equal([0, 1, 2, 3], agent.Views.Select(v => v.Meetings.Length));
        Assert.Equal(talks.Meetings.Select(m => m.Date), agent.Views.Select(v => v.Date));
        Assert.Equal([0, 1, 1, 1], agent.Views.Select(v => v.Events.Length));
        Assert.Equal(state.Meetings.Select(m => m.Record), agent.Records);
        Assert.Same(agent.Records[1], agent.Views[2].Meetings[1]);
        Assert.Equal(talks.End.DayNumber - new DateOnly(2020, 8, 1).DayNumber, agent.Views[2].DaysToEnd);
    }

    [Fact]
    public void Run_ReservationShiftAndNewPreferences_AreWhatTheNextMeetingsAgentsGet()
    {
        var talks = Read(TinyTalks.Text(
            ["2020-02-01", "2020-05-01", "2020-08-01"],
            agentB: "Hardliner",
            reservationA: 0.4,
            events: """
                {"date": "2020-03-01", "kind": "shift", "description": "d", "effects": [{"type": "shiftReservationValue", "party": "A", "by": -0.25}]},
                {"date": "2020-06-01", "kind": "election", "description": "d", "effects": [
                  {"type": "replacePreferences", "party": "A", "reservationValue": 0.05,
                   "utility": {"type": "linearAdditive", "weights": {"share": 1}, "valueFunctions": {"share": {"type": "integerLinear", "offset": 0.5, "slope": 0.05}}}}]}
                """));
        var agent = new RecordingTalksAgent(RecordingTalksAgent.Offering(10));

        Start(talks, factory: With("A", agent)).Run();

        Assert.Equal([0.4, 0.15, 0.05], agent.ReservationValues.Select(r => Math.Round(r, 12)));
        Assert.Equal([0.7, 0.7, 0.85], agent.UtilitiesOfSeven.Select(u => Math.Round(u, 12)));
        Assert.Equal([0.4, 0.15, 0.05], agent.Views.Select(v => Math.Round(v.ReservationValue, 12)));
    }

    [Fact]
    public void Run_ReplaceAgentEvent_BuildsTheNewAgentForTheNextMeeting()
    {
        var talks = Read(TinyTalks.Quarterly(
            agentA: "Hardliner",
            agentB: "Hardliner",
            events: """{"date": "2020-06-01", "kind": "new team", "description": "d", "effects": [{"type": "replaceAgent", "party": "B", "agent": "Conceder"}]}"""));
        var built = new List<string>();

        var state = Start(talks, factory: (party, spec) =>
        {
            built.Add($"{party}={spec}");
            return TalksAgentCatalog.Default.Create(spec);
        }).Run();

        Assert.Equal(["A=Hardliner", "B=Hardliner", "B=Conceder", "B=Conceder"], built);
        Assert.Equal(["Hardliner", "Hardliner"], state.Meetings[1].Agents);
        Assert.Equal(["Hardliner", "Conceder"], state.Meetings[2].Agents);
    }

    [Fact]
    public void Run_SameFileAgentsAndSeed_GiveTheSameTimeline()
    {
        var talks = Read(TinyTalks.Quarterly(rounds: 6, agentA: "Random", agentB: "CalendarConceder(e=0.5; walk=0.2)"));

        var first = Start(talks, seed: 42).Run();
        var second = Start(talks, seed: 42).Run();
        var other = Start(talks, seed: 43).Run();

        Assert.Equal(first.Meetings.Length, second.Meetings.Length);
        for (var i = 0; i < first.Meetings.Length; i++)
        {
            Assert.Null(first.Meetings[i].Record.DifferenceFrom(second.Meetings[i].Record));
            Assert.Equal(first.Meetings[i].Utilities, second.Meetings[i].Utilities);
        }

        Assert.Contains(Enumerable.Range(0, Math.Min(first.Meetings.Length, other.Meetings.Length)),
            i => first.Meetings[i].Record.DifferenceFrom(other.Meetings[i].Record) is not null);
    }

    [Fact]
    public void Run_MeetingSeeds_AreMixedFromTheTalksSeedAndTheMeetingNumber()
    {
        var talks = Read(TinyTalks.Quarterly(agentA: "Hardliner", agentB: "Hardliner"));

        var state = Start(talks, seed: 7).Run();

        Assert.Equal([1, 2, 3, 4], state.Meetings.Select(m => m.Record.Number));
        Assert.Equal(Enumerable.Range(1, 4).Select(n => SeedMixer.Mix(7, n)), state.Meetings.Select(m => m.Seed));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Resume_AfterMeetingK_GivesTheUninterruptedTimeline(int k)
    {
        // No zone of agreement (A needs ≥ 5/10, B ≥ 0.75), so all four meetings are held; A's walk-outs depend on its memory
        // of B's earlier offers, and B's offers on the meeting seeds.
        var talks = Read(TinyTalks.Text(
            ["2020-02-01", "2020-05-01", "2020-08-01", "2020-11-01"],
            rounds: 8,
            agentA: "CalendarConceder(e=0.3; walk=0.15; patience=0.3)",
            agentB: "Random",
            reservationA: 0.5,
            reservationB: 0.75,
            events: """{"date": "2020-06-01", "kind": "shift", "description": "d", "effects": [{"type": "shiftReservationValue", "party": "A", "by": 0.1}]}"""));
        var uninterrupted = Start(talks, seed: 3).Run();
        var store = new InMemoryTalksStore();

        var first = Start(talks, seed: 3, store: store);
        first.Run(new TalksStop(Meetings: k));
        var resumed = await TalksSession.ResumeAsync(store, first.Id!.Value);
        var final = await resumed.RunAsync();

        Assert.Equal(4, uninterrupted.Meetings.Length);
        Assert.Contains(uninterrupted.Meetings, m => m.Record.Exit == MeetingExit.WalkOut);
        Assert.Equal(k, resumed.ReplayedMeetings);
        Assert.Equal(uninterrupted.Status, final.Status);
        Assert.Equal(uninterrupted.Meetings.Length, final.Meetings.Length);
        for (var i = 0; i < final.Meetings.Length; i++)
        {
            Assert.Null(final.Meetings[i].Record.DifferenceFrom(uninterrupted.Meetings[i].Record));
        }

        Assert.Equal(uninterrupted.Utilities, final.Utilities);
        Assert.Equal(store.LoadMeetings(first.Id.Value).Select(m => m.Record.Number), final.Meetings.Select(m => m.Record.Number));
        Assert.Equal(uninterrupted.Status, store.Find(first.Id.Value)!.Status);
    }

    [Fact]
    public async Task Resume_MeetingThatNoLongerReplays_IsRefused()
    {
        var talks = Read(TinyTalks.Quarterly(agentA: "Boulware", agentB: "Hardliner"));
        var store = new InMemoryTalksStore();
        var session = Start(talks, store: store);
        session.Run(new TalksStop(Meetings: 2));
        var stored = store.LoadMeetings(1)[1];
        var actions = stored.Record.Actions.SetItem(2, stored.Record.Actions[2] with { Outcome = 3 });
        store.Replace(1, 2, stored with { Record = stored.Record with { Actions = actions } });

        var error = await Assert.ThrowsAsync<TalksResumeException>(() => TalksSession.ResumeAsync(store, 1));

        Assert.Contains("meeting 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("turn 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resume_UnknownId_IsRefused()
    {
        await Assert.ThrowsAsync<TalksResumeException>(() => TalksSession.ResumeAsync(new InMemoryTalksStore(), 9));
    }

    [Fact]
    public async Task Run_PersonPlayingOneSide_IsAskedOnItsTurnsAndReplayedFromTheStoreOnResume()
    {
        var talks = Read(TinyTalks.Quarterly(agentB: "Hardliner"));
        var pending = new PendingAgent();
        var person = new CountedPerson(pending);
        var asked = 0;
        var store = new InMemoryTalksStore();
        var session = Start(
            talks,
            store: store,
            agents: new() { ["A"] = new AgentSpec(TalksSettings.Person) },
            factory: (party, spec) =>
            {
                asked++;
                return TalksSettings.IsPersonSpec(spec) ? person : TalksAgentCatalog.Default.Create(spec);
            });

        // Meeting 1: the person offers 8/10, then walks out after the hardliner's reply.
        var meeting = session.RunMeetingAsync();
        await Answer(person, 1, NegotiationAction.Offer(0, 8));
        await Answer(person, 2, NegotiationAction.EndNegotiation(0));
        var first = await meeting;

        // Meeting 2: the person offers 6/10, then accepts the hardliner's 0/10.
        meeting = session.RunMeetingAsync();
        await Answer(person, 3, NegotiationAction.Offer(0, 6));
        await Answer(person, 4, NegotiationAction.Accept(0));
        var second = await meeting;

        Assert.Equal(MeetingExit.WalkOut, first.Record.Exit);
        Assert.Equal(3, first.Record.Turns);
        Assert.Equal(NegotiationEnd.Agreement, second.Record.End);
        Assert.Equal(0, second.Record.Agreement);
        Assert.Equal(TalksStatus.Agreed, session.State.Status);
        Assert.Equal(2, asked);

        // The person's moves come back from the store: no one is asked again.
        var resumed = await TalksSession.ResumeAsync(store, session.Id!.Value, new TalksSessionOptions
        {
            Agents = (party, spec) => TalksSettings.IsPersonSpec(spec) ? throw new InvalidOperationException("asked the person") : TalksAgentCatalog.Default.Create(spec),
        });
        Assert.Equal(2, resumed.ReplayedMeetings);
        Assert.Equal(TalksStatus.Agreed, resumed.State.Status);
    }

    [Fact]
    public void Start_StoreWithoutFileText_IsRefused()
    {
        var file = Read(TinyTalks.Quarterly());
        var talks = new TalksScenario(file.Name, file.Scenario, file.Start, file.End, file.Meetings, agents: file.Agents);

        Assert.Throws<ArgumentException>(() => Start(talks, store: new InMemoryTalksStore()));
    }

    [Fact]
    public void Start_BadAgentInAnEvent_FailsBeforeTheFirstMeeting()
    {
        var talks = Read(TinyTalks.Quarterly(events: """{"date": "2020-06-01", "kind": "k", "description": "d", "effects": [{"type": "replaceAgent", "party": "B", "agent": "NoSuchAgent"}]}"""));
        var store = new InMemoryTalksStore();

        Assert.Throws<AgentSpecException>(() => Start(talks, store: store));
        Assert.Empty(store.List());
    }

    [Fact]
    public void For_PartyWithoutAgent_IsRefused()
    {
        var talks = Read(TinyTalks.Quarterly().Replace("\"agents\": {\"A\": \"Boulware\", \"B\": \"Conceder\"},", "", StringComparison.Ordinal));

        Assert.Throws<ArgumentException>(() => TalksSettings.For(talks));
        Assert.Equal("Linear", TalksSettings.For(talks, 0, new Dictionary<string, AgentSpec> { ["A"] = new("Linear"), ["B"] = new("Linear") }).Agents[0].Name);
        Assert.Throws<ArgumentException>(() => TalksSettings.For(talks, 0, new Dictionary<string, AgentSpec> { ["C"] = new("Linear") }));
    }

    /// <summary>Waits until the person is asked for the <paramref name="turn"/>-th time, then answers.</summary>
    private static async Task Answer(CountedPerson person, int turn, NegotiationAction action)
    {
        var timeout = DateTime.UtcNow.AddSeconds(10);
        while (person.Asked != turn || !person.Pending.IsWaiting)
        {
            Assert.True(DateTime.UtcNow < timeout, $"the person was not asked a {turn}th time");
            await Task.Delay(1);
        }

        person.Pending.Answer(action);
    }

    /// <summary>The TestKit's <see cref="PendingAgent"/> (a person-like asynchronous agent), counting how often it is asked.</summary>
    private sealed class CountedPerson(PendingAgent pending) : Agent
    {
        private int _asked;

        public PendingAgent Pending => pending;

        public int Asked => Volatile.Read(ref _asked);

        public override string Name => pending.Name;

        public override bool IsSynchronous => false;

        public override void Start(AgentContext context)
        {
            base.Start(context);
            pending.Start(context);
        }

        public override ValueTask<NegotiationAction> ActAsync(NegotiationView view, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _asked);
            return pending.ActAsync(view, cancellationToken);
        }
    }
}
