using System.Text;
using Parley.Scenarios.Json;

namespace Parley.Tests.Scenarios.Json;

public class JsonLocatorTests
{
    private static readonly byte[] Json = Encoding.UTF8.GetBytes("""
        {
          // comment
          "a": {"b": [10, {"c": true}], "b2": 1},
          "ü": "ö", "d": 2, "d": 3,
        }
        """);

    [Fact]
    public void Locate_Root_IsTheFirstToken() => Assert.Equal((1, 1), JsonLocator.Locate(Json, JsonPath.Root));

    [Fact]
    public void Locate_Property_IsItsName() => Assert.Equal((3, 3), JsonLocator.Locate(Json, JsonPath.Root.Add("a")));

    [Fact]
    public void Locate_ArrayElement_IsItsValue()
    {
        Assert.Equal((3, 15), JsonLocator.Locate(Json, JsonPath.Root.Add("a").Add("b").Add(0)));
        Assert.Equal((3, 19), JsonLocator.Locate(Json, JsonPath.Root.Add("a").Add("b").Add(1)));
        Assert.Equal((3, 20), JsonLocator.Locate(Json, JsonPath.Root.Add("a").Add("b").Add(1).Add("c")));
    }

    [Fact]
    public void Locate_AfterMultiByteCharacters_CountsCharacters() =>
        Assert.Equal((4, 13), JsonLocator.Locate(Json, JsonPath.Root.Add("d")));

    [Fact]
    public void Locate_SecondOccurrence_FindsTheRepeat() =>
        Assert.Equal((4, 21), JsonLocator.Locate(Json, JsonPath.Root.Add("d"), occurrence: 2));

    [Fact]
    public void Locate_MissingPath_IsNull() => Assert.Null(JsonLocator.Locate(Json, JsonPath.Root.Add("a").Add("zzz")));

    [Fact]
    public void PathAtSyntaxError_MissingValue_NamesTheOpenField() =>
        Assert.Equal("a.b", JsonLocator.PathAtSyntaxError("{\"a\": {\"b\": }}"u8)?.ToString());

    [Fact]
    public void PathAtSyntaxError_BrokenElement_NamesTheElement() =>
        Assert.Equal("a.b[1].c", JsonLocator.PathAtSyntaxError("{\"a\": {\"b\": [1, {\"c\": [}]}}"u8)?.ToString());

    [Fact]
    public void PathAtSyntaxError_BetweenMembers_NamesTheContainer() =>
        Assert.Equal("a.b", JsonLocator.PathAtSyntaxError("{\"a\": {\"b\": [1, 2 3]}}"u8)?.ToString());

    [Fact]
    public void PathAtSyntaxError_ValidJson_IsNull() => Assert.Null(JsonLocator.PathAtSyntaxError(Json));
}
