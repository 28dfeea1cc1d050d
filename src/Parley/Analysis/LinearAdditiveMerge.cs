using System.Globalization;
using Parley.Outcomes;
using Parley.Preferences;

namespace Parley.Analysis;

/// <summary>
/// The exact Pareto frontier of purely linear-additive utilities without enumerating the outcome space (the idea of
/// GeniusWeb's <c>ParetoLinearAdditive</c>). Each party's utility is a sum of per-issue contributions, added in issue
/// order exactly as <see cref="LinearAdditiveUtilityFunction.Utility"/> does, so every partial sum, and every final
/// utility, is bit-identical to it. Issue by issue, every kept partial outcome (a prefix of value indices with its
/// vector of partial sums) is extended by every value of the next issue, and the candidates that cannot be a prefix
/// of a frontier outcome are pruned.
/// <para>
/// Pruning and floating point. In real arithmetic a prefix dominated by another can be dropped: adding the same
/// suffix keeps the dominance. In floating point, adding the same suffix keeps ≥ (rounded addition is monotone) but can
/// turn a strict &gt; into = when the gap is absorbed by rounding, which would make the two completions identical
/// vectors, both on the frontier. A gap shrinks by at most one rounding error per later addition, so with m additions
/// left, magnitudes bounded by Mⱼ = Σᵢ maxᵥ |cⱼᵢ(v)| and unit roundoff 2^−53, a gap larger than
/// δⱼ = m·(2^−51·Mⱼ + 2^−1070) (a 2× margin over the worst case, subnormals included) survives. A candidate p is
/// dropped only when it is not on the frontier of the candidates and no frontier candidate s lies in the box
/// p ≤ s ≤ p + δ; then every candidate that dominates p exceeds it by more than δⱼ for some party j, so every completion
/// of p is strictly dominated. After the last issue δ = 0 and the kept candidates are exactly the frontier. This keeps
/// the result exact, ties included, at the cost of a few extra candidates when values are within δ of each other.
/// </para>
/// <para>
/// Only valid when the cap at 1 never binds (<see cref="LinearAdditiveUtilityFunction.IsPurelyAdditive"/> for every
/// party): a binding cap maps many different sums to the same utility 1, ties that pruning on sums would lose.
/// </para>
/// </summary>
internal sealed class LinearAdditiveMerge
{
    /// <summary>Default limit on kept partial outcomes after any issue.</summary>
    public const int DefaultMaxPoints = 2_000_000;

    /// <summary>Default limit on candidates × parties in one step (2^25 doubles = 256 MiB of partial sums).</summary>
    public const long DefaultMaxCandidateValues = 1L << 25;

    private readonly OutcomeSpace _space;
    private readonly LinearAdditiveUtilityFunction[] _functions;
    private readonly int _maxPoints;
    private readonly long _maxCandidateValues;

    public LinearAdditiveMerge(
        OutcomeSpace space,
        IReadOnlyList<LinearAdditiveUtilityFunction> functions,
        int maxPoints = DefaultMaxPoints,
        long maxCandidateValues = DefaultMaxCandidateValues)
    {
        _space = space;
        _functions = [.. functions];
        _maxPoints = maxPoints;
        _maxCandidateValues = maxCandidateValues;
    }

    /// <summary>
    /// Computes the frontier, or returns null with <paramref name="failure"/> explaining which limit the partial
    /// frontier exceeded.
    /// </summary>
    public FrontierPoints? TryCompute(int maxDegreeOfParallelism, out string? failure)
    {
        var k = _functions.Length;
        var issues = _space.IssueCount;
        var bound = new double[k];
        for (var j = 0; j < k; j++)
        {
            double sum = 0;
            for (var i = 0; i < issues; i++)
            {
                double largest = 0;
                foreach (var c in _functions[j].Contributions(i))
                {
                    largest = Math.Max(largest, Math.Abs(c));
                }

                sum += largest;
            }

            bound[j] = sum * (1 + Math.ScaleB(1.0, -40));
        }

        // Level 0 is the empty prefix, whose partial sums are 0.0 as in Utility().
        var current = new double[k][];
        for (var j = 0; j < k; j++)
        {
            current[j] = [0.0];
        }

        var parents = new int[issues][];
        int[] frontier = [];
        var candidates = current;
        for (var i = 0; i < issues; i++)
        {
            var radix = _space.Radices[i];
            var count = current[0].Length;
            var candidateCount = (long)count * radix;
            if (candidateCount * k > _maxCandidateValues)
            {
                failure = string.Create(
                    CultureInfo.InvariantCulture,
                    $"the partial frontier reached {count:N0} points at issue '{_space.Issues[i].Name}', whose {radix:N0} values " +
                    $"would make {candidateCount:N0} candidates (limit {_maxCandidateValues / k:N0} for {k} parties)");
                return null;
            }

            candidates = Extend(current, i, radix, (int)candidateCount, maxDegreeOfParallelism);
            frontier = ParetoFrontier.Compute(candidates, maxDegreeOfParallelism);
            var remaining = issues - 1 - i;
            if (remaining == 0)
            {
                break;
            }

            var kept = Prune(candidates, frontier, bound, remaining, maxDegreeOfParallelism);
            if (kept.Length > _maxPoints)
            {
                failure = string.Create(
                    CultureInfo.InvariantCulture,
                    $"the partial frontier reached {kept.Length:N0} points after issue '{_space.Issues[i].Name}' (limit {_maxPoints:N0})");
                return null;
            }

            var parent = new int[kept.Length];
            var next = new double[k][];
            for (var j = 0; j < k; j++)
            {
                next[j] = new double[kept.Length];
            }

            for (var t = 0; t < kept.Length; t++)
            {
                parent[t] = kept[t];
                for (var j = 0; j < k; j++)
                {
                    next[j][t] = candidates[j][kept[t]];
                }
            }

            parents[i] = parent;
            current = next;
        }

        failure = null;
        return Assemble(candidates, frontier, parents);
    }

