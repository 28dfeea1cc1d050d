namespace Parley.Analysis;

/// <content>Two parties: bucket pre-filter, then a sort and a staircase sweep. O(n) + O(m log m) for m survivors.</content>
internal static partial class ParetoFrontier
{
    private static int[] TwoParties(double[] a, double[] b, ValueRange rangeA, int maxDegreeOfParallelism)
    {
        var n = a.Length;
        var survivors = n <= SmallInput ? AllItems(n) : FilterTwoParties(a, b, rangeA, maxDegreeOfParallelism);
        LexicographicSort.SortDescending([a, b], survivors);

        // Sorted by (a desc, b desc, item asc). An item is on the frontier iff its b is the largest of its a-group and
        // larger than every b seen in groups of strictly larger a: anything that dominates it sorts before it.
        var frontier = new List<int>();
        var bestAbove = double.NegativeInfinity;
        var i = 0;
        while (i < survivors.Length)
        {
            var groupA = a[survivors[i]];
            var groupB = b[survivors[i]];
            var onFrontier = groupB > bestAbove;
            for (; i < survivors.Length && a[survivors[i]] == groupA; i++)
            {
                if (onFrontier && b[survivors[i]] == groupB)
                {
                    frontier.Add(survivors[i]);
                }
            }

            bestAbove = Math.Max(bestAbove, groupB);
        }

        return [.. frontier];
    }

    /// <summary>
    /// Drops every item that an item in a strictly higher bucket of <paramref name="a"/> dominates. Bucket k keeps the
    /// largest b of its items; an item in bucket k with b ≤ max over buckets above k is dominated (strictly higher a,
    /// at least as high b) by an actual item, so dropping it is exact, ties included. Returns survivors in item order.
    /// </summary>
    private static int[] FilterTwoParties(double[] a, double[] b, ValueRange rangeA, int maxDegreeOfParallelism)
    {
        var n = a.Length;
        var count = Math.Clamp(n / 16, 64, 1 << 16);
        var buckets = new UniformBuckets(rangeA, count);
        var best = NewFilled(count, double.NegativeInfinity);
        ChunkedParallel.ForWithLocal(
            n,
            maxDegreeOfParallelism,
            () => NewFilled(count, double.NegativeInfinity),
            (start, end, local) =>
            {
                for (var i = start; i < end; i++)
                {
                    var k = buckets.Of(a[i]);
                    if (b[i] > local[k])
                    {
                        local[k] = b[i];
                    }
                }
            },
            local =>
            {
                for (var k = 0; k < count; k++)
                {
                    best[k] = Math.Max(best[k], local[k]);
                }
            });

        // above[k] = the largest b in buckets strictly above k.
        var above = new double[count];
        var running = double.NegativeInfinity;
        for (var k = count - 1; k >= 0; k--)
        {
            above[k] = running;
            running = Math.Max(running, best[k]);
        }

        return ChunkedParallel.Collect(
            n,
            maxDegreeOfParallelism,
            (start, end, list) =>
            {
                for (var i = start; i < end; i++)
                {
                    if (b[i] > above[buckets.Of(a[i])])
                    {
                        list.Add(i);
                    }
                }
            });
    }

    private static double[] NewFilled(int length, double value)
    {
        var array = GC.AllocateUninitializedArray<double>(length);
        array.AsSpan().Fill(value);
        return array;
    }
}
