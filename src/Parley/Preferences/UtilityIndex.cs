using Parley.Outcomes;

namespace Parley.Preferences;

/// <summary>
/// One party's utility of every outcome, and the outcomes sorted by that utility, computed once and shared (read-only)
/// by every negotiation on the same scenario. Agents use it to look utilities up in O(1) and to find the outcome
/// nearest a target utility by binary search instead of scanning the space each turn.
/// </summary>
public sealed class UtilityIndex
{
    private readonly double[] _utilities;
    private readonly int[] _descending;
    private readonly double[] _sortedUtilities;

    /// <summary>Evaluates and sorts; the space must have at most <see cref="Array.MaxLength"/> outcomes.</summary>
    public UtilityIndex(IUtilityFunction utility)
    {
        ArgumentNullException.ThrowIfNull(utility);
        Utility = utility;
        _utilities = UtilityColumn.Evaluate(utility);
        _descending = new int[_utilities.Length];
        for (var i = 0; i < _descending.Length; i++)
        {
            _descending[i] = i;
        }

        // Sort by utility descending, ties by outcome index ascending, so the order is the same on every machine.
        var keys = new double[_utilities.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = -_utilities[i];
        }

        Array.Sort(keys, _descending);
        SortTiesByIndex();
        _sortedUtilities = new double[_descending.Length];
        for (var r = 0; r < _descending.Length; r++)
        {
            _sortedUtilities[r] = _utilities[_descending[r]];
        }
    }

    /// <summary>The utility function indexed.</summary>
    public IUtilityFunction Utility { get; }

    /// <summary>The outcome space.</summary>
    public OutcomeSpace Space => Utility.Space;

    /// <summary>The number of outcomes.</summary>
    public int Count => _utilities.Length;

    /// <summary>The highest utility.</summary>
    public double Maximum => _sortedUtilities[0];

    /// <summary>The lowest utility.</summary>
    public double Minimum => _sortedUtilities[^1];

    /// <summary>The utility of every outcome, by dense index.</summary>
    public ReadOnlySpan<double> Utilities => _utilities;

    /// <summary>Outcomes (dense indices) from best to worst; ties in index order.</summary>
    public ReadOnlySpan<int> Descending => _descending;

    /// <summary>The utilities of <see cref="Descending"/>, non-increasing.</summary>
    public ReadOnlySpan<double> DescendingUtilities => _sortedUtilities;

    /// <summary>The utility of an outcome.</summary>
    public double UtilityOf(long outcome) => _utilities[outcome];

    /// <summary>The outcome at a rank (0 = best).</summary>
    public int OutcomeAtRank(int rank) => _descending[rank];

    /// <summary>
    /// The number of outcomes whose utility is at least <paramref name="target"/>: ranks 0 .. result − 1 are exactly the
    /// outcomes worth ≥ target. Binary search, O(log n).
    /// </summary>
    public int CountAtLeast(double target)
    {
        int lo = 0, hi = _sortedUtilities.Length;
        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (_sortedUtilities[mid] >= target)
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

    /// <summary>
    /// The worst outcome still worth at least <paramref name="target"/> (the one closest to the target from above), or
    /// the best outcome when none reaches it. This is the standard "bid at the target utility" of time-dependent agents.
    /// </summary>
    public int LowestAtLeast(double target)
    {
        var count = CountAtLeast(target);
        return count == 0 ? _descending[0] : _descending[count - 1];
    }

    private void SortTiesByIndex()
    {
        var start = 0;
        for (var r = 1; r <= _descending.Length; r++)
        {
            if (r == _descending.Length || _utilities[_descending[r]] != _utilities[_descending[start]])
            {
                if (r - start > 1)
                {
                    Array.Sort(_descending, start, r - start);
                }

                start = r;
            }
        }
    }
}
