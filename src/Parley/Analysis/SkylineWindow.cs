using System.Numerics;

namespace Parley.Analysis;

/// <summary>
/// The growing set of frontier points of a Sort-Filter-Skyline pass, answering "does any stored point dominate p?".
/// <para>
/// Two things keep the query cheap. Points are grouped by their region relative to a pivot vector v (bit j of a point's
/// region is set when uⱼ &gt; vⱼ; the pivot is the per-party median): if q dominates p then q's region contains p's,
/// so only groups whose region is a superset of p's are scanned (the partitioning idea of BSkyTree, Lee and Hwang 2010).
/// Within a group, points are stored column by column and compared with p several at a time with SIMD, giving up on a
/// group of points at the first party for which all of them fall short.
/// </para>
/// </summary>
internal sealed class SkylineWindow
{
    private const int MaxRegionParties = 64;
    private readonly int _parties;
    private readonly double[] _pivot;
    private readonly Dictionary<ulong, Group> _groupByRegion = [];
    private readonly List<Group> _groups = [];

    public SkylineWindow(int parties, double[] pivot)
    {
        _parties = parties;
        _pivot = pivot;
    }

    /// <summary>How many points are stored.</summary>
    public int Count { get; private set; }

    /// <summary>The region of a point relative to the pivot (the first 64 parties only; fewer bits is still exact).</summary>
    public ulong RegionOf(ReadOnlySpan<double> point)
    {
        ulong region = 0;
        for (var j = 0; j < Math.Min(_parties, MaxRegionParties); j++)
        {
            if (point[j] > _pivot[j])
            {
                region |= 1UL << j;
            }
        }

        return region;
    }

    /// <summary>Stores a point.</summary>
    public void Add(ReadOnlySpan<double> point)
    {
        var region = RegionOf(point);
        if (!_groupByRegion.TryGetValue(region, out var group))
        {
            group = new Group(region, _parties);
            _groupByRegion.Add(region, group);
            _groups.Add(group);
        }

        group.Add(point);
        Count++;
    }

    /// <summary>Whether a stored point weakly dominates <paramref name="p"/> (≥ for every party, &gt; for one).</summary>
    public bool AnyDominates(ReadOnlySpan<double> p)
    {
        var region = RegionOf(p);
        foreach (var group in _groups)
        {
            if ((group.Region & region) == region && group.AnyDominates(p))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Points of one region, stored column by column.</summary>
    private sealed class Group
    {
        private readonly int _parties;
        private double[][] _columns;

        public Group(ulong region, int parties)
        {
            Region = region;
            _parties = parties;
            _columns = new double[parties][];
            for (var j = 0; j < parties; j++)
            {
                _columns[j] = new double[Vector<double>.Count * 4];
            }
        }

        public ulong Region { get; }

        public int Count { get; private set; }

        public void Add(ReadOnlySpan<double> point)
        {
            if (Count == _columns[0].Length)
            {
                for (var j = 0; j < _parties; j++)
                {
                    Array.Resize(ref _columns[j], Count * 2);
                }
            }

            for (var j = 0; j < _parties; j++)
            {
                _columns[j][Count] = point[j];
            }

            Count++;
        }

        public bool AnyDominates(ReadOnlySpan<double> p)
        {
            var columns = _columns;
            var count = Count;
            var w = 0;
            var width = Vector<double>.Count;
            if (Vector.IsHardwareAccelerated && count >= width)
            {
                for (; w + width <= count; w += width)
                {
                    var atLeast = Vector.GreaterThanOrEqual(new Vector<double>(columns[0], w), new Vector<double>(p[0]));
                    for (var j = 1; j < _parties && atLeast != Vector<long>.Zero; j++)
                    {
                        atLeast &= Vector.GreaterThanOrEqual(new Vector<double>(columns[j], w), new Vector<double>(p[j]));
                    }

                    if (atLeast == Vector<long>.Zero)
                    {
                        continue;
                    }

                    for (var lane = 0; lane < width; lane++)
                    {
                        if (atLeast[lane] != 0 && StrictlyBetterSomewhere(w + lane, p))
                        {
                            return true;
                        }
                    }
                }
            }

            for (; w < count; w++)
            {
                if (AtLeastEverywhere(w, p) && StrictlyBetterSomewhere(w, p))
                {
                    return true;
                }
            }

            return false;
        }

        private bool AtLeastEverywhere(int w, ReadOnlySpan<double> p)
        {
            for (var j = 0; j < _parties; j++)
            {
                if (_columns[j][w] < p[j])
                {
                    return false;
                }
            }

            return true;
        }

        private bool StrictlyBetterSomewhere(int w, ReadOnlySpan<double> p)
        {
            for (var j = 0; j < _parties; j++)
            {
                if (_columns[j][w] > p[j])
                {
                    return true;
                }
            }

            return false;
        }
    }
}
