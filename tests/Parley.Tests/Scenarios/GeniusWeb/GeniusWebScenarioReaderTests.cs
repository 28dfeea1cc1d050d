using System.Text;
using Parley.Outcomes;
using Parley.Preferences;
using Parley.Scenarios;
using Parley.Scenarios.GeniusWeb;

namespace Parley.Tests.Scenarios.GeniusWeb;

public sealed class GeniusWebScenarioReaderTests
{
    private const string DomainJson = """
        {
          "name": "trip",
          "issuesValues": {
            "place": { "values": ["Tokyo", "Osaka", "Kyoto"] },
            "days": { "range": ["3", "6", "1"] }
          }
        }
        """;

    private static readonly string Profile1 = Profile(
        "discreteutils",
        "numberutils",
        """{ "Tokyo": 1.0, "Osaka": 0.2, "Kyoto": 0.5 }""",
        """{ "lowValue": 3, "lowUtility": 0.2, "highValue": 6, "highUtility": 1 }""",
        """{ "place": 0.6, "days": 0.4 }""",
        """{ "issuevalues": { "place": "Osaka", "days": 3 } }""");

    [Fact]
    public void ReadFolder_DomainAndProfiles_UtilityIsWeightedSumAsWritten()
    {
        var scenario = ReadFolder(("trip.json", DomainJson), ("p1.json", Profile1));

        var party = scenario.Parties[0];
        Assert.Equal("Test", scenario.Name); // a folder names its scenario
        Assert.Equal("p1", party.Name);
        Assert.IsType<TabularValueFunction>(((LinearAdditiveUtilityFunction)party.Utility).ValueFunctions[0]);
        Assert.Equal((0.6 * 0.2) + (0.4 * 0.2), Utility(party, "Osaka", 3));
        Assert.Equal((0.6 * 1.0) + (0.4 * 1.0), Utility(party, "Tokyo", 6));
        Assert.Equal((0.6 * 0.5) + (0.4 * 0.46666667), Utility(party, "Kyoto", 4)); // 0.2 + 0.8·(1/3), rounded to 8 decimals
    }

    [Fact]
    public void ReadFolder_ReservationBid_IsItsUtility()
    {
        var party = ReadFolder(("trip.json", DomainJson), ("p1.json", Profile1)).Parties[0];

        Assert.Equal(Utility(party, "Osaka", 3), party.ReservationValue);
        Assert.Equal(DiscountFactor.None, party.Discount);
    }

    [Fact]
    public void ReadFolder_NoReservationBid_IsZero()
    {
        var profile = Profile("discreteutils", "numberutils", """{ "Tokyo": 1, "Osaka": 0, "Kyoto": 0 }""", """{ "lowValue": 3, "lowUtility": 0, "highValue": 6, "highUtility": 1 }""", """{ "place": 0.5, "days": 0.5 }""", null);

        Assert.Equal(0.0, ReadFolder(("trip.json", DomainJson), ("p.json", profile)).Parties[0].ReservationValue);
    }

    [Fact]
    public void ReadFolder_LongKeySpellings_SameAsShort()
    {
        var profile = Profile1.Replace("discreteutils", "DiscreteValueSetUtilities", StringComparison.Ordinal).Replace("numberutils", "NumberValueSetUtilities", StringComparison.Ordinal);

        var shortKeys = ReadFolder(("trip.json", DomainJson), ("p.json", Profile1)).Parties[0];
        var longKeys = ReadFolder(("trip.json", DomainJson), ("p.json", profile)).Parties[0];

        Assert.Equal(Utility(shortKeys, "Kyoto", 5), Utility(longKeys, "Kyoto", 5));
    }

    [Fact]
    public void ReadFolder_PartiesInOrdinalOrder_OtherFilesSkipped()
    {
        var scenario = ReadFolder(
            ("B.json", Profile1),
            ("a.json", Profile1),
            ("notes.json", "just text"),
            ("specials.json", """{ "size": 12, "nash": [] }"""),
            ("trip.json", DomainJson));

        Assert.Equal(["B", "a"], scenario.Parties.Select(p => p.Name));
    }

    [Fact]
    public void ReadFolder_NoDomainFile_UsesEmbeddedDomain()
    {
        var scenario = ReadFolder(("p1.json", Profile1));

        Assert.Equal(["place", "days"], scenario.Space.Issues.Select(i => i.Name));
    }

    [Fact]
    public void ReadFiles_Profiles_NamedByDomain()
    {
        var scenario = GeniusWebScenarioReader.ReadFiles([File("Test/p1.json", Profile1), File("Test/p2.json", Profile1)]);

        Assert.Equal("trip", scenario.Name);
        Assert.Equal(["p1", "p2"], scenario.Parties.Select(p => p.Name));
    }

