using Parley.Negotiations;
using Parley.Tournaments;

namespace Parley.Tests.Tournaments;

public sealed class TournamentDefinitionTests
{
    [Fact]
    public void Match_TwoParties_EnumeratesBothOrdersOfEveryPairRepetitionFirst()
    {
        var definition = TournamentFixtures.Build(new() { Agents = ["Boulware", "Linear", "Conceder"], Scenarios = ["split", "price"], Repetitions = 2, Seed = 7 });

        // 3 agents: 6 ordered pairs per scenario, 12 per repetition, 24 in all.
        Assert.Equal(12, definition.NegotiationsPerRepetition);
        Assert.Equal(24, definition.Count);
        var seats = Enumerable.Range(0, 6).Select(a => definition.Match(a).Seats.ToArray()).ToArray();
        Assert.Equal([[0, 1], [0, 2], [1, 0], [1, 2], [2, 0], [2, 1]], seats);
        Assert.Equal((0, 1, 0L), (definition.Match(6).Repetition, definition.Match(6).Scenario, definition.Match(6).Assignment));
        Assert.Equal((1, 0, 5L), (definition.Match(17).Repetition, definition.Match(17).Scenario, definition.Match(17).Assignment));
        Assert.Equal((1, 1, 5L), (definition.Match(23).Repetition, definition.Match(23).Scenario, definition.Match(23).Assignment));
    }

    [Fact]
    public void NegotiationSeed_IsMixedFromTheTournamentSeedAndTheIndex()
    {
        var definition = TournamentFixtures.Build(new() { Agents = ["Boulware", "Linear"], Scenarios = ["split"], Repetitions = 3, Seed = 42 });

        for (long i = 0; i < definition.Count; i++)
        {
            Assert.Equal(SeedMixer.Mix(42, i), definition.Match(i).Seed);
            Assert.Equal(SeedMixer.Mix(42, i), definition.SettingsFor(i).Seed);
        }
    }

    [Fact]
    public void Match_SelfPlay_IncludesEveryAgentAgainstItself()
    {
        var definition = TournamentFixtures.Build(new() { Agents = ["Boulware", "Linear"], Scenarios = ["split"], SelfPlay = true });

        Assert.Equal([[0, 0], [0, 1], [1, 0], [1, 1]], Enumerable.Range(0, 4).Select(i => definition.Match(i).Seats.ToArray()));
    }

    [Fact]
    public void Match_ThreeParties_UsesEveryOrderedTripleOfDistinctAgents()
    {
        var definition = TournamentFixtures.Build(new() { Agents = ["Boulware", "Linear", "Conceder", "Aspiration"], Scenarios = ["favourites"] });

        var all = Enumerable.Range(0, (int)definition.Count).Select(i => string.Join(",", definition.Match(i).Seats)).ToArray();
        Assert.Equal(24, all.Length); // 4·3·2
        Assert.Equal("0,1,2", all[0]);
        Assert.Equal("0,1,3", all[1]);
        Assert.Equal("3,2,1", all[^1]);
        Assert.Equal(all.Order(StringComparer.Ordinal), all);
        Assert.Equal(24, all.Distinct().Count());
    }

    [Fact]
    public void Build_TooManyAssignments_DrawsASeededSortedSample()
    {
        TournamentOptions Options(long seed) => new()
        {
            Agents = ["Boulware", "Linear", "Conceder", "Aspiration", "TitForTat"], Scenarios = ["favourites"], MaxAssignments = 10, Seed = seed,
        };
        var definition = TournamentFixtures.Build(Options(1));
        var scenario = definition.Scenarios[0];

        Assert.True(scenario.IsSampled);
        Assert.Equal(60, scenario.PossibleAssignments);
        Assert.Equal(10, definition.Count);
        var sample = Enumerable.Range(0, 10).Select(i => string.Join(",", definition.Match(i).Seats)).ToArray();
        Assert.Equal(10, sample.Distinct().Count());
        Assert.All(sample, s => Assert.Equal(3, s.Split(',').Distinct().Count()));
        Assert.Equal(sample, Enumerable.Range(0, 10).Select(i => string.Join(",", TournamentFixtures.Build(Options(1)).Match(i).Seats)));
        Assert.NotEqual(sample, Enumerable.Range(0, 10).Select(i => string.Join(",", TournamentFixtures.Build(Options(2)).Match(i).Seats)));
    }

    [Fact]
    public void FromJson_WhatToJsonWrote_ReadsBackTheSameTournament()
    {
        var definition = TournamentFixtures.Build(new()
        {
            Agents = ["Boulware", "TimeDependent(e=0.5)", "Soft"], Scenarios = ["split", "favourites"], Repetitions = 2, Seed = -3,
            Rounds = 7, TurnTimeLimit = TimeSpan.FromMilliseconds(250), MaxAssignments = 5,
        });

        var back = TournamentDefinition.FromJson(definition.ToJson(), TournamentFixtures.Catalog, _ => throw new InvalidOperationException("content is stored"));

        Assert.Equal(definition.ToJson(), back.ToJson());
        Assert.Equal(definition.Fingerprint, back.Fingerprint);
        Assert.Equal(definition.Count, back.Count);
        for (long i = 0; i < definition.Count; i++)
        {
            Assert.Equal(definition.Match(i).Seats, back.Match(i).Seats);
            Assert.Equal(definition.SettingsFor(i), back.SettingsFor(i));
        }
    }

    [Fact]
    public void FromJson_UnknownAgent_SaysTheStoredTournamentCannotBeBuilt()
    {
        var json = TournamentFixtures.Build(new() { Agents = ["Boulware", "Soft"], Scenarios = ["split"] }).ToJson();

        var exception = Assert.Throws<TournamentException>(() => TournamentDefinition.FromJson(json));

        Assert.Contains("Unknown agent 'Soft'", exception.Message, StringComparison.Ordinal);
    }
}
