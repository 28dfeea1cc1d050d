using System.Text;
using Parley.Outcomes;
using Parley.Preferences;
using Parley.Scenarios;
using Parley.Scenarios.Genius;
using static Parley.Tests.Scenarios.Genius.GeniusText;

namespace Parley.Tests.Scenarios.Genius;

public sealed class GeniusScenarioReaderTests
{
    // ---------------------------------------------------------------- semantics

    [Fact]
    public void ReadFiles_AdditiveProfile_UtilityIsGeniusWeightedSum()
    {
        var party = ReadParty(Domain, Profile);

        // Σ wᵢ·eᵢ in domain order: discrete evaluation / max, integer clip01(offset + slope·(x − lb)), real clip01(p0 + p1·x).
        Assert.Equal((0.5 * (7.0 / 7.0)) + (0.2 * ((0.1 * 0) + 0.05)) + (0.3 * 1.0), Utility(party, "red", 1, 10.0));
        Assert.Equal((0.5 * (3.0 / 7.0)) + (0.2 * ((0.1 * 9) + 0.05)) + (0.3 * ((-0.025 * 40.0) + 1.5)), Utility(party, "blue", 10, 40.0));
        Assert.Equal((0.5 * 0.0) + (0.2 * ((0.1 * 4) + 0.05)) + (0.3 * ((-0.025 * 25.0) + 1.5)), Utility(party, "green", 5, 25.0));
    }

    [Fact]
    public void ReadFiles_Profile_ReadsDiscountAndReservation()
    {
        var party = ReadParty(Domain, Profile);

        Assert.Equal(0.75, party.Discount.Value);
        Assert.Equal(0.25, party.ReservationValue);
        Assert.Equal("p", party.Name);
    }

    [Fact]
    public void ReadFiles_Domain_KeepsIssueOrderAndKinds()
    {
        var space = Read(Domain, ("p", Profile)).Space;

        Assert.Equal(["Colour", "Qty", "Price"], space.Issues.Select(i => i.Name));
        Assert.Equal([IssueKind.Discrete, IssueKind.Integer, IssueKind.Real], space.Issues.Select(i => i.Kind));
        Assert.Equal(3 * 10 * 21, space.Count);
    }

    [Fact]
    public void ReadFiles_RealGridPointsOption_SetsTheGrid()
    {
        var scenario = GeniusScenarioReader.ReadFiles(
            File("Test/domain.xml", Domain), [File("Test/p.xml", Profile)], new GeniusReadOptions { RealGridPoints = 4 });

        var price = Assert.IsType<RealIssue>(scenario.Space.Issues[2]);
        Assert.Equal([10.0, 20.0, 30.0, 40.0], Enumerable.Range(0, 4).Select(price.NumberAt));
    }

    [Fact]
    public void ReadFiles_WeightsBeforeIssues_SameUtilitiesAsAfter()
    {
        const string Issues = """
            <issue index="1" name="I"><item value="a" evaluation="2"/><item value="b" evaluation="8"/></issue>
            <issue index="2" name="J"><item value="c" evaluation="1"/><item value="d" evaluation="4"/></issue>
            """;
        const string Weights = """<weight index="2" value="0.7"/><weight index="1" value="0.3"/>""";
        var domain = """
            <negotiation_template><utility_space><objective index="0">
              <issue index="1" name="I"><item value="a"/><item value="b"/></issue>
              <issue index="2" name="J"><item value="c"/><item value="d"/></issue>
            </objective></utility_space></negotiation_template>
            """;

        var after = ReadParty(domain, $"<utility_space><objective index=\"0\">{Issues}{Weights}</objective></utility_space>");
        var before = ReadParty(domain, $"<utility_space><objective index=\"0\">{Weights}{Issues}</objective></utility_space>");

        Assert.Equal([0.3, 0.7], ((LinearAdditiveUtilityFunction)before.Utility).Weights);
        Assert.Equal((0.3 * (2.0 / 8.0)) + (0.7 * (4.0 / 4.0)), Utility(before, "a", "d"));
        Assert.Equal(Utility(after, "a", "d"), Utility(before, "a", "d"));
    }

    [Fact]
    public void ReadFiles_SumAboveOne_IsCappedAtOne()
    {
        var party = ReadParty(Domain, Profile.Replace("""<weight index="1" value="0.5"/>""", """<weight index="1" value="0.9"/>""", StringComparison.Ordinal));

        Assert.Equal(1.0, Utility(party, "red", 10, 10.0));
    }

    [Fact]
    public void ReadFiles_WeightsNotSummingToOne_AreNotRenormalised()
    {
        var party = ReadParty(Domain, Profile.Replace("""<weight index="1" value="0.5"/>""", """<weight index="1" value="0.25"/>""", StringComparison.Ordinal));

        Assert.Equal([0.25, 0.2, 0.3], ((LinearAdditiveUtilityFunction)party.Utility).Weights);
        Assert.Equal((0.25 * 1.0) + (0.2 * 0.05) + (0.3 * 1.0), Utility(party, "red", 1, 10.0));
    }

