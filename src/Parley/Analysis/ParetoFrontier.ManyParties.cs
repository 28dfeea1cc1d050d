namespace Parley.Analysis;

/// <content>
/// Four or more parties: Sort-Filter-Skyline (Chomicki et al., 2003) with a linear elimination pre-filter (LESS,
/// Godfrey et al., 2005). Items are sorted by the sum of their utilities, descending (ties: the utilities
/// lexicographically descending). If q dominates p then fl(Σq) ≥ fl(Σp), because floating-point addition is monotone
/// in each operand, and when the sums tie q is lexicographically larger; so every dominator of p comes before p, and
/// one pass that compares each item with the frontier found so far (the window) is exact. Cost: O(n) for the filter,
/// O(m log m) to sort the m survivors, O(m·f·k) for the window with f frontier items. In four and more dimensions no
/// known method beats O(n log^(k−2) n) in the worst case, and the divide-and-conquer ones that reach it lose to SFS on
/// the frontier sizes negotiation scenarios have; the window loop is also simple and cache-friendly.
/// </content>
internal static partial class ParetoFrontier
{
    private static int[] ManyParties(IReadOnlyList<double[]> columns, int maxDegreeOfParallelism)
    {
        var n = columns[0].Length;
        var k = columns.Count;
        var survivors = n <= SmallInput ? AllItems(n) : FilterManyParties(columns, maxDegreeOfParallelism);
        double[][] utilities = [.. columns];

        // Compact the survivors: column 0 is the sum (in party order), then the utilities.
        var m = survivors.Length;
        var keys = new double[k + 1][];
        for (var j = 0; j <= k; j++)
        {
            keys[j] = new double[m];
        }

        for (var t = 0; t < m; t++)
        {
            double sum = 0;
            for (var j = 0; j < k; j++)
            {
                var u = utilities[j][survivors[t]];
                keys[j + 1][t] = u;
                sum += u;
            }

            keys[0][t] = sum;
        }

        var order = AllItems(m);
        LexicographicSort.SortDescending(keys, order);

        var frontier = SortFilterSkyline(keys, order, survivors, k, maxDegreeOfParallelism);
        var result = frontier.ToArray();
        Array.Sort(result);
        LexicographicSort.SortDescending(columns, result);
        return result;
    }

    /// <summary>
    /// The window pass of SFS over the sorted survivors. Survivors go in blocks: every item of a block is first checked,
    /// in parallel, against the window as it stood before the block (nothing is added meanwhile, so the answer does
    /// not depend on scheduling); then, in sort order, the items still standing are checked against the block's own
    /// additions and appended. The result equals the sequential pass exactly.
    /// </summary>
    private static List<int> SortFilterSkyline(double[][] keys, int[] order, int[] survivors, int k, int maxDegreeOfParallelism)
    {
        const int BlockSize = 1024;
        var m = order.Length;
        var window = new SkylineWindow(k, Medians(keys, k));
        var frontier = new List<int>();
        var block = new double[BlockSize * k];
        var dominated = new bool[BlockSize];
        var added = new List<int>();
        for (var start = 0; start < m; start += BlockSize)
        {
            var length = Math.Min(BlockSize, m - start);
            for (var t = 0; t < length; t++)
            {
                for (var j = 0; j < k; j++)
                {
                    block[(t * k) + j] = keys[j + 1][order[start + t]];
                }
            }

            if (window.Count >= 256 && maxDegreeOfParallelism != 1)
            {
                Parallel.For(
                    0,
                    length,
                    new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism },
                    t => dominated[t] = window.AnyDominates(block.AsSpan(t * k, k)));
            }
            else
            {
                for (var t = 0; t < length; t++)
                {
                    dominated[t] = window.AnyDominates(block.AsSpan(t * k, k));
                }
            }

            added.Clear();
            for (var t = 0; t < length; t++)
            {
                var p = block.AsSpan(t * k, k);
                if (dominated[t] || added.Exists(a => Dominates(block.AsSpan(a * k, k), block.AsSpan(t * k, k))))
                {
                    continue;
                }

                window.Add(p);
                added.Add(t);
                frontier.Add(survivors[order[start + t]]);
            }
        }

