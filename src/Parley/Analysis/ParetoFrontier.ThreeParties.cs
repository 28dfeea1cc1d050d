namespace Parley.Analysis;

/// <content>
/// Three parties: grid pre-filter on (a, b), then a lexicographic sort and a sweep that answers "does an earlier
/// frontier item have b' ≥ b and c' ≥ c?" with a max-Fenwick tree over the ranks of b. O(n) + O(m log m).
/// </content>
internal static partial class ParetoFrontier
{
    private static int[] ThreeParties(
        double[] a, double[] b, double[] c, ValueRange rangeA, ValueRange rangeB, int maxDegreeOfParallelism)
    {
        var n = a.Length;
        var survivors = n <= SmallInput ? AllItems(n) : FilterThreeParties(a, b, c, rangeA, rangeB, maxDegreeOfParallelism);
        LexicographicSort.SortDescending([a, b, c], survivors);

        // Sorted by (a, b, c) descending: every item that dominates p sorts before p, and every item before p with a
        // different vector is lexicographically larger, so has a' ≥ a. Hence p is dominated iff an earlier item with a
        // different vector has b' ≥ b and c' ≥ c. It suffices to look at earlier frontier items (a dominated dominator
        // has a frontier dominator that is earlier still). Identical vectors are adjacent and decided together.
        var levels = DistinctDescending(b, survivors);
        var tree = new MaxFenwickTree(levels.Length);
        var frontier = new List<int>();
        var i = 0;
        while (i < survivors.Length)
        {
            var p = survivors[i];
            var end = i + 1;
            while (end < survivors.Length && a[survivors[end]] == a[p] && b[survivors[end]] == b[p] && c[survivors[end]] == c[p])
            {
                end++;
            }

            var level = LevelOf(levels, b[p]);
            if (tree.PrefixMaximum(level) < c[p])
            {
                for (var k = i; k < end; k++)
                {
                    frontier.Add(survivors[k]);
                }

                tree.Raise(level, c[p]);
            }

            i = end;
        }

        return [.. frontier];
    }

    /// <summary>
    /// Drops every item that an item in a cell strictly above in both a and b dominates: cell (x, y) keeps its largest
    /// c, a 2-D suffix maximum gives the largest c over cells (x' &gt; x, y' &gt; y), and an item whose c is at most
    /// that is dominated by an actual item (strictly higher a and b, at least as high c). Exact, ties included.
    /// </summary>
    private static int[] FilterThreeParties(
        double[] a, double[] b, double[] c, ValueRange rangeA, ValueRange rangeB, int maxDegreeOfParallelism)
    {
        var n = a.Length;
        var side = Math.Clamp((int)Math.Sqrt(n / 4.0), 16, 128);
        var bucketsA = new UniformBuckets(rangeA, side);
        var bucketsB = new UniformBuckets(rangeB, side);
        var cells = side * side;
        var best = NewFilled(cells, double.NegativeInfinity);
        ChunkedParallel.ForWithLocal(
            n,
            maxDegreeOfParallelism,
            () => NewFilled(cells, double.NegativeInfinity),
            (start, end, local) => RaiseCellMaxima(
                a.AsSpan(start, end - start), b.AsSpan(start, end - start), c.AsSpan(start, end - start), bucketsA, bucketsB, side, local),
            local =>
            {
                for (var k = 0; k < cells; k++)
                {
                    best[k] = Math.Max(best[k], local[k]);
                }
            });

        // suffix[x][y] = max over cells x' ≥ x, y' ≥ y, with a border of −∞ at x = side and y = side.
        var stride = side + 1;
        var suffix = NewFilled(stride * stride, double.NegativeInfinity);
        for (var x = side - 1; x >= 0; x--)
        {
            for (var y = side - 1; y >= 0; y--)
            {
                var here = best[(x * side) + y];
                var right = suffix[((x + 1) * stride) + y];
                var up = suffix[(x * stride) + y + 1];
                suffix[(x * stride) + y] = Math.Max(here, Math.Max(right, up));
            }
        }

        // above[cell(x, y)] = max c over cells strictly above in both coordinates.
        var above = new double[cells];
        for (var x = 0; x < side; x++)
        {
            for (var y = 0; y < side; y++)
            {
                above[(x * side) + y] = suffix[((x + 1) * stride) + y + 1];
            }
        }

        return ChunkedParallel.Collect(
            n,
            maxDegreeOfParallelism,
            (start, end, list) => KeepAbove(
                a.AsSpan(start, end - start), b.AsSpan(start, end - start), c.AsSpan(start, end - start), start, bucketsA, bucketsB, side, above, list));
    }

    // The hot loops take spans and locals (not captured fields) so the JIT keeps them in registers.
    private static void RaiseCellMaxima(
        ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> c, UniformBuckets bucketsA, UniformBuckets bucketsB, int side, Span<double> best)
    {
        b = b[..a.Length];
        c = c[..a.Length];
        for (var i = 0; i < a.Length; i++)
        {
            ref var slot = ref best[(bucketsA.Of(a[i]) * side) + bucketsB.Of(b[i])];
            if (c[i] > slot)
            {
                slot = c[i];
            }
        }
    }

    private static void KeepAbove(
        ReadOnlySpan<double> a,
        ReadOnlySpan<double> b,
        ReadOnlySpan<double> c,
        int offset,
        UniformBuckets bucketsA,
        UniformBuckets bucketsB,
        int side,
        ReadOnlySpan<double> above,
        List<int> list)
    {
        b = b[..a.Length];
        c = c[..a.Length];
        for (var i = 0; i < a.Length; i++)
        {
            if (c[i] > above[(bucketsA.Of(a[i]) * side) + bucketsB.Of(b[i])])
            {
                list.Add(offset + i);
            }
        }
    }

    /// <summary>The distinct values of <c>column[item]</c> over the items, largest first (−0.0 and +0.0 as one).</summary>
    private static double[] DistinctDescending(double[] column, int[] items)
    {
        var values = new double[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            values[i] = column[items[i]] + 0.0;
        }

        Array.Sort(values);
        var distinct = new List<double>(values.Length);
        for (var i = values.Length - 1; i >= 0; i--)
        {
            if (distinct.Count == 0 || distinct[^1] != values[i])
            {
                distinct.Add(values[i]);
            }
        }

        return [.. distinct];
    }

    /// <summary>The position of <paramref name="value"/> in a descending array of distinct values that holds it.</summary>
    private static int LevelOf(double[] descending, double value)
    {
        int lo = 0, hi = descending.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (descending[mid] > value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
