using System.Numerics;
using CsCheck;
using Parley.Outcomes;

namespace Parley.Tests.Outcomes;

public sealed class OutcomeSpaceTests
{
    private static readonly Gen<int[]> Radices = Gen.Int[1, 6].Array[1, 5];

    private static OutcomeSpace SpaceOf(int[] radices) =>
        new(radices.Select((r, i) => (Issue)new IntegerIssue($"i{i}", 0, r - 1)));

    [Fact]
    public void Cardinality_HugeSpace_IsExactAndNotIndexable()
    {
        // 30 issues of 10 values: 10^30 outcomes, far beyond a long.
        var space = new OutcomeSpace(Enumerable.Range(0, 30).Select(i => new IntegerIssue($"i{i}", 0, 9)));

        Assert.Equal(BigInteger.Pow(10, 30), space.Cardinality);
        Assert.False(space.IsIndexable);
        var error = Assert.Throws<OutcomeSpaceTooLargeException>(() => space.Count);
        Assert.Contains("1000000000000000000000000000000", error.Message);
    }

    [Fact]
    public void Cardinality_MixedIssues_IsProductOfValueCounts()
    {
        var space = new OutcomeSpace(
        [
            new DiscreteIssue("colour", ["red", "green", "blue"]),
            new IntegerIssue("quantity", -5, 5),
            new RealIssue("price", 10, 40),
        ]);

        Assert.Equal(3L * 11 * 21, space.Count);
    }

    [Fact]
    public void IndexOf_DecodeRoundTrip_ForEveryIndex()
    {
        Radices.Sample(radices =>
        {
            var space = SpaceOf(radices);
            var values = new int[radices.Length];
            for (long index = 0; index < space.Count; index++)
            {
                space.Decode(index, values);
                Assert.Equal(index, space.IndexOf(values));
            }
        });
    }

    [Fact]
    public void IndexOf_LastIssueVariesFastest()
    {
        var space = SpaceOf([2, 3]);

        Assert.Equal(0, space.IndexOf([0, 0]));
        Assert.Equal(1, space.IndexOf([0, 1]));
        Assert.Equal(3, space.IndexOf([1, 0]));
        Assert.Equal(5, space.IndexOf([1, 2]));
    }

    [Fact]
    public void IndexOf_ValueOutsideIssue_NamesTheIssue()
    {
        var space = SpaceOf([2, 3]);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => space.IndexOf([0, 3]));
        Assert.Contains("'i1'", error.Message);
    }

    [Fact]
    public void Enumerate_VisitsOutcomesInIndexOrder()
    {
        Radices.Sample(radices =>
        {
            var space = SpaceOf(radices);
            long expected = 0;
            foreach (var outcome in space)
            {
                Assert.Equal(expected++, space.IndexOf(outcome));
            }

            Assert.Equal(space.Count, expected);
        });
    }

    [Fact]
    public void Enumerate_LargeSpace_AllocatesNothingPerOutcome()
    {
        var space = SpaceOf([10, 10, 10, 10, 10]);
        long checksum = 0;

        // Warm up the JIT, then measure one full pass of 100,000 outcomes.
        foreach (var outcome in space)
        {
            checksum += outcome[0];
        }

        // The least of three passes: the JIT's tier-up can land its own bytes on this thread during one pass, while an
        // allocation per outcome would show in every pass (at least 100,000 × 24 bytes).
        var allocated = long.MaxValue;
        for (var pass = 0; pass < 3; pass++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            foreach (var outcome in space)
            {
                checksum += outcome[4];
            }

            allocated = Math.Min(allocated, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.True(allocated < 1024, $"enumerating 100,000 outcomes allocated {allocated} bytes");
        Assert.Equal(4 * 450_000, checksum);
    }

    [Fact]
    public void Sample_SameSeed_SameOutcomes()
    {
        var space = SpaceOf([7, 3, 5]);
        var a = new int[3];
        var b = new int[3];
        var first = new Random(42);
        var second = new Random(42);

        for (var i = 0; i < 100; i++)
        {
            space.Sample(first, a);
            space.Sample(second, b);
            Assert.Equal(a, b);
        }
    }

    [Fact]
    public void Sample_ManyDraws_CoverEveryOutcomeEvenly()
    {
        var space = SpaceOf([3, 4]);
        var counts = new int[12];
        var random = new Random(7);
        var values = new int[2];
        const int draws = 120_000;
        for (var i = 0; i < draws; i++)
        {
            space.Sample(random, values);
            counts[space.IndexOf(values)]++;
        }

        // Each of the 12 outcomes expects 10,000 draws (sd ≈ 96); 5 sd is a generous but real bound.
        Assert.All(counts, c => Assert.InRange(c, 10_000 - 480, 10_000 + 480));
    }

    [Fact]
    public void Constructor_DuplicateIssueNames_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new OutcomeSpace([new IntegerIssue("a", 0, 1), new IntegerIssue("a", 0, 2)]));
        Assert.Contains("'a'", error.Message);
    }

    [Fact]
    public void Constructor_NoIssues_Throws() =>
        Assert.Throws<ArgumentException>(() => new OutcomeSpace([]));

    [Fact]
    public void CreateOutcome_ByValues_FindsIndices()
    {
        var space = new OutcomeSpace([new DiscreteIssue("colour", ["red", "blue"]), new IntegerIssue("n", 5, 9)]);

        var outcome = space.CreateOutcome(IssueValue.Of("blue"), IssueValue.Of(7L));

        Assert.Equal([1, 2], outcome.ValueIndices.ToArray());
        Assert.Equal(Outcome.FromIndices(1, 2), outcome);
        Assert.Equal("blue", space.Describe(outcome.ValueIndices)[0].Value.Text);
    }
}
