using Parley.Outcomes;
using Parley.Preferences;

namespace Parley.Tests.Preferences;

public sealed class ValueFunctionTests
{
    [Fact]
    public void DiscreteValueFunction_DividesByMaximumNotMinMax()
    {
        var function = new DiscreteValueFunction([new("mac", 30), new("dell", 20), new("hp", 9)]);

        Assert.Equal(1.0, function.Evaluate(IssueValue.Of("mac")));
        Assert.Equal(9.0 / 30, function.Evaluate(IssueValue.Of("hp")));
    }

    [Fact]
    public void DiscreteValueFunction_NegligibleMaximum_ScoresZero()
    {
        var function = new DiscreteValueFunction([new("a", 0.000001), new("b", 0)]);

        Assert.Equal(0.0, function.Evaluate(IssueValue.Of("a")));
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void DiscreteValueFunction_BadEvaluation_NamesTheValue(double evaluation)
    {
        var error = Assert.Throws<ArgumentException>(() => new DiscreteValueFunction([new("a", 1), new("b", evaluation)]));
        Assert.Contains("'b'", error.Message);
    }

    [Theory]
    [InlineData(-5, 0.3)]
    [InlineData(0, 0.7)]
    [InlineData(5, 1.0)]  // 0.3 + 0.08·10 = 1.1, clipped
    public void IntegerLinearValueFunction_MeasuresFromProfileLowerBound(long x, double expected)
    {
        // IntegerDomain's shape: bounds −5..5, slope 0.08, offset 0.3 (genius-format.md §5.4).
        var function = new IntegerLinearValueFunction(-5, 5, offset: 0.3, slope: 0.08);

        Assert.Equal(expected, function.Evaluate(IssueValue.Of(x)), 12);
    }

    [Theory]
    [InlineData(10.0, 1.0)]   // 1.33 − 0.33 = 1.0 (within rounding), clipped to at most 1
    [InlineData(30.0, 0.34)]  // 1.33 − 0.99
    [InlineData(50.0, 0.0)]   // 1.33 − 1.65 < 0, clipped
    public void LinearValueFunction_UsesAbsoluteValueAndClips(double x, double expected)
    {
        var function = new LinearValueFunction(intercept: 1.33, slope: -0.033);

        Assert.Equal(expected, function.Evaluate(IssueValue.Of(x)), 12);
    }

    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(0.25, 0.5)]
    [InlineData(0.5, 1.0)]
    [InlineData(0.75, 0.5)]
    [InlineData(1.0, 0.0)]
    public void TriangularValueFunction_RisesToTopThenFalls(double x, double expected)
    {
        var function = new TriangularValueFunction(lower: 0, upper: 1, top: 0.5);

        Assert.Equal(expected, function.Evaluate(IssueValue.Of(x)), 12);
    }

    [Theory]
    [InlineData(12.0, 0.3)]
    [InlineData(15.0, 0.6)]
    [InlineData(18.0, 0.9)]
    [InlineData(19.0, 0.0)]
    public void NumberRangeValueFunction_InterpolatesAndIsZeroOutside(double x, double expected)
    {
        var function = new NumberRangeValueFunction(lowValue: 12, lowUtility: 0.3, highValue: 18, highUtility: 0.9);

        Assert.Equal(expected, function.Evaluate(IssueValue.Of(x)), 12);
    }

    [Fact]
    public void DiscountFactor_GeniusRules()
    {
        Assert.False(DiscountFactor.FromGenius(0.0).IsDiscounting);
        Assert.False(DiscountFactor.FromGenius(2.0).IsDiscounting);
        Assert.False(DiscountFactor.FromGenius(1.0).IsDiscounting);
        var d = DiscountFactor.FromGenius(0.5);
        Assert.Equal(0.8 * Math.Sqrt(0.5), d.Apply(0.8, 0.5), 15);
        Assert.Equal(0.4, d.Apply(0.8, 7.0), 15); // time clamps to 1
    }
}