    [Fact]
    public void ReadFiles_RepeatedItemValue_LastEvaluationWins()
    {
        // AMPOvsCity lists value "0" twice (0, then 8); GENIUS keeps the last (HashMap.put), and the maximum is 10.
        var party = ReadParty(DiscreteDomain("0", "200"), DiscreteProfile(("0", "0"), ("0", "8"), ("200", "10")));

        Assert.Equal(8.0 / 10.0, Utility(party, "0"));
        Assert.Equal([8.0, 10.0], ((DiscreteValueFunction)((LinearAdditiveUtilityFunction)party.Utility).ValueFunctions[0]).Evaluations.Select(e => e.Value));
    }

    [Fact]
    public void ReadFiles_RepeatedLastValueIsLower_MaximumIgnoresOverwrittenEvaluation()
    {
        var party = ReadParty(DiscreteDomain("a", "b"), DiscreteProfile(("a", "100"), ("b", "5"), ("a", "10")));

        Assert.Equal(5.0 / 10.0, Utility(party, "b"));
        Assert.Equal(1.0, Utility(party, "a"));
    }

    [Fact]
    public void ReadFiles_ItemWithoutEvaluation_SkippedAsGenius()
    {
        var profile = DiscreteProfile(("a", "null"), ("b", "4"), ("a", "1"))
            .Replace("""<item index="1" value="a" evaluation="null"/>""", """<item index="1" value="a" evaluation="null"/><item value="b"/>""", StringComparison.Ordinal);

        var party = ReadParty(DiscreteDomain("a", "b"), profile);

        Assert.Equal(0.25, Utility(party, "a"));
        Assert.Equal(1.0, Utility(party, "b"));
    }

    [Fact]
    public void ReadFiles_DomainRepeatsValue_KeepsDistinctValuesInFirstOrder()
    {
        // FlightBooking-B lists Sep4_2011 twice, with the same item index.
        var domain = DiscreteDomain("Sep2", "Sep3", "Sep4", "Sep4");
        var scenario = Read(domain, ("p", DiscreteProfile(("Sep2", "1"), ("Sep3", "2"), ("Sep4", "3"))));

        Assert.Equal(["Sep2", "Sep3", "Sep4"], ((DiscreteIssue)scenario.Space.Issues[0]).Values);
    }

    [Fact]
    public void ReadFiles_ItemsInAnotherOrderWithSameIndex_MatchedByValueText()
    {
        var party = ReadParty(
            DiscreteDomain("x", "y", "z"),
            """
            <utility_space><objective index="0">
              <issue index="1" name="I">
                <item index="1" value="z" evaluation="1"/>
                <item index="1" value="x" evaluation="4"/>
                <item index="1" value="y" evaluation="2"/>
              </issue>
              <weight index="1" value="1"/>
            </objective></utility_space>
            """);

        Assert.Equal([1.0, 0.5, 0.25], new[] { "x", "y", "z" }.Select(v => Utility(party, v)));
    }

    [Fact]
    public void ReadFiles_ProfileIssueIndexDiffers_MatchedByName()
    {
        var party = ReadParty(
            DiscreteDomain("x", "y"),
            """
            <utility_space><objective index="0">
              <issue index="7" name="I"><item value="x" evaluation="1"/><item value="y" evaluation="3"/></issue>
              <weight index="7" value="1"/>
            </objective></utility_space>
            """);

        Assert.Equal(1.0 / 3.0, Utility(party, "x"));
    }

    [Fact]
    public void ReadFiles_ProfileIssueNameDiffers_MatchedByIndex()
    {
        var party = ReadParty(
            DiscreteDomain("x", "y"),
            """
            <utility_space><objective index="0">
              <issue index="1" name="Renamed"><item value="x" evaluation="1"/><item value="y" evaluation="2"/></issue>
              <weight index="1" value="1"/>
            </objective></utility_space>
            """);

        Assert.Equal(0.5, Utility(party, "x"));
    }

    [Fact]
    public void ReadFiles_DomainIssueTypes_ResolvedAsGenius()
    {
        var scenario = Read(
            """
            <negotiation_template><utility_space><objective index="0">
              <issue index="1" name="NoType" vtype="integer"><item value="a"/></issue>
              <issue index="2" name="TypeWins" type="integer" vtype="discrete" lowerbound="0" upperbound="2"/>
              <issue index="3" name="Unknown" type="price"><item value="b"/></issue>
              <issue index="4" name="Upper" type="INTEGER" lowerbound="0" upperbound="1"/>
            </objective></utility_space></negotiation_template>
            """,
            ("p", """
            <utility_space><objective index="0">
              <issue index="1" name="NoType"><item value="a" evaluation="1"/></issue>
              <issue index="2" name="TypeWins"><evaluator ftype="linear" slope="0.5" offset="0"/></issue>
              <issue index="3" name="Unknown" type="price"><item value="b" evaluation="1"/></issue>
              <issue index="4" name="Upper"><evaluator ftype="linear" slope="1" offset="0"/></issue>
              <weight index="1" value="0.25"/><weight index="2" value="0.25"/><weight index="3" value="0.25"/><weight index="4" value="0.25"/>
            </objective></utility_space>
            """));

        Assert.Equal([IssueKind.Discrete, IssueKind.Integer, IssueKind.Discrete, IssueKind.Integer], scenario.Space.Issues.Select(i => i.Kind));
    }

