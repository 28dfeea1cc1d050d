using Parley.Outcomes;
using Parley.Preferences;
using Parley.Scenarios;
using Parley.Scenarios.Genius;

namespace Parley.IntegrationTests.Corpus;

/// <summary>The GENIUS reader on the 34 shared ANAC scenarios (research/genius-format.md §6), read in place.</summary>
public sealed class GeniusScenarioReaderCorpusTests
{
    /// <summary>
    /// Parties and outcomes per scenario (§6; real issues on the default 21-point grid). Car has 2 parties: GENIUS reads
    /// the malformed adg_deal.xml, and so does Parley. SecondHandCar cannot be read as a folder (see its own test).
    /// </summary>
    internal static readonly Dictionary<string, (int Parties, long Outcomes)> Expected = new(StringComparer.Ordinal)
    {
        ["10issuesDiscountedwithRV"] = (2, 10_000_000_000),
        ["7issues"] = (2, 10_000_000),
        ["AMPOvsCity"] = (2, 1_944_000),
        ["Amsterdam"] = (2, 3024),
        ["BankRobbery"] = (9, 18),
        ["Camera"] = (2, 3600),
        ["Car"] = (2, 15625),
        ["DogChoosing"] = (2, 270),
        ["Energy"] = (2, 390_625),
        ["EnergyGrid"] = (3, 5_764_801),
        ["EnergySmall-A"] = (2, 15625),
        ["EnglandZimbabwe"] = (2, 576),
        ["FlightBooking-B"] = (2, 36),
        ["Grocery"] = (2, 1600),
        ["IS_BT_Acquisition"] = (2, 384),
        ["IntegerDomain"] = (2, 121),
        ["ItexvsCypress"] = (2, 180),
        ["KillerRobot"] = (5, 240_000),
        ["Laptop"] = (2, 27),
        ["Movie"] = (9, 4),
        ["NewDomain-Terra"] = (3, 35840),
        ["NiceOrDie"] = (2, 3),
        ["PartyDomain"] = (9, 3072),
        ["SON"] = (26, 194_481),
        ["SecondHandCar"] = (1, 13125),
        ["SmartEnergyGrid-Grandma"] = (3, 984),
        ["SmartPhone"] = (2, 12000),
        ["Supermarket-A"] = (2, 112_896),
        ["Tram"] = (9, 972),
        ["Travel"] = (2, 188_160),
        ["TriangularFight"] = (3, 9),
        ["Ultimatum"] = (2, 9),
        ["WebService"] = (2, 2001),
        ["Wholesaler"] = (2, 56700),
    };

    /// <summary>UNCERTAIN profiles per folder (§6, "(+n)").</summary>
    private static readonly Dictionary<string, int> UncertainProfiles = new(StringComparer.Ordinal)
    {
        ["Laptop"] = 6, ["ItexvsCypress"] = 2, ["EnglandZimbabwe"] = 2, ["Amsterdam"] = 2, ["Car"] = 2, ["Grocery"] = 2,
        ["Camera"] = 2, ["IS_BT_Acquisition"] = 2, ["NiceOrDie"] = 2, ["BankRobbery"] = 2, ["Movie"] = 2, ["Tram"] = 2,
        ["SmartEnergyGrid-Grandma"] = 3, ["PartyDomain"] = 8,
    };

    public static TheoryData<string> GeniusScenarios() => [.. Support.SharedCorpus.GeniusScenarios];

    /// <summary>
    /// Reads a corpus scenario as a folder; SecondHandCar, whose dealer profile GENIUS itself cannot evaluate, is read
    /// from its domain and buyer profile.
    /// </summary>
    internal static Scenario Read(string name, GeniusReadOptions? options = null)
    {
        var folder = Support.SharedCorpus.GeniusFolder(name);
        return name == "SecondHandCar"
            ? GeniusScenarioReader.ReadFiles(Path.Combine(folder, "car_domain.xml"), [Path.Combine(folder, "car_buyer.xml")], options)
            : GeniusScenarioReader.ReadFolder(folder, options);
    }

    [Theory]
    [MemberData(nameof(GeniusScenarios))]
    public void ReadFolder_CorpusScenario_PartiesAndOutcomesAsCatalogued(string name)
    {
        var scenario = Read(name);

        Assert.Equal(Expected[name], (scenario.Parties.Length, (long)scenario.Space.Cardinality));
        Assert.All(scenario.Parties, p => Assert.True(double.IsFinite(p.ReservationValue)));
    }

