using Parley.Outcomes;
using Parley.Preferences;
using Parley.Scenarios;
using Parley.Scenarios.GeniusWeb;

namespace Parley.IntegrationTests.Corpus;

/// <summary>The GeniusWeb reader on the three shared GeniusWeb folders, read in place.</summary>
public sealed class GeniusWebScenarioReaderCorpusTests
{
    public static TheoryData<string, int, long> Folders() => new()
    {
        { "JapnTrip", 2, 4 * 4 * 4 * 3 },
        { "Party", 2, 4 * 4 * 4 * 4 * 3 * 4 },
        { "geniusweb-tutorial-testprofile", 1, 7 * 2 },
    };

    [Theory]
    [MemberData(nameof(Folders))]
    public void ReadFolder_CorpusFolder_PartiesAndOutcomes(string name, int parties, long outcomes)
    {
        var scenario = GeniusWebScenarioReader.ReadFolder(Support.SharedCorpus.GeniusWebFolder(name));

        Assert.Equal((parties, outcomes), (scenario.Parties.Length, scenario.Space.Count));
        Assert.All(scenario.Parties, p => Assert.Equal(DiscountFactor.None, p.Discount));
    }

    [Fact]
    public void ReadFolder_JapnTrip_HandComputedBidAndReservations()
    {
        var scenario = GeniusWebScenarioReader.ReadFolder(Support.SharedCorpus.GeniusWebFolder("JapnTrip"));
        var trip1 = scenario.Party("japantrip1");
        var trip2 = scenario.Party("japantrip2");

        // japantrip1, (Osaka, 900, 4, Sightseeing): 0.57·0.2 + 0.09·0.9 + 0.17·0.2 + 0.17·0.6 = 0.114 + 0.081 + 0.034 + 0.102 = 0.331.
        Assert.Equal(0.331, Utility(trip1, "Osaka", "900", "4", "Sightseeing"), 12);

        // Reservation bids: (Hokkaido, 300, 6, Shopping) = 0.114 + 0.018 + 0.017 + 0.051 = 0.2 for japantrip1;
        // (Hokkaido, 900, 3, Sightseeing) = 0.4·0.1 + 0.1·0.2 + 0.2·0.25 + 0.3·0.2 = 0.17 for japantrip2.
        Assert.Equal(0.2, trip1.ReservationValue, 12);
        Assert.Equal(0.17, trip2.ReservationValue, 12);
        Assert.Equal(Utility(trip1, "Hokkaido", "300", "6", "Shopping"), trip1.ReservationValue);
    }

    [Fact]
    public void ReadFolder_JapnTrip_DomainOrderKept()
    {
        var space = GeniusWebScenarioReader.ReadFolder(Support.SharedCorpus.GeniusWebFolder("JapnTrip")).Space;

        Assert.Equal(["place", "budget", "days", "purpose"], space.Issues.Select(i => i.Name));
        Assert.Equal(["900", "1800", "300", "100"], ((DiscreteIssue)space.Issues[1]).Values);
    }

    [Fact]
    public void ReadFolder_Party_UtilitiesNotRenormalised()
    {
        // Food's best utility is 0.75 in party1: GeniusWeb uses it as written.
        var party1 = GeniusWebScenarioReader.ReadFolder(Support.SharedCorpus.GeniusWebFolder("Party")).Party("party1");
        var food = ((LinearAdditiveUtilityFunction)party1.Utility).ValueFunctions[0];

        Assert.Equal(0.75, food.Evaluate(IssueValue.Of("Chips and Nuts")));
    }

    [Fact]
    public void ReadFolder_TutorialProfile_NumericRangeAndNumericReservation()
    {
        var scenario = GeniusWebScenarioReader.ReadFolder(Support.SharedCorpus.GeniusWebFolder("geniusweb-tutorial-testprofile"));
        var issue2 = Assert.IsType<IntegerIssue>(scenario.Space.Issues[0]);
        var party = scenario.Parties[0];

        Assert.Equal((12L, 18L), (issue2.Min, issue2.Max));

        // Reservation (issue1value1, 12): 0.4·0.3 + 0.6·0.2 = 0.24; (18, issue1value2): 0.4·0.9 + 0.6·0.8 = 0.84.
        Assert.Equal(0.24, party.ReservationValue, 12);
        Assert.Equal(0.84, party.Utility.Utility([6, 1]), 12);
    }

    [Fact]
    public void ReadFiles_JapnTripProfiles_AgreeWithFolder()
    {
        var folder = Support.SharedCorpus.GeniusWebFolder("JapnTrip");

        var scenario = GeniusWebScenarioReader.ReadFiles([Path.Combine(folder, "japantrip2.json"), Path.Combine(folder, "japantrip1.json")]);

        Assert.Equal("japantrip", scenario.Name);
        Assert.Equal(["japantrip2", "japantrip1"], scenario.Parties.Select(p => p.Name));
    }

    private static double Utility(Party party, params string[] values)
    {
        var space = party.Utility.Space;
        return party.Utility.Utility([.. values.Select((v, i) => space.Issues[i].IndexOf(IssueValue.Of(v)))]);
    }
}
