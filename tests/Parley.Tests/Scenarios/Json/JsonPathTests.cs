using Parley.Scenarios.Json;

namespace Parley.Tests.Scenarios.Json;

public class JsonPathTests
{
    [Fact]
    public void ToString_Root_IsDollar() => Assert.Equal("$", JsonPath.Root.ToString());

    [Fact]
    public void ToString_PropertiesAndIndices_ReadLikeCode() =>
        Assert.Equal("parties[1].utility.weights.salary", JsonPath.Root.Add("parties").Add(1).Add("utility").Add("weights").Add("salary").ToString());

    [Fact]
    public void ToString_NamesThatWouldNotReadAfterADot_AreBracketed() =>
        Assert.Equal(
            "weights['two words']['a.b']['it\\'s'].c1-i10",
            JsonPath.Root.Add("weights").Add("two words").Add("a.b").Add("it's").Add("c1-i10").ToString());

    [Fact]
    public void Steps_ListFromTheRootDown()
    {
        var path = JsonPath.Root.Add("issues").Add(2);

        Assert.Equal(["issues", null], path.Steps().Select(s => s.Property));
        Assert.Equal(2, path.Steps()[1].Index);
        Assert.Equal(2, path.Depth);
    }
}