    [Theory]
    [InlineData("""["3", "6", "1"]""", IssueKind.Integer, new[] { 3.0, 4, 5, 6 })]
    [InlineData("""[3, 6, 1]""", IssueKind.Integer, new[] { 3.0, 4, 5, 6 })]
    [InlineData("""[0, 2, 0.5]""", IssueKind.Real, new[] { 0.0, 0.5, 1, 1.5, 2 })]
    [InlineData("""["1.5", "1.5", "1"]""", IssueKind.Real, new[] { 1.5 })]
    [InlineData("""[0, 10, 5]""", IssueKind.Real, new[] { 0.0, 5, 10 })]
    public void ReadFolder_Range_MapsToIntegerOrRealGrid(string range, IssueKind kind, double[] values)
    {
        var domain = $$"""{ "issuesValues": { "n": { "range": {{range}} } } }""";
        var profile = $$"""
            { "LinearAdditiveUtilitySpace": { "domain": {{domain}},
              "issueWeights": { "n": 1 },
              "issueUtilities": { "n": { "numberutils": { "lowValue": 0, "lowUtility": 0, "highValue": 10, "highUtility": 1 } } } } }
            """;

        var issue = ReadFolder(("d.json", domain), ("p.json", profile)).Space.Issues[0];

        Assert.Equal(kind, issue.Kind);
        Assert.Equal(values, Enumerable.Range(0, issue.ValueCount).Select(i => issue.ValueAt(i).AsNumber()));
    }

    [Fact]
    public void ReadFolder_ReservationOnRealGrid_Found()
    {
        var domain = """{ "issuesValues": { "x": { "range": [0.1, 0.3, 0.1] } } }""";
        var profile = $$"""
            { "LinearAdditiveUtilitySpace": { "domain": {{domain}}, "issueWeights": { "x": 1 },
              "issueUtilities": { "x": { "numberutils": { "lowValue": 0.1, "lowUtility": 0, "highValue": 0.3, "highUtility": 1 } } },
              "reservationBid": { "issuevalues": { "x": 0.2 } } } }
            """;

        var party = ReadFolder(("p.json", profile)).Parties[0];

        Assert.Equal(0.5, party.ReservationValue, 8);
    }

    [Fact]
    public void ReadFolder_RangeNotWholeSteps_FailsWithPathAndLine()
    {
        var domain = """
            {
              "issuesValues": {
                "n": { "range": [0, 1, 0.3] }
              }
            }
            """;

        var error = Assert.Throws<ScenarioFormatException>(() => ReadFolder(("d.json", domain), ("p.json", Profile1)));

        Assert.Equal("Test/d.json", error.File);
        Assert.Equal("$.issuesValues.n.range", error.Field);
        Assert.Equal((3, 12), (error.Line, error.Column));
        Assert.Equal("Test/d.json:3:12: $.issuesValues.n.range: high − low = 1 is not a whole number of steps of 0.3", error.Message);
    }

