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
/// every outcome inside. Leaves are evaluated by the utility functions themselves, so the frontier's utilities are bit
/// for bit those of enumeration, and outcomes with equal utility vectors are all kept.
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
    private readonly int[] _partyOfBit;
    private readonly List<ArchivePoint> _archive = [];
    private long _storedOutcomes;
    private long _nodes;
    private string? _failure;

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

    /// <summary>The frontier in frontier order, or null with the reason when it gives up (too many nodes or points).</summary>
    public FrontierPoints? TryCompute(out string? failure)
    {
        var alive = new ulong[(_issues + 1) * _words];
        var sums = new double[(_issues + 1) * _parties];
        for (var j = 0; j < _parties; j++)
        {
            var rectangles = _functions[j].IndexRectangles;
            for (var r = 0; r < rectangles.Count; r++)
            {
                var bit = (_firstWord[j] * 64) + r;
                alive[bit >> 6] |= 1UL << (bit & 63);
                sums[j] += _positiveUtility[bit];
            }
        }

        Visit(0, alive, sums, new int[_issues], new double[_parties], new Child[_issues][]);
        failure = _failure;
        return failure is null ? Assemble() : null;
    }

    /// <summary>Visits the children of a node at <paramref name="depth"/> (issues <c>_order[..depth]</c> fixed in <paramref name="values"/>).</summary>
    private void Visit(int depth, ulong[] alive, double[] sums, int[] values, double[] scratch, Child[][] children)
    {
        var issue = _order[depth];
        var radix = _space.Radices[issue];
        var parentAlive = alive.AsSpan(depth * _words, _words);
        var parentSums = sums.AsSpan(depth * _parties, _parties);
        var kids = children[depth] ??= new Child[radix];
        for (var v = 0; v < radix; v++)
        {
            var raw = kids[v].Sums ??= new double[_parties];
            var bounds = kids[v].Bounds ??= new double[_parties];
            parentSums.CopyTo(raw);
            var excluded = _excluded[issue][v];
            for (var w = 0; w < _words; w++)
            {
                for (var cut = parentAlive[w] & excluded[w]; cut != 0; cut &= cut - 1)
                {
                    var bit = (w * 64) + BitOperations.TrailingZeroCount(cut);
                    raw[_partyOfBit[bit]] -= _positiveUtility[bit];
                }
            }

            var total = 0.0;
            for (var j = 0; j < _parties; j++)
            {
                total += bounds[j] = Bound(j, raw[j]);
            }

            kids[v].Value = v;
            kids[v].Total = total;
        }

        // The most promising values first, so that good outcomes are found early and prune the rest.
        Array.Sort(kids, static (a, b) => b.Total.CompareTo(a.Total) is var c && c != 0 ? c : a.Value.CompareTo(b.Value));
        var leaf = depth == _issues - 1;
        foreach (var kid in kids)
        {
            if (_failure is not null)
            {
                return;
            }

            if (++_nodes > _maxNodes)
            {
                _failure = string.Create(CultureInfo.InvariantCulture, $"the hyper-rectangle search gave up after {_maxNodes:N0} nodes");
                return;
            }

            if (IsStrictlyDominated(kid.Bounds!))
            {
                continue;
            }

            values[issue] = kid.Value;
            if (leaf)
            {
                for (var j = 0; j < _parties; j++)
                {
                    scratch[j] = _functions[j].Utility(values);
                }

                Insert(scratch, values);
                continue;
            }

            var childAlive = alive.AsSpan((depth + 1) * _words, _words);
            var excluded = _excluded[issue][kid.Value];
            for (var w = 0; w < _words; w++)
            {
                childAlive[w] = parentAlive[w] & ~excluded[w];
            }

            kid.Sums!.CopyTo(sums.AsSpan((depth + 1) * _parties, _parties));
            Visit(depth + 1, alive, sums, values, scratch, children);
        }

        values[issue] = 0;
    }

    /// <summary>An upper bound on party <paramref name="j"/>'s utility given a sum of its possible positive rectangles.</summary>
    private double Bound(int j, double positiveSum)
    {
        var scaled = positiveSum / _functions[j].MaximumUtility;
        return Math.Min(1.0, (scaled * (1 + RelativeSlack)) + RelativeSlack);
    }

    /// <summary>True when a found outcome is at least as good for every party and better for one.</summary>
    private bool IsStrictlyDominated(double[] bound)
    {
        foreach (var point in _archive)
        {
            if (Dominates(point.Utilities, bound))
            {
                return true;
            }
        }

        return false;
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

    /// <summary>Adds an evaluated outcome to the non-dominated archive (ties join their point).</summary>
    private void Insert(double[] utilities, int[] values)
    {
        foreach (var point in _archive)
        {
            if (Dominates(point.Utilities, utilities))
            {
                return;
            }

            if (point.Utilities.AsSpan().SequenceEqual(utilities))
            {
                point.Outcomes.Add((int[])values.Clone());
                Count(1);
                return;
            }
        }

        for (var p = _archive.Count - 1; p >= 0; p--)
        {
            if (Dominates(utilities, _archive[p].Utilities))
            {
                _storedOutcomes -= _archive[p].Outcomes.Count;
                _archive.RemoveAt(p);
            }
        }

        _archive.Add(new ArchivePoint((double[])utilities.Clone(), [(int[])values.Clone()]));
        Count(1);
    }

    private void Count(int added)
    {
        _storedOutcomes += added;
        if (_storedOutcomes > _maxPoints && _failure is null)
        {
            _failure = string.Create(CultureInfo.InvariantCulture, $"the hyper-rectangle search found more than {_maxPoints:N0} frontier outcomes");
        }
    }

    /// <summary>The archive as frontier points: utilities descending party by party, then outcome order.</summary>
    private FrontierPoints Assemble()
    {
        var all = _archive.SelectMany(p => p.Outcomes.Select(o => new Entry(p.Utilities, o))).ToArray();
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
