using Parley.Scenarios.Json;

namespace Parley.Tests.Scenarios.Json;

public class JsonObjectReaderTests
{
    [Theory]
    [InlineData("wieghts", "weights")]
    [InlineData("Weights", "weights")]
    [InlineData("valuefunction", "valueFunctions")]
    [InlineData("tpye", "type")]
    [InlineData("utility", null)]
    public void Closest_Misspelling_SuggestsTheNearestAllowedName(string written, string? expected) =>
        Assert.Equal(expected, JsonObjectReader.Closest(written, ["type", "weights", "valueFunctions"]));
}
