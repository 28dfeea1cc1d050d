using System.Globalization;
using Parley.Agents.Boa;
using Parley.Agents.Catalog;

namespace Parley.Tests.Agents.Catalog;

public sealed class AgentCatalogTests
{
    public static TheoryData<string> Names => [.. AgentCatalog.Default.Agents.Select(a => a.Name)];

    public static TheoryData<string, string> Parameters =>
    [
        .. AgentCatalog.Default.Agents.SelectMany(a => a.Parameters.Select(p => (a.Name, p.Name))),
    ];

    [Fact]
    public void Default_HasEveryStandardAgent() =>
        Assert.Equal(
            [
                "AbsoluteTitForTat", "Aspiration", "Boulware", "Conceder", "Hardliner", "Linear", "MiCRO", "Random", "RelativeTitForTat",
                "Rubinstein", "TimeDependent", "TitForTat", "TradeOff",
            ],
            AgentCatalog.Default.Agents.Select(a => a.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public void Create_ByName_IsABoaAgentWithThatName(string name)
    {
        var agent = AgentCatalog.Default.Create(name);

        Assert.IsType<BoaAgent>(agent);
        Assert.Equal(name, agent.Name);
        Assert.NotSame(agent, AgentCatalog.Default.Create(name));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Describe_EveryAgent_HasSummarySourceAndDocumentedParameters(string name)
    {
        var description = AgentCatalog.Default.Describe(name.ToUpperInvariant());

        Assert.False(string.IsNullOrWhiteSpace(description.Summary));
        Assert.False(string.IsNullOrWhiteSpace(description.Source));
        Assert.All(description.Parameters, p => Assert.InRange(p.Default, p.Minimum, p.Maximum));
        Assert.All(description.Parameters, p => Assert.False(string.IsNullOrWhiteSpace(p.Description)));
    }

    [Theory]
    [MemberData(nameof(Parameters))]
    public void Create_WithEachParameterAtItsDefaultAndItsBounds_Works(string agent, string parameter)
    {
        var description = AgentCatalog.Default.Describe(agent);
        var p = description.Parameters.Single(x => x.Name == parameter);
        foreach (var value in new[] { p.Default, p.Minimum, p.Maximum }.Where(double.IsFinite))
        {
            var spec = string.Create(CultureInfo.InvariantCulture, $"{agent}({parameter}={value})");
            Assert.Equal(agent, AgentCatalog.Default.Create(spec).Name);
        }
    }

    [Fact]
    public void Create_UnknownAgent_ListsTheKnownOnes()
    {
        var error = Assert.Throws<AgentSpecException>(() => AgentCatalog.Default.Create("Bolware"));

        Assert.Contains("Unknown agent 'Bolware'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Boulware", error.Message, StringComparison.Ordinal);
        Assert.Contains("MiCRO", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_UnknownParameter_NamesTheKnownOnes()
    {
        var error = Assert.Throws<AgentSpecException>(() => AgentCatalog.Default.Create("TimeDependent(beta=2)"));

        Assert.Equal("Agent 'TimeDependent' has no parameter 'beta'; its parameters are e, k, min, max.", error.Message);
    }

    [Fact]
    public void Create_ParameterForAgentWithoutParameters_SaysItTakesNone()
    {
        var error = Assert.Throws<AgentSpecException>(() => AgentCatalog.Default.Create("MiCRO(e=2)"));

        Assert.Equal("Agent 'MiCRO' takes no parameters (got 'e').", error.Message);
    }

    [Theory]
    [InlineData("TimeDependent(e=fast)", "parameter e=fast is not a number")]
    [InlineData("TimeDependent(e=-1)", "parameter e=-1 is outside 0..1000")]
    [InlineData("TitForTat(delta=1.5)", "parameter delta=1.5 must be a whole number")]
    [InlineData("TitForTat(delta=0)", "parameter delta=0 is outside 1..1000")]
    [InlineData("Aspiration(e=0)", "parameter e=0 is outside 0.01..1000")]
    [InlineData("TradeOff(band=2)", "parameter band=2 is outside 0..1")]
    [InlineData("Rubinstein(opponentDiscount=NaN)", "parameter opponentDiscount=NaN is not a number")]
    public void Create_BadValue_SaysWhatIsWrong(string spec, string message)
    {
        var error = Assert.Throws<AgentSpecException>(() => AgentCatalog.Default.Create(spec));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_TitForTatVariants_UseTheirMode()
    {
        var absolute = (BoaAgent)AgentCatalog.Default.Create("AbsoluteTitForTat(delta=3)");
        var relative = (BoaAgent)AgentCatalog.Default.Create("RelativeTitForTat");

        var absoluteTactic = Assert.IsType<Parley.Agents.Tactics.TitForTatTactic>(Assert.IsType<Parley.Agents.Bidding.TargetBidder>(absolute.Bidding).Tactic);
        var relativeTactic = Assert.IsType<Parley.Agents.Tactics.TitForTatTactic>(Assert.IsType<Parley.Agents.Bidding.TargetBidder>(relative.Bidding).Tactic);
        Assert.Equal((Parley.Agents.Tactics.TitForTatMode.Absolute, 3), (absoluteTactic.Mode, absoluteTactic.Delay));
        Assert.Equal((Parley.Agents.Tactics.TitForTatMode.Relative, 1), (relativeTactic.Mode, relativeTactic.Delay));
    }
}