    [Fact]
    public void ReadFolder_MissingValueUtility_FailsWithPath()
    {
        var profile = Profile1.Replace("\"Kyoto\": 0.5 ", string.Empty, StringComparison.Ordinal).Replace("\"Osaka\": 0.2, ", "\"Osaka\": 0.2 ", StringComparison.Ordinal);

        var error = Assert.Throws<ScenarioFormatException>(() => ReadFolder(("trip.json", DomainJson), ("p.json", profile)));

        Assert.Equal("$.LinearAdditiveUtilitySpace.issueUtilities.place.discreteutils.valueUtilities", error.Field);
        Assert.EndsWith("has no utility for value 'Kyoto'", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void ReadFolder_UtilityOutsideUnitInterval_Fails()
    {
        var profile = Profile1.Replace("\"Tokyo\": 1.0", "\"Tokyo\": 1.5", StringComparison.Ordinal);

        var error = Assert.Throws<ScenarioFormatException>(() => ReadFolder(("trip.json", DomainJson), ("p.json", profile)));

        Assert.Equal("$.LinearAdditiveUtilitySpace.issueUtilities.place.discreteutils.valueUtilities.Tokyo", error.Field);
        Assert.Contains("utility 1.5 is outside [0, 1]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFolder_EmbeddedDomainDisagrees_Fails()
    {
        var other = DomainJson.Replace("\"Kyoto\"]", "\"Nara\"]", StringComparison.Ordinal);

        var error = Assert.Throws<ScenarioFormatException>(() => ReadFolder(("trip.json", other), ("p.json", Profile1)));

        Assert.Equal("$.LinearAdditiveUtilitySpace.domain", error.Field);
        Assert.Contains("does not agree with the domain in Test/trip.json: issue 'place'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFolder_WeightForUnknownIssue_Fails()
    {
        var profile = Profile1.Replace("""{ "place": 0.6, "days": 0.4 }""", """{ "place": 0.6, "days": 0.4, "food": 0 }""", StringComparison.Ordinal);

        var error = Assert.Throws<ScenarioFormatException>(() => ReadFolder(("trip.json", DomainJson), ("p.json", profile)));

        Assert.Equal("$.LinearAdditiveUtilitySpace.issueWeights.food", error.Field);
    }

    [Fact]
    public void ReadFolder_DiscreteUtilitiesForNumericIssue_Fails()
    {
        var profile = Profile("discreteutils", "discreteutils", """{ "Tokyo": 1, "Osaka": 0, "Kyoto": 0 }""", """{ "valueUtilities": {} }""", """{ "place": 0.5, "days": 0.5 }""", null);

        var error = Assert.Throws<ScenarioFormatException>(() => ReadFolder(("trip.json", DomainJson), ("p.json", profile)));

        Assert.Equal("$.LinearAdditiveUtilitySpace.issueUtilities.days.discreteutils", error.Field);
        Assert.Contains("which is numeric in the domain", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFolder_ReservationValueNotInIssue_Fails()
    {
        var profile = Profile1.Replace("\"place\": \"Osaka\"", "\"place\": \"Paris\"", StringComparison.Ordinal);

        var error = Assert.Throws<ScenarioFormatException>(() => ReadFolder(("trip.json", DomainJson), ("p.json", profile)));

        Assert.Equal("$.LinearAdditiveUtilitySpace.reservationBid.issuevalues.place", error.Field);
        Assert.Contains("'Paris' is not one of issue 'place''s values", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFolder_SyntaxError_ReportsLineAndColumn()
    {
        var error = Assert.Throws<ScenarioFormatException>(() => ReadFolder(("p.json", "{\n  \"LinearAdditiveUtilitySpace\": {\n    \"name\" \"x\"\n  }\n}")));

        Assert.Equal("Test/p.json", error.File);
        Assert.Equal(3, error.Line);
        Assert.StartsWith("Test/p.json:3:", error.Message, StringComparison.Ordinal);
        Assert.Contains("is not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFolder_OtherProfileKind_IsNotSupported()
    {
        var error = Assert.Throws<ScenarioFormatException>(() => ReadFolder(("p.json", """{ "SumOfGroupsUtilitySpace": {} }""")));

        Assert.Contains("profile type 'SumOfGroupsUtilitySpace' is not supported", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFolder_TwoDomains_Fails()
    {
        var error = Assert.Throws<ScenarioFormatException>(() => ReadFolder(("a.json", DomainJson), ("b.json", DomainJson), ("p.json", Profile1)));

        Assert.StartsWith("Test: has two domain files (a.json, b.json)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFolder_NoProfile_Fails()
    {
        var error = Assert.Throws<ScenarioFormatException>(() => ReadFolder(("trip.json", DomainJson)));

        Assert.Equal("Test: has no profile (a .json file holding a \"LinearAdditiveUtilitySpace\")", error.Message);
    }

    [Fact]
    public void ReadFiles_NoFiles_Throws()
    {
        Assert.Throws<ArgumentException>(() => GeniusWebScenarioReader.ReadFiles(Array.Empty<SourceFile>()));
    }

    // ---------------------------------------------------------------- helpers

    private static SourceFile File(string path, string json) => new(path, Encoding.UTF8.GetBytes(json));

    private static Scenario ReadFolder(params (string Name, string Json)[] files) =>
        GeniusWebScenarioReader.ReadFolder("Test", "Test", files.Select(f => File($"Test/{f.Name}", f.Json)));

    private static string Profile(string placeKey, string daysKey, string place, string days, string weights, string? reservation) => $$"""
        {
          "LinearAdditiveUtilitySpace": {
            "name": "p",
            "domain": {{DomainJson}},
            "issueWeights": {{weights}},
            "issueUtilities": {
              "place": { "{{placeKey}}": { "valueUtilities": {{place}} } },
              "days": { "{{daysKey}}": {{days}} }
            }{{(reservation is null ? string.Empty : $",\n    \"reservationBid\": {reservation}")}}
          }
        }
        """;

    private static double Utility(Party party, string place, int days)
    {
        var space = party.Utility.Space;
        return party.Utility.Utility([space.Issues[0].IndexOf(IssueValue.Of(place)), space.Issues[1].IndexOf(IssueValue.Of((long)days))]);
    }
}