    [Fact]
    public void ReadFiles_IntegerEvaluator_MeasuresFromProfileLowerBound()
    {
        // IntegerDomain: bounds −5..5, slope 0.08, offset 0.3: at x = −5 GENIUS scores 0.3 (NegMAS: −0.1).
        var domain = IntegerDomain(-5, 5);
        var party = ReadParty(domain, IntegerProfile("""lowerbound="-5" upperbound="5" """, """<evaluator ftype="linear" slope="0.08" offset="0.3"/>"""));

        Assert.Equal(0.3, Utility(party, -5));
        Assert.Equal((0.08 * 5) + 0.3, Utility(party, 0));
        Assert.Equal(1.0, Utility(party, 5)); // 1.1 clipped
    }

    [Fact]
    public void ReadFiles_IntegerProfileBoundsDifferFromDomain_ProfileBoundIsUsed()
    {
        // TestIntDomain's test_util4 declares 0..0 where the domain says 1..7.
        var party = ReadParty(IntegerDomain(1, 7), IntegerProfile("""lowerbound="0" upperbound="0" """, """<evaluator ftype="linear" slope="0.1" offset="0"/>"""));

        Assert.Equal(0.1, Utility(party, 1));
        var function = (IntegerLinearValueFunction)((LinearAdditiveUtilityFunction)party.Utility).ValueFunctions[0];
        Assert.Equal((0L, 0L), (function.LowerBound, function.UpperBound));
    }

    [Fact]
    public void ReadFiles_LegacyIntegerFormat_ReadsRangeAndParameters()
    {
        // web_service: bounds in a <range> child, evaluator parameter0 (intercept) / parameter1 (slope) on the absolute value.
        var scenario = Read(
            """
            <negotiation_template><utility_space><objective index="1">
              <issue index="2" name="Revenue" type="integer"><range lowerbound="0" upperbound="2000"></range></issue>
            </objective></utility_space></negotiation_template>
            """,
            ("A", """
            <utility_space><objective index="1">
              <issue index="2" name="Revenue" type="integer"><range lowerbound="0" upperbound="2000"/>
                <evaluator etype="integer" parameter0="1" parameter1="-0.0005" ftype="linear"/>
              </issue>
              <weight index="2" value="1.0"/>
            </objective></utility_space>
            """));

        var issue = Assert.IsType<IntegerIssue>(scenario.Space.Issues[0]);
        Assert.Equal((0L, 2000L), (issue.Min, issue.Max));
        Assert.Equal(1.0, Utility(scenario.Parties[0], 0));
        Assert.Equal((-0.0005 * 1000) + 1, Utility(scenario.Parties[0], 1000));
        Assert.Equal(0.0, Utility(scenario.Parties[0], 2000), 15);
    }

    [Fact]
    public void ReadFiles_RealEvaluators_LinearTriangularConstant()
    {
        var scenario = Read(
            """
            <negotiation_template><utility_space><objective index="0">
              <issue index="1" name="A" type="real"><range lowerbound="0" upperbound="1"/></issue>
              <issue index="2" name="B" type="real"><range lowerbound="0" upperbound="1"/></issue>
              <issue index="3" name="C" type="real"><range lowerbound="0" upperbound="1"/></issue>
            </objective></utility_space></negotiation_template>
            """,
            ("p", """
            <utility_space><objective index="0">
              <issue index="1" name="A" type="real"><evaluator ftype="linear" parameter0="2" parameter1="-3"/></issue>
              <issue index="2" name="B" type="real"><evaluator ftype="triangular" parameter0="0" parameter1="1" parameter2="0.5"/></issue>
              <issue index="3" name="C" type="real"><evaluator ftype="constant" parameter0="0.4"/></issue>
              <weight index="1" value="0.2"/><weight index="2" value="0.3"/><weight index="3" value="0.5"/>
            </objective></utility_space>
            """));

        var functions = ((LinearAdditiveUtilityFunction)scenario.Parties[0].Utility).ValueFunctions;
        Assert.IsType<LinearValueFunction>(functions[0]);
        Assert.IsType<TriangularValueFunction>(functions[1]);
        Assert.IsType<ConstantValueFunction>(functions[2]);
        Assert.Equal((0.2 * 1.0) + (0.3 * 0.0) + (0.5 * 0.4), Utility(scenario.Parties[0], 0.0, 0.0, 0.0));
        Assert.Equal((0.2 * 0.0) + (0.3 * 1.0) + (0.5 * 0.4), Utility(scenario.Parties[0], 1.0, 0.5, 1.0));
    }

    [Theory]
    [InlineData("""<discount_factor value="0.0"/>""", 1.0)]
    [InlineData("""<discount_factor value="2"/>""", 1.0)]
    [InlineData("""<discount_factor value="1"/>""", 1.0)]
    [InlineData("""<discount_factor value="0.05"/>""", 0.05)]
    [InlineData("", 1.0)]
    [InlineData("""<discount_factor><value>0.5</value></discount_factor>""", 1.0)]
    [InlineData("""<discount_factor value="s"/>""", 1.0)]
    public void ReadFiles_DiscountFactor_ReadAsGenius(string element, double expected)
    {
        var party = ReadParty(DiscreteDomain("a"), DiscreteProfile([("a", "1")], element));

        Assert.Equal(expected, party.Discount.Value);
    }

