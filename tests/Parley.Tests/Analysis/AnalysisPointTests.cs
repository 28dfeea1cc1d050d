using Parley.Analysis;
using Parley.Outcomes;

namespace Parley.Tests.Analysis;

public sealed class AnalysisPointTests
{
    [Fact]
    public void Equals_SameOutcomeAndUtilities_EqualByValue()
    {
        var first = new AnalysisPoint(Outcome.FromIndices(1, 2), [0.1, 0.2]);
        var same = new AnalysisPoint(Outcome.FromIndices(1, 2), [0.1, 0.2]);
        var other = new AnalysisPoint(Outcome.FromIndices(1, 2), [0.1, 0.3]);

        Assert.Equal(first, same);
        Assert.Equal(first.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Welfare_SumsInPartyOrder() =>
        Assert.Equal(0.1 + 0.2 + 0.3, new AnalysisPoint(Outcome.FromIndices(0), [0.1, 0.2, 0.3]).Welfare);

    [Fact]
    public void Welfare_WithCopy_FollowsNewUtilities()
    {
        var point = new AnalysisPoint(Outcome.FromIndices(0), [0.1, 0.2]);

        var copy = point with { Utilities = [0.5, 0.25] };

        Assert.Equal(0.75, copy.Welfare);
    }
}
