using Parley.Outcomes;
using Parley.Preferences;

namespace Parley.Analysis;

/// <summary>
/// The exact Pareto frontier of parties whose utilities are ANAC 2014 hyper-rectangle sums, without enumerating the
/// space: a depth-first branch and bound over the issues. Below a node (some issues fixed), a party's utility is at most
/// the sum of the positive rectangles that can still contain an outcome there, scaled and capped like the function
/// itself; a subtree is skipped when an outcome already found strictly dominates that bound, because it then dominates
/// every outcome inside. Leaves sum the rectangles that contain them exactly as the function does, so the frontier's
/// utilities are bit for bit those of enumeration, and outcomes with equal utility vectors are all kept. The first
/// issue's values are split among threads, which prune with every outcome any of them has found. See docs/analysis.md.
/// </summary>
internal sealed partial class HyperRectangleSearch
{
    /// <summary>Nodes visited before the search gives up (a frontier hard to bound, not a bug).</summary>
    public const long DefaultMaxNodes = 1_000_000_000;

    // Bounds are sums in another order than the function's; this slack keeps them above any rounding of the exact sum.
    private const double RelativeSlack = 1e-12;

    private readonly OutcomeSpace _space;
    private readonly HyperRectangleUtilityFunction[] _functions;
    private readonly int _maxPoints;
    private readonly long _maxNodes;
    private readonly int _parties;
    private readonly int _issues;
    private readonly int[] _order;
    private readonly int _words;
    private readonly int[] _firstWord;
    private readonly ulong[][][] _excluded;
    private readonly double[] _positiveUtility;
    private readonly double[] _utility;
    private readonly int[] _partyOfBit;
    private readonly Lock _publishing = new();
    private double[][] _found = [];
    private long _nodes;

    public HyperRectangleSearch(OutcomeSpace space, HyperRectangleUtilityFunction[] functions, int maxPoints, long maxNodes = DefaultMaxNodes)
    {
        _space = space;
        _functions = functions;
        _maxPoints = maxPoints;
        _maxNodes = maxNodes;
        _parties = functions.Length;
        _issues = space.IssueCount;

        // One bit per rectangle, each party's rectangles in whole words of their own.
        _firstWord = new int[_parties + 1];
        for (var j = 0; j < _parties; j++)
        {
            _firstWord[j + 1] = _firstWord[j] + ((functions[j].IndexRectangles.Count + 63) / 64);
        }

        _words = _firstWord[_parties];
        _positiveUtility = new double[_words * 64];
        _utility = new double[_words * 64];
        _partyOfBit = new int[_words * 64];
        var constraints = new int[_issues];
        _excluded = new ulong[_issues][][];
        for (var i = 0; i < _issues; i++)
        {
            _excluded[i] = new ulong[space.Radices[i]][];
            for (var v = 0; v < _excluded[i].Length; v++)
            {
                _excluded[i][v] = new ulong[_words];
            }
        }

        for (var j = 0; j < _parties; j++)
        {
            var rectangles = functions[j].IndexRectangles;
            for (var r = 0; r < rectangles.Count; r++)
            {
                var bit = (_firstWord[j] * 64) + r;
                _positiveUtility[bit] = Math.Max(0, rectangles[r].Utility);
                _utility[bit] = rectangles[r].Utility;
                _partyOfBit[bit] = j;
                for (var b = 0; b < rectangles[r].Issues.Count; b++)
                {
                    var issue = rectangles[r].Issues[b];
                    constraints[issue]++;
                    for (var v = 0; v < _excluded[issue].Length; v++)
                    {
                        if (v < rectangles[r].Mins[b] || v > rectangles[r].Maxs[b])
                        {
                            _excluded[issue][v][bit >> 6] |= 1UL << (bit & 63);
                        }
                    }
                }
            }
        }

        // The most constrained issues first: their values cut the bounds most.
        _order = [.. Enumerable.Range(0, _issues).OrderByDescending(i => constraints[i]).ThenBy(i => i)];
    }