    [Theory]
    [MemberData(nameof(GeniusScenarios))]
    public void ReadFolder_IncludeUncertainProfiles_AddsTheUncertainVariants(string name)
    {
        var scenario = Read(name, new GeniusReadOptions { IncludeUncertainProfiles = true });

        Assert.Equal(Expected[name].Parties + UncertainProfiles.GetValueOrDefault(name), scenario.Parties.Length);
    }

    [Fact]
    public void ReadFolder_SecondHandCar_FailsOnDealerPriceWithoutEvaluator()
    {
        // car_dealer.xml gives Price type="price" and no <evaluator>: GENIUS builds a discrete evaluator with no values
        // for the real issue and throws when it evaluates a bid. Parley refuses the file, saying why.
        var error = Assert.Throws<ScenarioFormatException>(() => GeniusScenarioReader.ReadFolder(Support.SharedCorpus.GeniusFolder("SecondHandCar")));

        Assert.Equal(
            "SecondHandCar/car_dealer.xml:88:4: issue 'Price': is real in the domain, but the profile gives it no <evaluator>; its type 'price' is not one GENIUS knows, so GENIUS reads it as a discrete issue and cannot evaluate it either",
            error.Message);
    }

    [Fact]
    public void ReadFiles_SecondHandCarBuyer_ReadsLegacyRealPrice()
    {
        var buyer = Read("SecondHandCar").Parties[0];
        var price = Assert.IsType<RealIssue>(buyer.Utility.Space.Issues[4]);
        var function = Assert.IsType<LinearValueFunction>(((LinearAdditiveUtilityFunction)buyer.Utility).ValueFunctions[4]);

        Assert.Equal((13000.0, 22666.0), (price.Min, price.Max));
        Assert.Equal((3.4, -0.00015), (function.Intercept, function.Slope));
        Assert.Equal(0.0, buyer.ReservationValue);
        Assert.Equal(DiscountFactor.None, buyer.Discount);
    }

    [Fact]
    public void ReadFolder_Laptop_BuyerBidMatchesHandWorkedValue()
    {
        // §5.1: (Macintosh, 80 Gb, 23'' LCD) scores 20/30 on every issue; weights 0.44521… + 0.37808… + 0.17676… = 1.00005.
        var buyer = Read("Laptop").Party("laptop_buyer_utility");

        var utility = Utility(buyer, "Macintosh", "80 Gb", "23'' LCD");

        Assert.Equal(0.66670, utility, 5);
        Assert.Equal(
            (0.4452125771655631 * (20.0 / 30)) + (0.37808251708013424 * (20.0 / 30)) + (0.1767567099260568 * (20.0 / 30)),
            utility);
    }

    [Fact]
    public void ReadFolder_Laptop_BidAboveOneIsCapped()
    {
        // (HP, 60 Gb, 19'' LCD) is every issue's best value: the uncapped sum is the weight sum 1.0000518…, GENIUS returns 1.
        var buyer = Read("Laptop").Party("laptop_buyer_utility");
        var weights = ((LinearAdditiveUtilityFunction)buyer.Utility).Weights;

        Assert.True(weights.Sum() > 1.00005);
        Assert.Equal(1.0, Utility(buyer, "HP", "60 Gb", "19'' LCD"));
    }

    [Fact]
    public void ReadFolder_IntegerDomain_MeasuresFromLowerBound()
    {
        // §5.4: price −5..5 with slope 0.08, offset 0.3 scores 0.3 at x = −5 (NegMAS: −0.1).
        var prof1 = Read("IntegerDomain").Party("IntegerDomain-prof1");
        var functions = ((LinearAdditiveUtilityFunction)prof1.Utility).ValueFunctions;

        Assert.Equal(0.3, functions[0].Evaluate(IssueValue.Of(-5L)));

        // U(−5, −5) = 0.75·0.3 + 0.25·clip01(0.0 + 0.1·0) = 0.225;
        // U(5, 5) = 0.75·clip01(0.3 + 0.08·10 = 1.1 → 1) + 0.25·(0.1·10) = 0.75 + 0.25 = 1.
        Assert.Equal(0.225, Utility(prof1, -5L, -5L), 15);
        Assert.Equal(1.0, Utility(prof1, 5L, 5L));
        Assert.Equal((0.75 * ((0.08 * 5) + 0.3)) + (0.25 * ((0.1 * 7) + 0.0)), Utility(prof1, 0L, 2L));
    }

