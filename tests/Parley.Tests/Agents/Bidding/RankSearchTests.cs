using CsCheck;
using Parley.Agents.Bidding;
using Parley.Preferences;
using Parley.TestKit.Scenarios;

namespace Parley.Tests.Agents.Bidding;

public sealed class RankSearchTests
{
    private static readonly UtilityIndex Index = new AgentHarness(TinyScenarios.SplitThePie(200)).Context.Index;

    [Fact]
    public void CountAtLeast_AnyHint_EqualsTheIndexsBinarySearch() =>
        Gen.Select(Gen.Double[-0.1, 1.1], Gen.Int[-5, 210]).Sample((target, hint) =>
            RankSearch.CountAtLeast(Index.DescendingUtilities, target, hint) == Index.CountAtLeast(target));

    [Fact]
    public void CountAtLeast_TiesAndGridValues_EqualsTheIndexsBinarySearch()
    {
        double[] sorted = [1, 0.8, 0.8, 0.8, 0.5, 0.5, 0.2, 0];
        foreach (var target in new[] { 1.1, 1, 0.9, 0.8, 0.6, 0.5, 0.3, 0.2, 0.1, 0, -1 })
        {
            var expected = sorted.Count(u => u >= target);
            for (var hint = -1; hint <= sorted.Length + 1; hint++)
            {
                Assert.Equal(expected, RankSearch.CountAtLeast(sorted, target, hint));
            }
        }
    }
}