    [Fact]
    public void ReadFiles_ReservationBeforeObjective_IsRead()
    {
        var party = ReadParty(
            DiscreteDomain("a"),
            """
            <utility_space>
              <reservation value="0.3068" />
              <objective index="0"><issue index="1" name="I"><item value="a" evaluation="1"/></issue><weight index="1" value="1"/></objective>
            </utility_space>
            """);

        Assert.Equal(0.3068, party.ReservationValue);
        Assert.Equal(DiscountFactor.None, party.Discount);
    }

    [Fact]
    public void ReadFiles_NoReservation_IsZero()
    {
        Assert.Equal(0.0, ReadParty(DiscreteDomain("a"), DiscreteProfile(("a", "1"))).ReservationValue);
    }

    [Fact]
    public void ReadFiles_ElementsGeniusIgnores_AreIgnored()
    {
        var party = Read(
            """
            <negotiation_template number_of_sessions="1">
              <agent class="agents.X" name="Buyer" utility_space="buyer.xml"/>
              <utility_space number_of_issues="0">
                <discount_factor><value>0.89</value></discount_factor>
                <objective index="0" name="Car" description="">
                  <issue index="1" name="I" type="discrete"><item index="1" value="good" cost="700" description="d"/><item index="2" value="bad"/></issue>
                </objective>
              </utility_space>
            </negotiation_template>
            """,
            ("p", """
            <utility_space number_of_issues="1">
              <objective index="0" name="Car">
                <issue index="1" name="I" type="discrete">
                  <item index="1" value="good" evaluation="4" cost="700"/>
                  <item index="2" value="bad" evaluation="1"/>
                  <rationality_factor value="0.5"/>
                  <similarity_function weight="0.2"><criteria_function weight="1">
                    <item index="1" value="good" evaluation="1"/>
                    <item index="6" value="unspecified" evaluation="0"/>
                  </criteria_function></similarity_function>
                </issue>
                <weight index="1" value="1"/>
              </objective>
            </utility_space>
            """)).Parties[0];

        Assert.Equal(0.25, Utility(party, "bad"));
        Assert.Equal(DiscountFactor.None, party.Discount);
    }

    [Fact]
    public void ReadFiles_Nonlinear_SumsContainingRectanglesOverMaxUtility()
    {
        var scenario = Read(IntegerDomain(0, 9, issues: 2), ("p", """
            <!-- profile 1 -->
            <?xml version="1.0" encoding="utf-8" ?>
            <utility_space type="nonlinear">
              <objective index="0" name="root">
                <issue index="1" name="I1" type="integer" lowerbound="0" upperbound="9"/>
                <issue index="2" name="I2" type="integer" lowerbound="0" upperbound="9"/>
                <utility maxutility="100">
                  <ufun type="PlainUfun" weight="1" aggregation="sum">
                    <hyperRectangle utility="40"><INCLUDES index="1" min="0" max="4"/></hyperRectangle>
                    <hyperRectangle utility="30" weight="2"><INCLUDES index="1" min="3" max="9"/><INCLUDES index="2" min="5" max="5"/></hyperRectangle>
                    <hyperRectangle utility="10"></hyperRectangle>
                  </ufun>
                </utility>
              </objective>
              <discount_factor value="0.50" />
              <reservation value="0.75" />
            </utility_space>
            """));

        var party = scenario.Parties[0];
        Assert.IsType<HyperRectangleUtilityFunction>(party.Utility);
        Assert.Equal((40 + 10) / 100.0, Utility(party, 0, 0));
        Assert.Equal(1.0, Utility(party, 4, 5)); // (40 + 2·30 + 10) / 100 = 1.1, capped
        Assert.Equal((60 + 10) / 100.0, Utility(party, 9, 5));
        Assert.Equal(10 / 100.0, Utility(party, 9, 0));
        Assert.Equal((0.5, 0.75), (party.Discount.Value, party.ReservationValue));
    }

    // ---------------------------------------------------------------- well-formedness quirks

    [Fact]
    public void ReadFiles_CommentBeforeDeclaration_IsSkipped()
    {
        var party = ReadParty(DiscreteDomain("a", "b"), "<!-- profile 1 -->\n<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n" + DiscreteProfile(("a", "1"), ("b", "2")));

        Assert.Equal(0.5, Utility(party, "a"));
    }

    [Fact]
    public void ReadFiles_BareAmpersand_IsAValueCharacter()
    {
        var scenario = Read(DiscreteDomain("the good, the bad & the ugly", "a &amp; b"), ("p", DiscreteProfile(("the good, the bad & the ugly", "1"), ("a & b", "2"))));

        Assert.Equal(["the good, the bad & the ugly", "a & b"], ((DiscreteIssue)scenario.Space.Issues[0]).Values);
        Assert.Equal(0.5, Utility(scenario.Parties[0], "the good, the bad & the ugly"));
    }

