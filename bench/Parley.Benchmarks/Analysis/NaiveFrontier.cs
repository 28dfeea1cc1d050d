namespace Parley.Benchmarks.Analysis;

/// <summary>
/// The plain way, for baselines: sort every item with <see cref="Array.Sort{TKey, TValue}(TKey[], TValue[])"/> by the
/// first utility descending, then sweep (2 parties) or compare with every frontier item found so far (3 parties).
/// Exact, ties included.
/// </summary>
internal static class NaiveFrontier
{
    public static List<int> TwoParties(double[] a, double[] b)
    {
        var n = a.Length;
        var keys = new double[n];
        var items = new int[n];
        for (var i = 0; i < n; i++)
        {
            keys[i] = -a[i];
            items[i] = i;
        }

        Array.Sort(keys, items);
        var frontier = new List<int>();
        var bestAbove = double.NegativeInfinity;
        var start = 0;
        while (start < n)
        {
            var end = start;
            var groupBest = double.NegativeInfinity;
            for (; end < n && keys[end] == keys[start]; end++)
            {
                groupBest = Math.Max(groupBest, b[items[end]]);
            }

            if (groupBest > bestAbove)
            {
                for (var t = start; t < end; t++)
                {
                    if (b[items[t]] == groupBest)
                    {
                        frontier.Add(items[t]);
                    }
                }
            }

            bestAbove = Math.Max(bestAbove, groupBest);
            start = end;
        }

        return frontier;
    }

    public static List<int> ThreeParties(double[] a, double[] b, double[] c)
    {
        var n = a.Length;
        var items = Enumerable.Range(0, n).ToArray();
        Array.Sort(items, (x, y) =>
        {
            var r = a[y].CompareTo(a[x]);
            r = r != 0 ? r : b[y].CompareTo(b[x]);
            return r != 0 ? r : c[y].CompareTo(c[x]);
        });

        var frontier = new List<int>();
        foreach (var p in items)
        {
            var dominated = false;
            foreach (var q in frontier)
            {
                if (a[q] >= a[p] && b[q] >= b[p] && c[q] >= c[p] && (a[q] > a[p] || b[q] > b[p] || c[q] > c[p]))
                {
                    dominated = true;
                    break;
                }
            }

            if (!dominated)
            {
                frontier.Add(p);
            }
        }

        return frontier;
    }

    /// <summary>Nash (reservation 0) over the frontier items: the largest product, ties to the lowest item.</summary>
    public static int Nash(List<int> frontier, params double[][] columns)
    {
        var best = -1;
        var bestValue = double.NegativeInfinity;
        foreach (var i in frontier)
        {
            var product = 1.0;
            foreach (var column in columns)
            {
                product *= column[i];
            }

            if (product > bestValue || (product == bestValue && i < best))
            {
                best = i;
                bestValue = product;
            }
        }

        return best;
    }

    /// <summary>Kalai–Smorodinsky (reservation 0) over the frontier items.</summary>
    public static int KalaiSmorodinsky(List<int> frontier, params double[][] columns)
    {
        var ideal = columns.Select(column => frontier.Max(i => column[i])).ToArray();
        var best = -1;
        var bestValue = double.NegativeInfinity;
        foreach (var i in frontier)
        {
            var ratio = double.PositiveInfinity;
            for (var j = 0; j < columns.Length; j++)
            {
                ratio = Math.Min(ratio, ideal[j] > 0 ? columns[j][i] / ideal[j] : 1);
            }

            if (ratio > bestValue || (ratio == bestValue && i < best))
            {
                best = i;
                bestValue = ratio;
            }
        }

        return best;
    }
}
