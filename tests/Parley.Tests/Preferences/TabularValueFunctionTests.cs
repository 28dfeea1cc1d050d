using Parley.Outcomes;
using Parley.Preferences;

namespace Parley.Tests.Preferences;

public sealed class TabularValueFunctionTests
{
    [Fact]
    public void Evaluate_Value_ReturnsUtilityAsWritten()
    {
        var function = new TabularValueFunction([new("a", 0.75), new("b", 0.25)]);

        Assert.Equal(0.75, function.Evaluate(IssueValue.Of("a")));
        Assert.Equal(0.25, function.Evaluate(IssueValue.Of("b")));
    }

    [Fact]
    public void Evaluate_UnknownValue_Throws()
    {
        var function = new TabularValueFunction([new("a", 0.75)]);

        Assert.Throws<ArgumentException>(() => function.Evaluate(IssueValue.Of("z")));
        Assert.Throws<ArgumentException>(() => function.Evaluate(IssueValue.Of(1L)));
    }

    [Fact]
    public void CheckFits_MissingValueOrNumericIssue_Explains()
    {
        var function = new TabularValueFunction([new("a", 0.75)]);

        Assert.Null(function.CheckFits(new DiscreteIssue("I", ["a"])));
        Assert.Equal("issue 'I' has no utility for value 'b'", function.CheckFits(new DiscreteIssue("I", ["a", "b"])));
        Assert.Equal("issue 'N' is integer, but its utilities are for discrete values", function.CheckFits(new IntegerIssue("N", 0, 1)));
    }

    [Fact]
    public void Constructor_DuplicateOrNonFinite_Throws()
    {
        Assert.Throws<ArgumentException>(() => new TabularValueFunction([new("a", 0.5), new("a", 0.5)]));
        Assert.Throws<ArgumentException>(() => new TabularValueFunction([new("a", double.NaN)]));
        Assert.Throws<ArgumentException>(() => new TabularValueFunction([]));
    }
}