    [Fact]
    public void ReadFiles_NoSpaceBetweenAttributes_IsRead()
    {
        // Car/adg_deal.xml: type="discrete"vtype="discrete".
        var party = ReadParty(
            DiscreteDomain("a", "b"),
            """
            <utility_space><objective index="0">
              <issue index="1" name="I" type="discrete"vtype="discrete" etype="discrete"><item value="a"evaluation="1"/><item value="b" evaluation="4"/></issue>
              <weight index="1" value="1"/>
            </objective></utility_space>
            """);

        Assert.Equal(0.25, Utility(party, "a"));
    }

    [Fact]
    public void ReadFiles_UnquotedAttributeValue_IsRead()
    {
        var party = ReadParty(
            DiscreteDomain("a", "b"),
            """
            <utility_space><objective index=0>
              <issue index=1 name="I"><item value=a evaluation=2/><item value="b" evaluation=8></item></issue>
              <weight index=1 value=1/>
            </objective></utility_space>
            """);

        Assert.Equal(0.25, Utility(party, "a"));
    }

    [Fact]
    public void ReadFiles_Windows1252Bytes_AreDecoded()
    {
        var encoding = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        var domain = encoding.GetBytes(DiscreteDomain("5 €", "café"));
        var profile = encoding.GetBytes(DiscreteProfile(("5 €", "1"), ("café", "2")));

        var scenario = GeniusScenarioReader.ReadFiles(new SourceFile("Test/domain.xml", domain), [new SourceFile("Test/p.xml", profile)]);

        Assert.Equal(["5 €", "café"], ((DiscreteIssue)scenario.Space.Issues[0]).Values);
    }

    [Fact]
    public void ReadFiles_DeclaredEncoding_IgnoredLikeGenius()
    {
        // Windows-1252 bytes under declarations GENIUS never reads: both files still agree on "5 €".
        var encoding = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        var domain = encoding.GetBytes("<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n" + DiscreteDomain("5 €"));
        var profile = encoding.GetBytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" + DiscreteProfile(("5 €", "1")));

        var scenario = GeniusScenarioReader.ReadFiles(new SourceFile("Test/domain.xml", domain), [new SourceFile("Test/p.xml", profile)]);

        Assert.Equal("5 €", ((DiscreteIssue)scenario.Space.Issues[0]).Values[0]);
    }