    /// <summary>
    /// Every kept prefix p extended by every value v of issue i, as candidate p·radix + v. Kept prefixes are in outcome
    /// order, so candidates are too: candidate numbers order outcomes lexicographically by value indices.
    /// </summary>
    private double[][] Extend(double[][] current, int issue, int radix, int candidateCount, int maxDegreeOfParallelism)
    {
        var k = _functions.Length;
        var result = new double[k][];
        for (var j = 0; j < k; j++)
        {
            var prefix = current[j];
            var contributions = _functions[j].Contributions(issue).ToArray();
            var column = GC.AllocateUninitializedArray<double>(candidateCount);
            result[j] = column;
            ChunkedParallel.For(
                candidateCount,
                maxDegreeOfParallelism,
                (_, start, end) =>
                {
                    var p = Math.DivRem(start, radix, out var v);
                    for (var c = start; c < end; c++)
                    {
                        column[c] = prefix[p] + contributions[v];
                        if (++v == radix)
                        {
                            v = 0;
                            p++;
                        }
                    }
                });
        }

        return result;
    }

    /// <summary>The candidates to keep, ascending: the frontier plus every candidate with a frontier point in [p, p + δ].</summary>
    private static int[] Prune(double[][] candidates, int[] frontier, double[] bound, int remaining, int maxDegreeOfParallelism)
    {
        var k = candidates.Length;
        var n = candidates[0].Length;
        var onFrontier = new bool[n];
        foreach (var c in frontier)
        {
            onFrontier[c] = true;
        }

        var delta = new double[k];
        for (var j = 0; j < k; j++)
        {
            delta[j] = remaining * ((Math.ScaleB(1.0, -51) * bound[j]) + Math.ScaleB(1.0, -1070));
        }

        // The frontier reversed is sorted by its utilities lexicographically ascending.
        var sorted = new double[k][];
        for (var j = 0; j < k; j++)
        {
            sorted[j] = new double[frontier.Length];
            for (var t = 0; t < frontier.Length; t++)
            {
                sorted[j][t] = candidates[j][frontier[frontier.Length - 1 - t]];
            }
        }

        return ChunkedParallel.Collect(
            n,
            maxDegreeOfParallelism,
            (start, end, list) =>
            {
                var p = new double[k];
                for (var c = start; c < end; c++)
                {
                    if (onFrontier[c])
                    {
                        list.Add(c);
                        continue;
                    }

                    for (var j = 0; j < k; j++)
                    {
                        p[j] = candidates[j][c];
                    }

                    if (BoxHoldsPoint(sorted, p, delta))
                    {
                        list.Add(c);
                    }
                }
            });
    }

    /// <summary>Whether some point of <paramref name="sorted"/> (lexicographically ascending columns) lies in [p, p + δ].</summary>
    private static bool BoxHoldsPoint(double[][] sorted, double[] p, double[] delta)
    {
        var first = sorted[0];
        var n = first.Length;
        var high0 = p[0] + delta[0];
        var t = LowerBound(first, 0, n, p[0]);
        while (t < n && first[t] <= high0)
        {
            var runEnd = UpperBound(first, t, n, first[t]);
            var second = sorted[1];
            var high1 = p[1] + delta[1];
            for (var q = LowerBound(second, t, runEnd, p[1]); q < runEnd && second[q] <= high1; q++)
            {
                var inside = true;
                for (var j = 2; j < p.Length && inside; j++)
                {
                    var x = sorted[j][q];
                    inside = x >= p[j] && x <= p[j] + delta[j];
                }

                if (inside)
                {
                    return true;
                }
            }

            t = runEnd;
        }

        return false;
    }

    /// <summary>First position in [from, to) whose value is ≥ <paramref name="value"/> (the range must be ascending).</summary>
    private static int LowerBound(double[] values, int from, int to, double value)
    {
        while (from < to)
        {
            var mid = (from + to) >>> 1;
            if (values[mid] < value)
            {
                from = mid + 1;
            }
            else
            {
                to = mid;
            }
        }

        return from;
    }

    /// <summary>First position in [from, to) whose value is &gt; <paramref name="value"/> (the range must be ascending).</summary>
    private static int UpperBound(double[] values, int from, int to, double value)
    {
        while (from < to)
        {
            var mid = (from + to) >>> 1;
            if (values[mid] <= value)
            {
                from = mid + 1;
            }
            else
            {
                to = mid;
            }
        }

        return from;
    }

    /// <summary>Turns the last step's frontier candidates back into outcomes by following the parent links.</summary>
    private FrontierPoints Assemble(double[][] candidates, int[] frontier, int[][] parents)
    {
        var k = _functions.Length;
        var issues = _space.IssueCount;
        var outcomes = new Outcome[frontier.Length];
        var utilities = new double[frontier.Length * k];
        var keys = new long[frontier.Length];
        for (var t = 0; t < frontier.Length; t++)
        {
            var candidate = frontier[t];
            keys[t] = candidate;
            for (var j = 0; j < k; j++)
            {
                utilities[(t * k) + j] = candidates[j][candidate];
            }

            var values = new int[issues];
            for (var i = issues - 1; i >= 0; i--)
            {
                var position = Math.DivRem(candidate, _space.Radices[i], out var value);
                values[i] = value;
                candidate = i > 0 ? parents[i - 1][position] : 0;
            }

            outcomes[t] = Outcome.Wrap(values);
        }

        return new FrontierPoints(outcomes, utilities, keys, k);
    }
}
