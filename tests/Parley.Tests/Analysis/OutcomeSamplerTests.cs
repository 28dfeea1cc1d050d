using Parley.Analysis;

namespace Parley.Tests.Analysis;

public sealed class OutcomeSamplerTests
{
    [Theory]
    [InlineData(1_000L, 10L)]
    [InlineData(1_000L, 600L)]
    [InlineData(10_000_000_000L, 5_000L)]
    public void SampleIndices_SizeBelowCount_DistinctSortedInRange(long count, long size)
    {
        var sample = OutcomeSampler.SampleIndices(count, size, seed: 5);

        Assert.Equal(size, sample.Length);
        Assert.All(sample, i => Assert.InRange(i, 0, count - 1));
        for (var t = 1; t < sample.Length; t++)
        {
            Assert.True(sample[t - 1] < sample[t]);
        }

        Assert.Equal(sample, OutcomeSampler.SampleIndices(count, size, seed: 5));
        Assert.NotEqual(sample, OutcomeSampler.SampleIndices(count, size, seed: 6));
    }

    [Fact]
    public void SampleIndices_SizeAtLeastCount_ReturnsEveryIndex() =>
        Assert.Equal([0L, 1, 2, 3], OutcomeSampler.SampleIndices(4, 10, seed: 1));

    [Fact]
    public void SampleIndices_ManyDraws_RoughlyUniform()
    {
        var hits = new int[10];
        for (var seed = 0; seed < 2_000; seed++)
        {
            foreach (var i in OutcomeSampler.SampleIndices(10, 3, seed))
            {
                hits[i]++;
            }
        }

        Assert.All(hits, h => Assert.InRange(h, 500, 700)); // expected 600 each
    }

    [Fact]
    public void SampleOutcomes_UnindexableSpace_DistinctAndSorted()
    {
        var space = AnalysisScenarios.IntegerSpace([.. Enumerable.Repeat(1_000, 8)]); // 10^24 outcomes

        var sample = OutcomeSampler.SampleOutcomes(space, 300, seed: 2);

        Assert.False(space.IsIndexable);
        Assert.Equal(300, sample.Distinct().Count());
        for (var t = 1; t < sample.Length; t++)
        {
            Assert.True(sample[t - 1].ValueIndices.SequenceCompareTo(sample[t].ValueIndices) < 0);
        }
    }
}
