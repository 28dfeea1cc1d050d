using Parley.Outcomes;

namespace Parley.Tests.Outcomes;

public sealed class IssueTests
{
    [Fact]
    public void RealIssue_DefaultGrid_Has21PointsIncludingBothBounds()
    {
        var issue = new RealIssue("price", 10, 40);

        Assert.Equal(21, issue.ValueCount);
        Assert.Equal(10, issue.NumberAt(0));
        Assert.Equal(11.5, issue.NumberAt(1));
        Assert.Equal(40, issue.NumberAt(20));
    }

    [Fact]
    public void RealIssue_TryIndexOf_FindsGridPointsOnly()
    {
        var issue = new RealIssue("x", 0, 1, 11);

        Assert.True(issue.TryIndexOf(IssueValue.Of(issue.NumberAt(3)), out var index));
        Assert.Equal(3, index);
        Assert.False(issue.TryIndexOf(IssueValue.Of(0.35), out _));
        Assert.False(issue.TryIndexOf(IssueValue.Of(2.0), out _));
    }

    [Fact]
    public void RealIssue_OneGridPointOverARange_Throws() =>
        Assert.Throws<ArgumentException>(() => new RealIssue("x", 0, 1, 1));

    [Fact]
    public void IntegerIssue_ValuesAreInclusive()
    {
        var issue = new IntegerIssue("n", -5, 5);

        Assert.Equal(11, issue.ValueCount);
        Assert.Equal(IssueValue.Of(-5L), issue.ValueAt(0));
        Assert.Equal(10, issue.IndexOf(IssueValue.Of(5L)));
    }

    [Fact]
    public void IntegerIssue_EmptyRange_NamesTheIssue()
    {
        var error = Assert.Throws<ArgumentException>(() => new IntegerIssue("n", 3, 2));
        Assert.Contains("'n'", error.Message);
    }

    [Fact]
    public void IntegerIssue_TooManyValues_Throws() =>
        Assert.Throws<ArgumentException>(() => new IntegerIssue("n", 0, 10_000_000_000));

    [Fact]
    public void DiscreteIssue_DuplicateValue_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new DiscreteIssue("c", ["a", "b", "a"]));
        Assert.Contains("'a'", error.Message);
    }

    [Fact]
    public void DiscreteIssue_NoValues_Throws() =>
        Assert.Throws<ArgumentException>(() => new DiscreteIssue("c", []));
}