        return frontier;
    }

    /// <summary>The median of each party's utilities (keys[j + 1]): the pivot that splits the window into balanced regions.</summary>
    private static double[] Medians(double[][] keys, int k)
    {
        var pivot = new double[k];
        for (var j = 0; j < k; j++)
        {
            var values = (double[])keys[j + 1].Clone();
            Array.Sort(values);
            pivot[j] = values.Length == 0 ? 0 : values[values.Length / 2];
        }

        return pivot;
    }

    /// <summary>
    /// Finds a few items that dominate much of the space (the maximisers of the plain sum, of sums that favour one party,
    /// and of the smallest utility; ties to the lowest item) and drops every item one of them dominates. Exact: only an
    /// actual item's dominance removes anything.
    /// </summary>
    private static int[] FilterManyParties(IReadOnlyList<double[]> columnList, int maxDegreeOfParallelism)
    {
        double[][] columns = [.. columnList]; // an array, not an interface, in the hot loops
        var n = columns[0].Length;
        var k = columns.Length;
        var scores = k + 2;
        var chunks = ChunkedParallel.ChunkCount(n);
        var bestScore = new double[chunks * scores];
        var bestItem = new int[chunks * scores];
        ChunkedParallel.For(
            n,
            maxDegreeOfParallelism,
            (chunk, start, end) =>
            {
                Span<double> best = stackalloc double[scores];
                Span<int> item = stackalloc int[scores];
                best.Fill(double.NegativeInfinity);
                item.Fill(start);
                for (var i = start; i < end; i++)
                {
                    double sum = 0, min = double.PositiveInfinity;
                    for (var j = 0; j < k; j++)
                    {
                        var u = columns[j][i];
                        sum += u;
                        min = Math.Min(min, u);
                    }

                    Consider(best, item, 0, sum, i);
                    Consider(best, item, k + 1, min, i);
                    for (var j = 0; j < k; j++)
                    {
                        Consider(best, item, j + 1, sum + ((k - 1) * columns[j][i]), i);
                    }
                }

                best.CopyTo(bestScore.AsSpan(chunk * scores, scores));
                item.CopyTo(bestItem.AsSpan(chunk * scores, scores));
            });

        var filters = new SortedSet<int>();
        for (var s = 0; s < scores; s++)
        {
            var winner = s;
            for (var chunk = 1; chunk < chunks; chunk++)
            {
                if (bestScore[(chunk * scores) + s] > bestScore[winner])
                {
                    winner = (chunk * scores) + s;
                }
            }

            filters.Add(bestItem[winner]);
        }

        var filterValues = new double[filters.Count * k];
        var f = 0;
        foreach (var item in filters)
        {
            for (var j = 0; j < k; j++)
            {
                filterValues[(f * k) + j] = columns[j][item];
            }

            f++;
        }

        return ChunkedParallel.Collect(
            n,
            maxDegreeOfParallelism,
            (start, end, list) =>
            {
                Span<double> p = stackalloc double[k];
                for (var i = start; i < end; i++)
                {
                    for (var j = 0; j < k; j++)
                    {
                        p[j] = columns[j][i];
                    }

                    var dominated = false;
                    for (var w = 0; w < filterValues.Length && !dominated; w += k)
                    {
                        dominated = Dominates(filterValues.AsSpan(w, k), p);
                    }

                    if (!dominated)
                    {
                        list.Add(i);
                    }
                }
            });
    }

    private static void Consider(Span<double> best, Span<int> item, int score, double value, int i)
    {
        if (value > best[score])
        {
            best[score] = value;
            item[score] = i;
        }
    }
}
