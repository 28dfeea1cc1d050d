using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Parley.Analysis;

/// <summary>
/// The Pareto frontier of a set of utility vectors given as flat columns (one <see cref="double"/> array per party,
/// item i's utility for party j in <c>columns[j][i]</c>): the items no other item weakly dominates, that is, no other
/// item is at least as good for every party and strictly better for one. Items with identical vectors do not
/// dominate each other, so all of them stay.
/// <para>
/// The result lists item numbers in frontier order: the first column descending, then the next columns descending,
/// then item number ascending. Each party count has its own algorithm (see the partial files): a linear pre-filter
/// that only drops items an actual other item dominates, then an exact sweep over the sorted survivors.
/// </para>
/// </summary>
internal static partial class ParetoFrontier
{
    /// <summary>Below this many items the pre-filters cost more than they save; everything is sorted.</summary>
    private const int SmallInput = 2048;

    /// <summary>Computes the frontier (see the type). Every utility must be finite.</summary>
    public static int[] Compute(IReadOnlyList<double[]> columns, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Count < 2)
        {
            throw new ArgumentException($"A Pareto frontier needs at least 2 parties (got {columns.Count}).", nameof(columns));
        }

        var n = columns[0].Length;
        var ranges = new ValueRange[columns.Count];
        for (var j = 0; j < columns.Count; j++)
        {
            if (columns[j].Length != n)
            {
                throw new ArgumentException($"Utility column {j} has {columns[j].Length} entries, column 0 has {n}.", nameof(columns));
            }

            ranges[j] = Scan(columns[j], j, maxDegreeOfParallelism);
        }

        if (n == 0)
        {
            return [];
        }

        // Parties with identical preferences add a dimension but no dominance information: drop later copies. The
        // frontier is the same set, and so is its order (a copy compares equal wherever its twin, earlier in the
        // lexicographic order, already did). Scenarios with many role variants (SON: 26 profiles, 10 distinct) gain most.
        var distinct = DistinctColumns(columns);
        if (distinct.Length < columns.Count)
        {
            ranges = [.. distinct.Select(j => ranges[j])];
            columns = [.. distinct.Select(j => columns[j])];
        }

        return columns.Count switch
        {
            1 => Maximisers(columns[0], ranges[0]),
            2 => TwoParties(columns[0], columns[1], ranges[0], maxDegreeOfParallelism),
            3 => ThreeParties(columns[0], columns[1], columns[2], ranges[0], ranges[1], maxDegreeOfParallelism),
            _ => ManyParties(columns, maxDegreeOfParallelism),
        };
    }

    /// <summary>The positions of the columns that are not a value-for-value copy of an earlier column.</summary>
    private static int[] DistinctColumns(IReadOnlyList<double[]> columns)
    {
        var kept = new List<int>();
        for (var j = 0; j < columns.Count; j++)
        {
            var copy = false;
            foreach (var earlier in kept)
            {
                if (ReferenceEquals(columns[earlier], columns[j]) || columns[earlier].AsSpan().SequenceEqual(columns[j]))
                {
                    copy = true;
                    break;
                }
            }

            if (!copy)
            {
                kept.Add(j);
            }
        }

        return [.. kept];
    }

    /// <summary>When every party has the same utilities, the frontier is every item with the highest one.</summary>
    private static int[] Maximisers(double[] column, ValueRange range)
    {
        var items = new List<int>();
        for (var i = 0; i < column.Length; i++)
        {
            if (column[i] == range.Max)
            {
                items.Add(i);
            }
        }

        return [.. items];
    }

    /// <summary>Whether <paramref name="q"/> weakly dominates <paramref name="p"/>: ≥ everywhere and &gt; somewhere.</summary>
    public static bool Dominates(ReadOnlySpan<double> q, ReadOnlySpan<double> p)
    {
        var strict = false;
        for (var j = 0; j < p.Length; j++)
        {
            if (q[j] < p[j])
            {
                return false;
            }

            strict |= q[j] > p[j];
        }

        return strict;
    }

    private static int[] AllItems(int n)
    {
        var items = new int[n];
        for (var i = 0; i < n; i++)
        {
            items[i] = i;
        }

        return items;
    }

    /// <summary>Minimum and maximum of a column, in one vectorised parallel pass that also rejects NaN and infinities.</summary>
    private static ValueRange Scan(double[] column, int party, int maxDegreeOfParallelism)
    {
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        var finite = true;
        ChunkedParallel.ForWithLocal(
            column.Length,
            maxDegreeOfParallelism,
            () => new double[3] { double.PositiveInfinity, double.NegativeInfinity, 0 },
            (start, end, local) =>
            {
                var span = column.AsSpan(start, end - start);
                double lo = local[0], hi = local[1], nan = local[2];
                var i = 0;
                if (Vector.IsHardwareAccelerated && span.Length >= Vector<double>.Count)
                {
                    var vectors = MemoryMarshal.Cast<double, Vector<double>>(span);
                    var vlo = new Vector<double>(lo);
                    var vhi = new Vector<double>(hi);
                    var vnan = Vector<double>.Zero;
                    foreach (var v in vectors)
                    {
                        vlo = Vector.Min(vlo, v);
                        vhi = Vector.Max(vhi, v);
                        vnan += v - v; // 0 for finite values, NaN for NaN and ±∞
                    }

                    for (var k = 0; k < Vector<double>.Count; k++)
                    {
                        lo = Math.Min(lo, vlo[k]);
                        hi = Math.Max(hi, vhi[k]);
                        nan += vnan[k];
                    }

                    i = vectors.Length * Vector<double>.Count;
                }

                for (; i < span.Length; i++)
                {
                    lo = Math.Min(lo, span[i]);
                    hi = Math.Max(hi, span[i]);
                    nan += span[i] - span[i];
                }

                local[0] = lo;
                local[1] = hi;
                local[2] = nan;
            },
            local =>
            {
                min = Math.Min(min, local[0]);
                max = Math.Max(max, local[1]);
                finite &= double.IsFinite(local[2]) && double.IsFinite(local[0]) && double.IsFinite(local[1]);
            });

        if (!finite)
        {
            var bad = Array.FindIndex(column, x => !double.IsFinite(x));
            throw new ArgumentException(string.Create(
                CultureInfo.InvariantCulture,
                $"Party {party} has utility {column[bad]} at item {bad}; a Pareto frontier needs finite utilities."));
        }

        return new ValueRange(min, max);
    }

    /// <summary>The smallest and largest value of a column.</summary>
    private readonly record struct ValueRange(double Min, double Max);

    /// <summary>
    /// Maps a value in a <see cref="ValueRange"/> to one of <c>count</c> equal-width buckets. The map is monotone
    /// (x ≤ y ⇒ bucket(x) ≤ bucket(y), since subtraction, multiplication by a positive constant and truncation all are),
    /// so an item in a strictly higher bucket has a strictly higher value: the only fact the pre-filters rely on.
    /// </summary>
    private readonly struct UniformBuckets
    {
        private readonly double _min;
        private readonly double _scale;
        private readonly int _last;

        public UniformBuckets(ValueRange range, int count)
        {
            _min = range.Min;
            var scale = count / (range.Max - range.Min);
            _scale = double.IsFinite(scale) ? scale : 0; // a constant column (or overflow) puts everything in bucket 0
            _last = count - 1;
        }

        public int Of(double x) => Math.Min((int)((x - _min) * _scale), _last);
    }
}
