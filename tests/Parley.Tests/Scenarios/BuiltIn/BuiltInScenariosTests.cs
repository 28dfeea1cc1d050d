using Parley.Outcomes;
using Parley.Preferences;
using Parley.Scenarios;
using Parley.Scenarios.BuiltIn;
using Parley.Scenarios.Json;
using Parley.Tests.Scenarios.Json;

namespace Parley.Tests.Scenarios.BuiltIn;

public class BuiltInScenariosTests
{
    public static TheoryData<string> Names => [.. BuiltInScenarios.Names];

    [Fact]
    public void Names_AreTheThreeScenariosSorted()
    {
        Assert.Equal(["city-budget", "job-offer", "supplier-contract"], BuiltInScenarios.Names);
        Assert.Equal(BuiltInScenarios.Names.Order(StringComparer.Ordinal), BuiltInScenarios.Names);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Load_EveryName_LoadsTheScenarioOfThatName(string name)
    {
        var scenario = BuiltInScenarios.Load(name);

        Assert.Equal(name, scenario.Name);
        Assert.False(string.IsNullOrWhiteSpace(scenario.Description));
        Assert.Contains("not derived from the ANAC", scenario.Source, StringComparison.Ordinal);
        Assert.All(scenario.Parties, p => Assert.False(string.IsNullOrWhiteSpace(p.Source)));
        Assert.InRange(scenario.Space.Count, 100, 10_000);
    }

    [Theory]
    [InlineData("job-offer", 1890, new[] { "Employer", "Candidate" })]
    [InlineData("supplier-contract", 1496, new[] { "Buyer", "Supplier" })]
    [InlineData("city-budget", 144, new[] { "Greens", "Business", "Social" })]
    public void Load_Scenario_HasTheDocumentedPartiesAndOutcomeCount(string name, long outcomes, string[] parties)
    {
        var scenario = BuiltInScenarios.Load(name);

        Assert.Equal(outcomes, scenario.Space.Count);
        Assert.Equal(parties, scenario.Parties.Select(p => p.Name));
        Assert.Contains($"{outcomes:N0} outcomes", scenario.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownName_ListsTheNames()
    {
        var e = Assert.Throws<ArgumentException>(() => BuiltInScenarios.Load("job-ofer"));

        Assert.Contains("'job-ofer'", e.Message, StringComparison.Ordinal);
        Assert.Contains("city-budget, job-offer, supplier-contract", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryLoad_UnknownName_ReturnsFalse()
    {
        Assert.False(BuiltInScenarios.TryLoad("nope", out var scenario));
        Assert.Null(scenario);
    }

    [Fact]
    public void TryLoad_OtherCase_FindsTheScenario()
    {
        Assert.True(BuiltInScenarios.TryLoad("Job-Offer", out var scenario));
        Assert.Equal("job-offer", scenario.Name);
    }

    [Fact]
    public void JobOffer_OneOutcome_HasHandComputedUtilities()
    {
        var scenario = BuiltInScenarios.Load("job-offer");
        var outcome = scenario.Space.CreateOutcome(
            IssueValue.Of(80L), IssueValue.Of("5k"), IssueValue.Of(2L), IssueValue.Of("in 1 month"), IssueValue.Of("Senior Engineer"));

        // Employer: 0.40·(1 − 0.05·10) + 0.15·6/10 + 0.15·(1 − 1/4) + 0.10·10/10 + 0.20·6/10.
        Assert.Equal(0.2 + 0.09 + 0.1125 + 0.1 + 0.12, Utility(scenario, "Employer", outcome), 12);

        // Candidate: 0.35·(0.2 + 0.04·10) + 0.10·6/10 + 0.25·(0.2 + 0.2·2) + 0.10·10/10 + 0.20·10/10.
        Assert.Equal(0.21 + 0.06 + 0.15 + 0.1 + 0.2, Utility(scenario, "Candidate", outcome), 12);
        Assert.Equal((0.35, 1.0), (scenario.Party("Employer").ReservationValue, scenario.Party("Employer").Discount.Value));
        Assert.Equal((0.4, 0.9), (scenario.Party("Candidate").ReservationValue, scenario.Party("Candidate").Discount.Value));
    }

    [Fact]
    public void SupplierContract_OneOutcome_HasHandComputedUtilities()
    {
        var scenario = BuiltInScenarios.Load("supplier-contract");
        var outcome = scenario.Space.CreateOutcome(IssueValue.Of(10.0), IssueValue.Of(10L), IssueValue.Of("FCA"), IssueValue.Of("monthly batches"));

        // Buyer: 0.45·(3 − 0.25·10) + 0.15·1 (top of the triangle) + 0.25·4/10 + 0.15·10/10.
        Assert.Equal(0.225 + 0.15 + 0.1 + 0.15, Utility(scenario, "Buyer", outcome), 12);

        // Supplier: 0.50·(10 − 8)/(12 − 8) + 0.25·(0.3 + 0.07·5) + 0.15·9/10 + 0.10·10/10.
        Assert.Equal(0.25 + 0.1625 + 0.135 + 0.1, Utility(scenario, "Supplier", outcome), 12);
        Assert.Equal(17, ((RealIssue)scenario.Space.Issues[0]).GridPoints);
    }

    [Fact]
    public void CityBudget_OneOutcome_HasHandComputedUtilities()
    {
        var scenario = BuiltInScenarios.Load("city-budget");
        var outcome = scenario.Space.CreateOutcome(IssueValue.Of("tram extension"), IssueValue.Of("800 units"), IssueValue.Of("maintain"), IssueValue.Of("hold"));

        Assert.Equal((0.35 * 0.9) + (0.15 * 1.0) + (0.30 * 0.5) + (0.20 * 0.6), Utility(scenario, "Greens", outcome), 12);
        Assert.Equal((0.25 * 0.6) + (0.25 * 0.9) + (0.10 * 1.0) + (0.40 * 0.6), Utility(scenario, "Business", outcome), 12);
        Assert.Equal((0.30 * 0.7) + (0.40 * 0.8) + (0.10 * 0.8) + (0.20 * 1.0), Utility(scenario, "Social", outcome), 12);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Load_EveryScenario_HasConflictAndANonTrivialParetoFrontier(string name)
    {
        var scenario = BuiltInScenarios.Load(name);
        var columns = scenario.Parties.Select(p => UtilityColumn.Evaluate(p.Utility, 1)).ToArray();
        var count = (int)scenario.Space.Count;

        // No outcome is best for everybody, so the parties must trade.
        var ideals = columns.Select(c => c.Max()).ToArray();
        Assert.DoesNotContain(Enumerable.Range(0, count), o => columns.Select((c, p) => c[o] == ideals[p]).All(best => best));

        // Brute-force Pareto frontier (the spaces are small).
        var frontier = Enumerable.Range(0, count).Where(o => !Enumerable.Range(0, count).Any(q => Dominates(columns, q, o))).ToList();
        Assert.InRange(frontier.Count, 5, count / 2);

        // Some outcome beats every party's reservation value, so a deal is worth making.
        Assert.Contains(frontier, o => scenario.Parties.Select((p, i) => columns[i][o] > p.ReservationValue).All(better => better));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Load_EveryScenario_WritesAndReadsBackIdentically(string name)
    {
        var scenario = BuiltInScenarios.Load(name);

        var back = ParleyScenarioReader.Parse(ParleyScenarioWriter.ToJson(scenario), name + ".json");

        ParleyScenarioWriterTests.AssertSameScenario(scenario, back);
    }

    private static bool Dominates(double[][] columns, int a, int b)
    {
        var strictly = false;
        foreach (var column in columns)
        {
            if (column[a] < column[b])
            {
                return false;
            }

            strictly |= column[a] > column[b];
        }

        return strictly;
    }

    private static double Utility(Scenario scenario, string party, Outcome outcome) =>
        scenario.Party(party).Utility.Utility(outcome.ValueIndices);
}
