using Parley.Analysis;

namespace Parley.Tests.Analysis;

public sealed class LexicographicSortTests
{
    [Theory]
    [InlineData(100, 1)]
    [InlineData(50_000, 2)]
    public void SortDescending_ManyTies_MatchesComparisonSort(int n, int seed)
    {
        var random = new Random(seed);
        double[] pool = [-1.5, -0.0, 0.0, 1e-300, 0.25, 0.5, 0.5000000000000001, 1, double.MaxValue];
        var keys = new double[3][];
        for (var k = 0; k < 3; k++)
        {
            keys[k] = [.. Enumerable.Range(0, n).Select(_ => random.Next(4) == 0 ? random.NextDouble() : pool[random.Next(pool.Length)])];
        }

        var items = Enumerable.Range(0, n).ToArray();
        var expected = items.ToArray();
        Array.Sort(expected, (x, y) =>
        {
            foreach (var column in keys)
            {
                if (column[x] != column[y])
                {
                    return column[x] > column[y] ? -1 : 1;
                }
            }

            return x.CompareTo(y);
        });

        LexicographicSort.SortDescending(keys, items);

        Assert.Equal(expected, items);
    }

    [Fact]
    public void DescendingKey_OrdersDoublesDescendingWithZerosEqual()
    {
        double[] ascending = [double.NegativeInfinity, -1e300, -1, -double.Epsilon, 0.0, double.Epsilon, 1, 1e300, double.PositiveInfinity];

        for (var i = 1; i < ascending.Length; i++)
        {
            Assert.True(LexicographicSort.DescendingKey(ascending[i]) < LexicographicSort.DescendingKey(ascending[i - 1]));
        }

        Assert.Equal(LexicographicSort.DescendingKey(0.0), LexicographicSort.DescendingKey(-0.0));
    }
}
