using System.Globalization;
using System.Numerics;
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
internal sealed class HyperRectangleSearch
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

    /// <summary>One thread's search: its stacks, its archive of non-dominated outcomes, its failure.</summary>
    private sealed class Worker
    {
        private readonly HyperRectangleSearch _search;
        private readonly ulong[] _alive;
        private readonly double[] _sums;
        private readonly int[] _values;
        private readonly double[] _scratch;
        private readonly Child[][] _children;
        private const int NodeBatch = 1 << 16;
        private long _storedOutcomes;
        private long _nodes;

        public Worker(HyperRectangleSearch search)
        {
            _search = search;
            _alive = new ulong[(search._issues + 1) * search._words];
            _sums = new double[(search._issues + 1) * search._parties];
            _values = new int[search._issues];
            _scratch = new double[search._parties];
            _children = new Child[search._issues][];
        }

        public List<ArchivePoint> Archive { get; } = [];

        public string? Failure { get; private set; }

        /// <summary>Searches the whole space (<paramref name="first"/> = −1) or the part where the first issue has that value.</summary>
        public void Run(int first)
        {
            var search = _search;
            var rootAlive = _alive.AsSpan(0, search._words);
            var rootSums = _sums.AsSpan(0, search._parties);
            rootAlive.Clear();
            rootSums.Clear();
            for (var j = 0; j < search._parties; j++)
            {
                var count = search._functions[j].IndexRectangles.Count;
                for (var r = 0; r < count; r++)
                {
                    var bit = (search._firstWord[j] * 64) + r;
                    rootAlive[bit >> 6] |= 1UL << (bit & 63);
                    rootSums[j] += search._positiveUtility[bit];
                }
            }

            Visit(0, first);
        }

        /// <summary>Adds an evaluated outcome unless a found one dominates it; ties join their point.</summary>
        public void Insert(double[] utilities, int[] values)
        {
            if (_search.IsStrictlyDominated(utilities))
            {
                return;
            }

            foreach (var point in Archive)
            {
                if (Dominates(point.Utilities, utilities))
                {
                    return;
                }

                if (point.Utilities.AsSpan().SequenceEqual(utilities))
                {
                    point.Outcomes.Add((int[])values.Clone());
                    Count();
                    return;
                }
            }

            for (var p = Archive.Count - 1; p >= 0; p--)
            {
                if (Dominates(utilities, Archive[p].Utilities))
                {
                    _storedOutcomes -= Archive[p].Outcomes.Count;
                    Archive.RemoveAt(p);
                }
            }

            Archive.Add(new ArchivePoint((double[])utilities.Clone(), [(int[])values.Clone()]));
            _search.Publish(utilities);
            Count();
        }

        /// <summary>Visits the children of a node at <paramref name="depth"/> (issues <c>_order[..depth]</c> fixed).</summary>
        private void Visit(int depth, int only)
        {
            var search = _search;
            var words = search._words;
            var parties = search._parties;
            var issue = search._order[depth];
            var radix = search._space.Radices[issue];
            var parentAlive = _alive.AsSpan(depth * words, words);
            if (depth == search._issues - 1)
            {
                VisitLeaves(issue, radix, parentAlive, only);
                return;
            }

            var parentSums = _sums.AsSpan(depth * parties, parties);
            var kids = _children[depth] ??= new Child[radix];
            for (var v = 0; v < radix; v++)
            {
                var raw = kids[v].Sums ??= new double[parties];
                var bounds = kids[v].Bounds ??= new double[parties];
                parentSums.CopyTo(raw);
                var excluded = search._excluded[issue][v];
                for (var w = 0; w < words; w++)
                {
                    for (var cut = parentAlive[w] & excluded[w]; cut != 0; cut &= cut - 1)
                    {
                        var bit = (w * 64) + BitOperations.TrailingZeroCount(cut);
                        raw[search._partyOfBit[bit]] -= search._positiveUtility[bit];
                    }
                }

                var total = 0.0;
                for (var j = 0; j < parties; j++)
                {
                    total += bounds[j] = search.Bound(j, raw[j]);
                }

                kids[v].Value = v;
                kids[v].Total = total;
            }

            // The most promising values first, so that good outcomes are found early and prune the rest.
            Array.Sort(kids, static (a, b) => b.Total.CompareTo(a.Total) is var c && c != 0 ? c : a.Value.CompareTo(b.Value));
            foreach (var kid in kids)
            {
                if (Failure is not null)
                {
                    return;
                }

                if ((only >= 0 && kid.Value != only) || !CountNode() || search.IsStrictlyDominated(kid.Bounds!))
                {
                    continue;
                }

                _values[issue] = kid.Value;
                var childAlive = _alive.AsSpan((depth + 1) * words, words);
                var excluded = search._excluded[issue][kid.Value];
                for (var w = 0; w < words; w++)
                {
                    childAlive[w] = parentAlive[w] & ~excluded[w];
                }

                kid.Sums!.CopyTo(_sums.AsSpan((depth + 1) * parties, parties));
                Visit(depth + 1, only: -1);
            }
        }

        /// <summary>
        /// The last issue: each value's outcome is evaluated outright. The live rectangles are exactly those containing
        /// it, summed in file order (ascending bits) from 0, divided and capped as the function does: bit for bit its
        /// <c>Utility</c>.
        /// </summary>
        private void VisitLeaves(int issue, int radix, ReadOnlySpan<ulong> parentAlive, int only)
        {
            var search = _search;
            for (var v = 0; v < radix; v++)
            {
                if ((only >= 0 && v != only) || !CountNode())
                {
                    continue;
                }

                var excluded = search._excluded[issue][v];
                for (var j = 0; j < search._parties; j++)
                {
                    var sum = 0.0;
                    for (var w = search._firstWord[j]; w < search._firstWord[j + 1]; w++)
                    {
                        for (var live = parentAlive[w] & ~excluded[w]; live != 0; live &= live - 1)
                        {
                            sum += search._utility[(w * 64) + BitOperations.TrailingZeroCount(live)];
                        }
                    }

                    var u = sum / search._functions[j].MaximumUtility;
                    _scratch[j] = u > 1 ? 1 : u;
                }

                _values[issue] = v;
                Insert(_scratch, _values);
            }
        }

        /// <summary>Counts a node against the budget shared by all workers (in batches, so threads do not contend).</summary>
        private bool CountNode()
        {
            if ((++_nodes & (NodeBatch - 1)) != 0 || Interlocked.Add(ref _search._nodes, NodeBatch) <= _search._maxNodes)
            {
                return true;
            }

            Failure ??= string.Create(CultureInfo.InvariantCulture, $"the hyper-rectangle search gave up after {_search._maxNodes:N0} nodes");
            return false;
        }

        private void Count()
        {
            if (++_storedOutcomes > _search._maxPoints)
            {
                Failure ??= string.Create(CultureInfo.InvariantCulture, $"the hyper-rectangle search found more than {_search._maxPoints:N0} frontier outcomes");
            }
        }
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

    private struct Child
    {
        public int Value;
        public double Total;
        public double[]? Sums;
        public double[]? Bounds;
    }

    private sealed record ArchivePoint(double[] Utilities, List<int[]> Outcomes);
}
