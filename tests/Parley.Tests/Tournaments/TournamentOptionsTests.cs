using System.Text.Json;
using Parley.Tournaments;

namespace Parley.Tests.Tournaments;

public sealed class TournamentOptionsTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private static TournamentOptions Valid() => new() { Agents = ["Boulware", "Conceder"], Scenarios = ["split"] };

    [Theory]
    [InlineData("repetitions", "Repetitions must be ≥ 1 (got 0).")]
    [InlineData("rounds", "Rounds must be ≥ 1 (got 0).")]
    [InlineData("deadline", "Rounds or Time: a tournament needs a deadline in rounds, in time, or both.")]
    [InlineData("max", "MaxAssignments must be ≥ 1 (got 0).")]
    [InlineData("agents", "Agents: name at least one agent.")]
    [InlineData("scenarios", "Scenarios: name at least one scenario.")]
    public void Build_BadField_NamesTheField(string field, string message)
    {
        var options = Valid();
        switch (field)
        {
            case "repetitions": options.Repetitions = 0; break;
            case "rounds": options.Rounds = 0; break;
            case "deadline": options.Rounds = null; break;
            case "max": options.MaxAssignments = 0; break;
            case "agents": options.Agents = []; break;
            default: options.Scenarios = []; break;
        }

        var exception = Assert.Throws<TournamentException>(() => TournamentFixtures.Build(options));

        Assert.Equal(message, exception.Message);
    }

    [Theory]
    [InlineData("Nobody", "Agents: Unknown agent 'Nobody'")]
    [InlineData("TimeDependent(x=1)", "Agents: Agent 'TimeDependent' has no parameter 'x'")]
    [InlineData("TimeDependent(e=-1)", "Agents: ")]
    [InlineData("Boulware(", "Agents: ")]
    public void Build_BadAgent_FailsBeforeAnyWork(string agent, string start)
    {
        var options = Valid();
        options.Agents.Add(agent);

        var exception = Assert.Throws<TournamentException>(() => TournamentFixtures.Build(options));

        Assert.StartsWith(start, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_AgentListedTwice_IsRefused()
    {
        var options = Valid();
        options.Agents.Add("boulware");

        var exception = Assert.Throws<TournamentException>(() => TournamentFixtures.Build(options));

        Assert.Contains("'Boulware' is listed twice (entries 1 and 3)", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_UnreadableScenario_NamesIt()
    {
        var options = Valid();
        options.Scenarios.Add("missing");

        var exception = Assert.Throws<TournamentException>(() => TournamentFixtures.Build(options));

        Assert.Equal("Scenarios: No scenario 'missing'.", exception.Message);
    }

    [Fact]
    public void Build_MorePartiesThanAgentsWithoutSelfPlay_SaysWhatToDo()
    {
        var options = Valid();
        options.Scenarios = ["favourites"];

        var exception = Assert.Throws<TournamentException>(() => TournamentFixtures.Build(options));

        Assert.Contains("'favourites' has 3 parties but only 2 agents were named", exception.Message, StringComparison.Ordinal);
        options.SelfPlay = true;
        Assert.Equal(8, TournamentFixtures.Build(options).Count); // 2³ assignments with self-play
    }

    [Fact]
    public void Options_BindFromJson_LikeFromTheCommandLine()
    {
        const string Json = """
            { "agents": ["Boulware", "TimeDependent(e=0.5)"], "scenarios": ["split", "price"], "repetitions": 3, "rounds": 50,
              "seed": 12, "selfPlay": true, "turnTimeLimit": "00:00:00.5" }
            """;

        var options = JsonSerializer.Deserialize<TournamentOptions>(Json, Web)!;
        var definition = TournamentFixtures.Build(options);

        Assert.Equal(["Boulware", "TimeDependent(e=0.5)"], definition.AgentNames);
        Assert.Equal(2 * 4 * 3, definition.Count);
        Assert.Equal(50, definition.Deadline.Rounds);
        Assert.Equal(TimeSpan.FromMilliseconds(500), definition.TurnTimeLimit);
        Assert.False(definition.IsReproducible);
    }
}