    [Fact]
    public void ReadFolder_FlightBookingB_DuplicatedDateHasThreeValues()
    {
        var issue = Assert.IsType<DiscreteIssue>(Read("FlightBooking-B").Space.Issues[2]);

        Assert.Equal("DepartureDate", issue.Name);
        Assert.Equal(["Sep2_2011", "Sep3_2011", "Sep4_2011"], issue.Values);
    }

    [Fact]
    public void ReadFolder_AmpoVsCity_RepeatedValueKeepsLastEvaluation()
    {
        var ampo = Read("AMPOvsCity").Party("ampo_vs_city_ampo_space");
        var salaries = (DiscreteValueFunction)((LinearAdditiveUtilityFunction)ampo.Utility).ValueFunctions[0];

        Assert.True(salaries.TryGetEvaluation("0", out var evaluation));
        Assert.Equal(8.0, evaluation);
        Assert.Equal(8.0 / 100.0, salaries.Evaluate(IssueValue.Of("0")));
        Assert.Equal(6, ampo.Utility.Space.Issues[0].ValueCount);
    }

    [Theory]
    [InlineData("Ultimatum", "Ultimatum_util1", 0.05, 0.1)]
    [InlineData("Ultimatum", "Ultimatum_util2", 0.05, 0.1)]
    [InlineData("DogChoosing", "DogChoosing_util1", 1.0, 0.0)]
    [InlineData("NiceOrDie", "NiceOrDie1", 1.0, 0.0)]
    [InlineData("FlightBooking-B", "FlightBooking-B-prof1", 1.0, 0.25)]
    [InlineData("FlightBooking-B", "FlightBooking-B-prof2", 0.75, 0.25)]
    [InlineData("Camera", "camera_buyer_utility", 0.890596104, 0.0)]
    [InlineData("Supermarket-A", "Supermarket-A-prof1", 0.75, 0.5)]
    [InlineData("NewDomain-Terra", "NewDomain_util1", 0.3, 0.4)]
    [InlineData("NewDomain-Terra", "NewDomain_util2", 0.5, 0.4)]
    [InlineData("10issuesDiscountedwithRV", "profile-1", 0.5, 0.75)]
    public void ReadFolder_Party_DiscountAndReservationAsGenius(string scenario, string party, double discount, double reservation)
    {
        // DogChoosing writes discount 0.0 and NiceOrDie none: both mean no discount in GENIUS (validateDiscount).
        var read = Read(scenario).Party(party);

        Assert.Equal(discount, read.Discount.Value);
        Assert.Equal(discount < 1, read.Discount.IsDiscounting);
        Assert.Equal(reservation, read.ReservationValue);
    }

    [Theory]
    [InlineData("profile-1", new[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, 293.0 / 635)]
    [InlineData("profile-1", new[] { 5, 3, 8, 0, 9, 2, 7, 1, 4, 6 }, 430.0 / 635)]
    [InlineData("profile-2", new[] { 9, 9, 9, 9, 9, 9, 9, 9, 9, 9 }, 79.0 / 750)]
    public void ReadFolder_NonlinearProfile_SumOfContainingRectanglesOverMax(string party, int[] bid, double expected)
    {
        // Sums of the containing rectangles' utilities worked out from the files (maxutility 635 and 750).
        var read = Read("10issuesDiscountedwithRV").Party(party);

        Assert.IsType<HyperRectangleUtilityFunction>(read.Utility);
        Assert.Equal(expected, read.Utility.Utility(bid));
    }

    [Fact]
    public void ReadFolder_Car_RepairedProfileEqualsItsWellFormedTwin()
    {
        // adg_deal.xml needs the missing-space repair; its item evaluations match NegMAS's fixed copy.
        var deal = Read("Car").Party("adg_deal");
        var aircon = (DiscreteValueFunction)((LinearAdditiveUtilityFunction)deal.Utility).ValueFunctions[2];

        Assert.Equal([100.0, 99, 96, 83, 0], aircon.Evaluations.Select(e => e.Value));
    }

    [Fact]
    public void ReadFolder_WebService_LegacyIntegerEvaluator()
    {
        var agent = Read("WebService").Party("web_service_agent_A");

        Assert.Equal(1.0, agent.Utility.Utility([0]));
        Assert.Equal((-0.0005 * 1000) + 1, agent.Utility.Utility([1000]));
    }

    private static double Utility(Party party, params object[] values)
    {
        var space = party.Utility.Space;
        var indices = new int[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            indices[i] = space.Issues[i].IndexOf(values[i] is string s ? IssueValue.Of(s) : IssueValue.Of((long)values[i]));
        }

        return party.Utility.Utility(indices);
    }
}