    /// <summary>
    /// The frontier in frontier order, or null with the reason when it gives up (too many nodes or points). The first
    /// issue's values are searched in parallel, each worker pruning with what it has found; the archives are merged at
    /// the end, so the result does not depend on the thread count.
    /// </summary>
    public FrontierPoints? TryCompute(int maxDegreeOfParallelism, out string? failure)
    {
        var workers = new List<Worker>();
        var firstRadix = _space.Radices[_order[0]];
        if (maxDegreeOfParallelism == 1 || firstRadix == 1)
        {
            var worker = new Worker(this);
            worker.Run(first: -1);
            workers.Add(worker);
        }
        else
        {
            Parallel.For(
                0,
                firstRadix,
                new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism },
                () => new Worker(this),
                (value, _, worker) =>
                {
                    worker.Run(first: value);
                    return worker;
                },
                worker =>
                {
                    lock (workers)
                    {
                        workers.Add(worker);
                    }
                });
        }

        failure = workers.Select(w => w.Failure).FirstOrDefault(f => f is not null);
        if (failure is null)
        {
            var merged = new Worker(this);
            foreach (var point in workers.SelectMany(w => w.Archive))
            {
                foreach (var outcome in point.Outcomes)
                {
                    merged.Insert(point.Utilities, outcome);
                }
            }

            failure = merged.Failure;
            if (failure is null)
            {
                return Assemble(merged.Archive);
            }
        }

        return null;
    }

    /// <summary>An upper bound on party <paramref name="j"/>'s utility given a sum of its possible positive rectangles.</summary>
    private double Bound(int j, double positiveSum)
    {
        var scaled = positiveSum / _functions[j].MaximumUtility;
        return Math.Min(1.0, (scaled * (1 + RelativeSlack)) + RelativeSlack);
    }

    /// <summary>
    /// True when an outcome any worker found is at least as good for every party as <paramref name="utilities"/> and
    /// better for one: the pruning test, shared so that every worker prunes with everything found so far.
    /// </summary>
    private bool IsStrictlyDominated(double[] utilities)
    {
        foreach (var found in Volatile.Read(ref _found))
        {
            if (Dominates(found, utilities))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Shares a newly found non-dominated utility vector with every worker (rare: copy on write).</summary>
    private void Publish(double[] utilities)
    {
        lock (_publishing)
        {
            var current = _found;
            if (current.Any(f => Dominates(f, utilities) || f.AsSpan().SequenceEqual(utilities)))
            {
                return;
            }

            Volatile.Write(ref _found, [.. current.Where(f => !Dominates(utilities, f)), (double[])utilities.Clone()]);
        }
    }

    private static bool Dominates(double[] a, double[] b)
    {
        var better = false;
        for (var j = 0; j < a.Length; j++)
        {
            if (a[j] < b[j])
            {
                return false;
            }

            better |= a[j] > b[j];
        }

        return better;
    }

    /// <summary>The archive as frontier points: utilities descending party by party, then outcome order.</summary>
    private FrontierPoints Assemble(List<ArchivePoint> archive)
    {
        var all = archive.SelectMany(p => p.Outcomes.Select(o => new Entry(p.Utilities, o))).ToArray();
        if (_space.IsIndexable)
        {
            foreach (var entry in all)
            {
                entry.Key = _space.IndexOf(entry.Values);
            }
        }
        else
        {
            Array.Sort(all, static (a, b) => a.Values.AsSpan().SequenceCompareTo(b.Values));
            for (var rank = 0; rank < all.Length; rank++)
            {
                all[rank].Key = rank;
            }
        }

        Array.Sort(all, (a, b) =>
        {
            for (var j = 0; j < _parties; j++)
            {
                var c = b.Utilities[j].CompareTo(a.Utilities[j]);
                if (c != 0)
                {
                    return c;
                }
            }

            return a.Key.CompareTo(b.Key);
        });

        var outcomes = new Outcome[all.Length];
        var utilities = new double[all.Length * _parties];
        var keys = new long[all.Length];
        for (var t = 0; t < all.Length; t++)
        {
            outcomes[t] = Outcome.FromIndices(all[t].Values);
            keys[t] = all[t].Key;
            all[t].Utilities.CopyTo(utilities, t * _parties);
        }

        return new FrontierPoints(outcomes, utilities, keys, _parties);
    }

    private sealed class Entry(double[] utilities, int[] values)
    {
        public double[] Utilities { get; } = utilities;

        public int[] Values { get; } = values;

        /// <summary>Orders entries as the outcome space does: the dense index, or the rank of the value-index vector.</summary>
        public long Key { get; set; }
    }

    /// <summary>A non-dominated utility vector and every outcome found with it.</summary>
    private sealed record ArchivePoint(double[] Utilities, List<int[]> Outcomes);
}
