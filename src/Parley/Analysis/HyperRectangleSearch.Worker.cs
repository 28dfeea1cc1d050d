using System.Globalization;
using System.Numerics;

namespace Parley.Analysis;

/// <summary>The depth-first search one thread runs.</summary>
internal sealed partial class HyperRectangleSearch
{
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

    /// <summary>One value of the issue being fixed: its bound vector, uncapped positive sums, and their total.</summary>
    private struct Child
    {
        public int Value;
        public double Total;
        public double[]? Sums;
        public double[]? Bounds;
    }
}
