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
        var count = Math.Clamp(n / 16, 64, 1 << 14);
        var buckets = new UniformBuckets(rangeA, count);
        var best = NewFilled(count, double.NegativeInfinity);
        ChunkedParallel.ForWithLocal(
            n,
            maxDegreeOfParallelism,
            () => NewFilled(count, double.NegativeInfinity),
            (start, end, local) => RaiseBucketMaxima(a.AsSpan(start, end - start), b.AsSpan(start, end - start), buckets, local),
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
            (start, end, list) => KeepAbove(a.AsSpan(start, end - start), b.AsSpan(start, end - start), start, buckets, above, list));
    }

    // The hot loops take spans and locals (not captured fields) so the JIT keeps them in registers.
    private static void RaiseBucketMaxima(ReadOnlySpan<double> a, ReadOnlySpan<double> b, UniformBuckets buckets, Span<double> best)
    {
        b = b[..a.Length];
        for (var i = 0; i < a.Length; i++)
        {
            ref var slot = ref best[buckets.Of(a[i])];
            if (b[i] > slot)
            {
                slot = b[i];
            }
        }
    }

    private static void KeepAbove(
        ReadOnlySpan<double> a, ReadOnlySpan<double> b, int offset, UniformBuckets buckets, ReadOnlySpan<double> above, List<int> list)
    {
        b = b[..a.Length];
        for (var i = 0; i < a.Length; i++)
        {
            if (b[i] > above[buckets.Of(a[i])])
            {
                list.Add(offset + i);
            }
        }
    }

    private static double[] NewFilled(int length, double value)
    {
        var array = GC.AllocateUninitializedArray<double>(length);
        array.AsSpan().Fill(value);
        return array;
    }
}
