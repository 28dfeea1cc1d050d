using Parley.Outcomes;
using Parley.Preferences;

namespace Parley.Tests.Preferences;

public sealed class HyperRectangleUtilityFunctionTests
{
    private static readonly OutcomeSpace Space = new([new IntegerIssue("a", 0, 9), new IntegerIssue("b", 0, 9)]);

    [Fact]
    public void Utility_SumsContainingRectanglesOverMaximum()
    {
        var function = new HyperRectangleUtilityFunction(
            Space,
            [
                new HyperRectangle(40, 1, [new(0, 2, 5)]),
                new HyperRectangle(30, 1, [new(0, 4, 9), new(1, 0, 3)]),
                new HyperRectangle(50, 1, [new(1, 8, 9)]),
            ],
            maximumUtility: 100);

        Assert.Equal(0.7, function.Utility([4, 3]), 12); // in the first two
        Assert.Equal(0.4, function.Utility([2, 5]), 12); // only the first
        Assert.Equal(0.0, function.Utility([0, 5]), 12); // none
        Assert.Equal(0.5, function.Utility([9, 9]), 12); // only the third
    }

    [Fact]
    public void Utility_AboveMaximum_IsCappedAtOne()
    {
        var function = new HyperRectangleUtilityFunction(Space, [new HyperRectangle(80, 1, []), new HyperRectangle(80, 1, [])], 100);

        Assert.Equal(1.0, function.Utility([0, 0]));
    }

    [Fact]
    public void Evaluate_Chunk_MatchesUtility()
    {
        var function = new HyperRectangleUtilityFunction(Space, [new HyperRectangle(3, 2, [new(1, 3, 6)])], 10);
        var chunk = new double[37];

        function.Evaluate(50, chunk);

        var values = new int[2];
        for (var k = 0; k < chunk.Length; k++)
        {
            Space.Decode(50 + k, values);
            Assert.Equal(function.Utility(values), chunk[k]);
        }
    }

    [Fact]
    public void Constructor_NonIntegerIssue_Throws() =>
        Assert.Throws<ArgumentException>(() => new HyperRectangleUtilityFunction(
            new OutcomeSpace([new DiscreteIssue("c", ["x"])]), [], 1));
}