    [Fact]
    public void ReadFiles_Utf8WithByteOrderMark_IsRead()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(DiscreteDomain("é"))).ToArray();

        var scenario = GeniusScenarioReader.ReadFiles(new SourceFile("Test/domain.xml", bytes), [File("Test/p.xml", DiscreteProfile(("é", "1")))]);

        Assert.Equal("é", ((DiscreteIssue)scenario.Space.Issues[0]).Values[0]);
    }

    [Fact]
    public void ReadFiles_ErrorInRepairedFile_ReportsOriginalLineAndColumn()
    {
        // Line 3 needs two repairs before the bad evaluation; the column must still be the file's own.
        var error = Error(
            DiscreteDomain("a & b", "c"),
            """
            <utility_space><objective index="0">
              <issue index="1" name="I">
            <item value="a & b"evaluation="1"/><item value="c" evaluation="x"/>
              </issue>
              <weight index="1" value="1"/>
            </objective></utility_space>
            """);

        Assert.Equal((3, 52), (error.Line, error.Column));
        Assert.Equal("Test/p.xml:3:52: issue 'I' item 'c' evaluation: 'x' is not a number", error.Message);
    }

    // ---------------------------------------------------------------- folders

    [Fact]
    public void ReadFolder_Files_DomainByRootPartiesInOrdinalOrderNamedAfterFiles()
    {
        var scenario = ReadFolder(
            null,
            ("B.xml", DiscreteProfile(("a", "1"), ("b", "2"))),
            ("a.xml", DiscreteProfile(("a", "2"), ("b", "1"))),
            ("z-domain.xml", DiscreteDomain("a", "b")),
            ("pareto.xml", "0.75, 1.0\n0.85, 0.88\n"),
            ("other.xml", "<repository><item/></repository>"));

        Assert.Equal("Test", scenario.Name);
        Assert.Equal(["B", "a"], scenario.Parties.Select(p => p.Name));
    }

    [Fact]
    public void ReadFolder_UncertainProfiles_SkippedUnlessAsked()
    {
        (string, string)[] files =
        [
            ("d.xml", DiscreteDomain("a", "b")),
            ("p.xml", DiscreteProfile(("a", "1"), ("b", "2"))),
            ("p10.xml", DiscreteProfile(("a", "1.0"), ("b", "2.0")).Replace("<utility_space>", """<utility_space type="UNCERTAIN">""", StringComparison.Ordinal)
                .Replace("</utility_space>", "<comparisons> 10 </comparisons> <errors> 0 </errors></utility_space>", StringComparison.Ordinal)),
        ];

        Assert.Equal(["p"], ReadFolder(null, files).Parties.Select(p => p.Name));
        Assert.Equal(["p", "p10"], ReadFolder(new GeniusReadOptions { IncludeUncertainProfiles = true }, files).Parties.Select(p => p.Name));
    }

    [Fact]
    public void ReadFolder_NoDomain_FailsNamingTheFolder()
    {
        var error = Assert.Throws<ScenarioFormatException>(() => ReadFolder(null, ("p.xml", DiscreteProfile(("a", "1")))));

        Assert.Equal("Test: has no domain file (an .xml file whose root element is <negotiation_template>)", error.Message);
    }

    [Fact]
    public void ReadFolder_TwoDomains_FailsNamingBoth()
    {
        var error = Assert.Throws<ScenarioFormatException>(() => ReadFolder(null, ("d1.xml", DiscreteDomain("a")), ("d2.xml", DiscreteDomain("a"))));

        Assert.StartsWith("Test: has 2 domain files (d1.xml, d2.xml)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFolder_OnlyUncertainProfiles_FailsSayingSo()
    {
        var error = Assert.Throws<ScenarioFormatException>(() => ReadFolder(
            null,
            ("d.xml", DiscreteDomain("a")),
            ("u.xml", DiscreteProfile(("a", "1")).Replace("<utility_space>", """<utility_space type="UNCERTAIN">""", StringComparison.Ordinal))));

        Assert.Contains("has no profile", error.Message, StringComparison.Ordinal);
        Assert.Contains("IncludeUncertainProfiles", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFolder_BrokenProfile_FailsInsteadOfSkipping()
    {
        var error = Assert.Throws<ScenarioFormatException>(() => ReadFolder(
            null, ("d.xml", DiscreteDomain("a")), ("p.xml", "<utility_space>\n<objective>\n</utility_space>")));

        Assert.Equal("Test/p.xml", error.File);
        Assert.Contains("not well-formed XML", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void ReadFiles_NoProfiles_Fails()
    {
        var error = Assert.Throws<ScenarioFormatException>(() => GeniusScenarioReader.ReadFiles(File("Test/d.xml", DiscreteDomain("a")), []));

        Assert.Contains("needs at least one party", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFiles_InvalidGridPoints_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GeniusScenarioReader.ReadFiles(
            File("Test/d.xml", DiscreteDomain("a")), [File("Test/p.xml", DiscreteProfile(("a", "1")))], new GeniusReadOptions { RealGridPoints = 1 }));
    }

    // ---------------------------------------------------------------- errors

    [Fact]
    public void ReadFiles_NotXml_FailsNamingTheFile()
    {
        var error = Assert.Throws<ScenarioFormatException>(() => Read("0.75, 1.0\n", ("p", Profile)));

        Assert.Equal("Test/domain.xml: is not XML: it has no element at all", error.Message);
    }

    [Fact]
    public void ReadFiles_ProfileGivenAsDomain_FailsNamingTheRoot()
    {
        var error = Assert.Throws<ScenarioFormatException>(() => Read(Profile, ("p", Profile)));

        Assert.Equal("Test/domain.xml:1:2: is not a GENIUS domain file: its root element is <utility_space>, not <negotiation_template>", error.Message);
    }

    [Fact]
    public void ReadFiles_NonNumericEvaluation_NamesFileLineColumnAndField()
    {
        var error = Error(
            DiscreteDomainNamed("Harddisk", "80 Gb", "60 Gb"),
            """
            <utility_space>
              <objective index="0">
                <issue index="1" name="Harddisk">
                  <item index="1" value="60 Gb" evaluation="30"/>
                  <item index="2" value="80 Gb" evaluation="x"/>
                </issue>
                <weight index="1" value="1"/>
              </objective>
            </utility_space>
            """);

        Assert.Equal("Test/p.xml", error.File);
        Assert.Equal((5, 37), (error.Line, error.Column));
        Assert.Equal("issue 'Harddisk' item '80 Gb' evaluation", error.Field);
        Assert.Equal("Test/p.xml:5:37: issue 'Harddisk' item '80 Gb' evaluation: 'x' is not a number", error.Message);
    }

    [Fact]
    public void ReadFiles_NegativeEvaluation_Fails()
    {
        var error = Error(DiscreteDomain("a"), DiscreteProfile(("a", "-1")));

        Assert.Equal("issue 'I' item 'a' evaluation", error.Field);
        Assert.Contains("-1 is negative", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void ReadFiles_NegativeWeight_Fails()
    {
        var error = Error(DiscreteDomain("a"), DiscreteProfile(("a", "1")).Replace("""value="1"/>""", """value="-0.5"/>""", StringComparison.Ordinal));

        Assert.Equal("weight index 1 value", error.Field);
        Assert.Contains("-0.5 is negative", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFiles_NonNumericWeight_Fails()
    {
        var error = Error(DiscreteDomain("a"), DiscreteProfile(("a", "1")).Replace("""<weight index="1" value="1"/>""", """<weight index="1" value="heavy"/>""", StringComparison.Ordinal));

        Assert.Equal("Test/p.xml:5:19: weight index 1 value: 'heavy' is not a number", error.Message);
    }

    [Fact]
    public void ReadFiles_WeightForIssueDomainLacks_Fails()
    {
        var error = Error(DiscreteDomain("a"), DiscreteProfile(("a", "1")).Replace("""<weight index="1" value="1"/>""", """<weight index="1" value="1"/><weight index="9" value="0"/>""", StringComparison.Ordinal));

        Assert.Equal("weight index 9", error.Field);
        Assert.Equal(5, error.Line);
        Assert.Contains("the domain Test/domain.xml has no issue with index 9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFiles_IssueWithoutWeight_Fails()
    {
        var error = Error(DiscreteDomain("a"), DiscreteProfile(("a", "1")).Replace("""<weight index="1" value="1"/>""", string.Empty, StringComparison.Ordinal));

        Assert.Equal("Test/p.xml:2:5: issue 'I': has no <weight index=\"1\" value> in the profile", error.Message);
    }

    [Fact]
    public void ReadFiles_DomainIssueMissingFromProfile_Fails()
    {
        var domain = """
            <negotiation_template><utility_space><objective index="0">
              <issue index="1" name="I"><item value="a"/></issue>
              <issue index="2" name="J"><item value="b"/></issue>
            </objective></utility_space></negotiation_template>
            """;

        var error = Error(domain, DiscreteProfile(("a", "1")));

        Assert.Equal("issue 'J'", error.Field);
        Assert.Contains("the profile has no <issue> evaluating this domain issue", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFiles_ProfileIssueDomainLacks_Fails()
    {
        var error = Error(
            DiscreteDomain("a"),
            DiscreteProfile(("a", "1")).Replace("""<weight index="1" value="1"/>""", """<issue index="5" name="K"><item value="a" evaluation="1"/></issue><weight index="1" value="1"/>""", StringComparison.Ordinal));

        Assert.Equal("issue 'K'", error.Field);
        Assert.Contains("has no issue with index 5 or this name; the profile does not match the domain", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFiles_ValueWithoutEvaluation_Fails()
    {
        var error = Error(DiscreteDomain("a", "b", "c"), DiscreteProfile(("a", "1")));

        Assert.Equal("Test/p.xml:2:5: issue 'I': has no evaluation for values 'b', 'c': every domain value needs an <item value evaluation>", error.Message);
    }

    [Fact]
    public void ReadFiles_ValueNotInDomain_Fails()
    {
        var error = Error(DiscreteDomain("a"), DiscreteProfile(("a", "1"), ("z", "2")));

        Assert.Equal("issue 'I' item 'z'", error.Field);
        Assert.Contains("value 'z' is not one of the domain's values ('a')", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void ReadFiles_EmptyDiscreteIssue_Fails()
    {
        var error = Assert.Throws<ScenarioFormatException>(() => Read(DiscreteDomain(), ("p", DiscreteProfile())));

        Assert.Equal("Test/domain.xml:2:5: issue 'I': is empty: a discrete issue needs at least one <item value>", error.Message);
    }

    [Theory]
    [InlineData(IssueKind.Integer)]
    [InlineData(IssueKind.Real)]
    public void ReadFiles_EmptyRange_Fails(IssueKind kind)
    {
        var issue = kind == IssueKind.Integer
            ? """<issue index="1" name="N" type="integer" lowerbound="5" upperbound="4"/>"""
            : """<issue index="1" name="N" type="real"><range lowerbound="5" upperbound="4.5"/></issue>""";

        var error = Assert.Throws<ScenarioFormatException>(() => Read(
            $"<negotiation_template><utility_space><objective index=\"0\">\n{issue}\n</objective></utility_space></negotiation_template>", ("p", Profile)));

        Assert.Equal("issue 'N'", error.Field);
        Assert.Equal(2, error.Line);
        Assert.Contains("is empty: upperbound", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFiles_NonNumericBound_Fails()
    {
        var error = Assert.Throws<ScenarioFormatException>(() => Read(IntegerDomain(0, 5).Replace("upperbound=\"5\"", "upperbound=\"five\"", StringComparison.Ordinal), ("p", Profile)));

        Assert.Equal("issue 'N' upperbound", error.Field);
        Assert.Contains("'five' is not a whole number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFiles_IntegerIssueWithoutEvaluator_Fails()
    {
        var error = Error(IntegerDomain(0, 5), IntegerProfile("""lowerbound="0" upperbound="5" """, string.Empty));

        Assert.Equal("Test/p.xml:2:5: issue 'N': is integer in the domain, but the profile gives it no <evaluator>", error.Message);
    }

    [Fact]
    public void ReadFiles_RealIssueWithUnknownProfileType_FailsExplainingGenius()
    {
        // SecondHandCar's dealer: Price is real in the domain; the profile says type="price" and has no evaluator.
        var error = Error(
            """
            <negotiation_template><utility_space><objective index="1">
              <issue index="6" vtype="real" name="Price" type="real"><range lowerbound="13000" upperbound="22666"/></issue>
            </objective></utility_space></negotiation_template>
            """,
            """
            <utility_space><objective index="1">
              <weight index="6" value="1"/>
              <issue index="6" name="Price" type="price">
                <range lowerbound="13000" upperbound="20600" />
                <rationality_factor value="0.5" />
              </issue>
            </objective></utility_space>
            """);

        Assert.Equal((3, 4), (error.Line, error.Column));
        Assert.Equal(
            "Test/p.xml:3:4: issue 'Price': is real in the domain, but the profile gives it no <evaluator>; its type 'price' is not one GENIUS knows, so GENIUS reads it as a discrete issue and cannot evaluate it either",
            error.Message);
    }

    [Fact]
    public void ReadFiles_FaratinEvaluator_IsNotSupported()
    {
        var error = Error(Domain, Profile.Replace("""ftype="linear" parameter0""", """ftype="faratin" parameter0""", StringComparison.Ordinal));

        Assert.Equal("issue 'Price' evaluator ftype", error.Field);
        Assert.Contains("evaluator type 'faratin' is not supported", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFiles_TriangularOutOfOrder_Fails()
    {
        var error = Error(Domain, Profile.Replace("""ftype="linear" parameter0="1.5" parameter1="-0.025""", """ftype="triangular" parameter0="1" parameter1="0" parameter2="0.5""", StringComparison.Ordinal));

        Assert.Contains("needs parameter0 ≤ parameter2 ≤ parameter1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFiles_ConstraintProfile_IsNotSupported()
    {
        var error = Error(DiscreteDomain("a"), DiscreteProfile(("a", "1")).Replace("<utility_space>", """<utility_space type="constraint">""", StringComparison.Ordinal));

        Assert.Equal("utility_space type", error.Field);
        Assert.Contains("profile type 'constraint' is not supported", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFiles_NonNumericReservation_IsZeroAsInGenius()
    {
        // GENIUS catches the parse error and keeps its default.
        Assert.Equal(0.0, ReadParty(DiscreteDomain("a"), DiscreteProfile([("a", "1")], """<reservation value="none"/>""")).ReservationValue);
    }

    [Theory]
    [InlineData("""<hyperRectangle utility="1"><EXCLUDES index="1" min="0" max="1"/></hyperRectangle>""", "EXCLUDES hyper-rectangles are not supported")]
    [InlineData("""<ufun aggregation="sum"/>""", "nested <ufun> elements are not supported")]
    [InlineData("""<hyperRectangle utility="1"><INCLUDES index="4" min="0" max="1"/></hyperRectangle>""", "has no issue with index 4")]
    public void ReadFiles_NonlinearUnsupported_FailsClearly(string content, string expected)
    {
        var error = Error(IntegerDomain(0, 9), $"""
            <utility_space type="nonlinear"><objective index="0">
              <utility maxutility="10"><ufun aggregation="sum">
                {content}
              </ufun></utility>
            </objective></utility_space>
            """);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void ReadFiles_NonlinearMaxAggregation_IsNotSupported()
    {
        var error = Error(IntegerDomain(0, 9), """<utility_space type="nonlinear"><objective><utility maxutility="1"><ufun aggregation="max"/></utility></objective></utility_space>""");

        Assert.Equal("ufun aggregation", error.Field);
        Assert.Contains("aggregation 'max' is not supported (only 'sum')", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFiles_UnclosedElement_ReportsLine()
    {
        var error = Error(DiscreteDomain("a"), "<utility_space>\n  <objective index=\"0\">\n    <issue index=\"1\" name=\"I\">\n</utility_space>\n");

        Assert.Equal("Test/p.xml", error.File);
        Assert.Equal(4, error.Line);
        Assert.StartsWith("Test/p.xml:4:", error.Message, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- helpers

    private static string DiscreteDomain(params string[] values) => DiscreteDomain(values, "I");

    private static string DiscreteDomainNamed(string issue, params string[] values) => DiscreteDomain(values, issue);

    private static string DiscreteDomain(string[] values, string issue) =>
        "<negotiation_template><utility_space><objective index=\"0\" name=\"root\">\n"
        + $"   <issue index=\"1\" name=\"{issue}\" type=\"discrete\">{string.Concat(values.Select((v, k) => $"<item index=\"{k + 1}\" value=\"{v}\"/>"))}</issue>\n"
        + "</objective></utility_space></negotiation_template>";

    private static string DiscreteProfile(params (string Value, string Evaluation)[] items) => DiscreteProfile(items, string.Empty);

    /// <summary>Line 2 is the issue, line 3 its items, line 5 the weight.</summary>
    private static string DiscreteProfile((string Value, string Evaluation)[] items, string tail) =>
        "<utility_space><objective index=\"0\" name=\"root\">\n"
        + "   <issue index=\"1\" name=\"I\" type=\"discrete\">\n"
        + $"{string.Concat(items.Select((it, k) => $"<item index=\"{k + 1}\" value=\"{it.Value}\" evaluation=\"{it.Evaluation}\"/>"))}\n"
        + "   </issue>\n"
        + "<weight index=\"1\" value=\"1\"/>\n"
        + $"</objective>{tail}</utility_space>";

    private static string IntegerDomain(long low, long high, int issues = 1) =>
        "<negotiation_template><utility_space><objective index=\"0\" name=\"root\">\n"
        + string.Concat(Enumerable.Range(1, issues).Select(i =>
            $"   <issue index=\"{i}\" name=\"{(issues == 1 ? "N" : $"I{i}")}\" type=\"integer\" lowerbound=\"{low}\" upperbound=\"{high}\"/>\n"))
        + "</objective></utility_space></negotiation_template>";

    private static string IntegerProfile(string bounds, string evaluator) =>
        "<utility_space><objective index=\"0\" name=\"root\">\n"
        + $"   <issue index=\"1\" name=\"N\" type=\"integer\" {bounds}>{evaluator}</issue>\n"
        + "<weight index=\"1\" value=\"1\"/>\n"
        + "</objective></utility_space>";
}
