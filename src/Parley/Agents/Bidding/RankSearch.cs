namespace Parley.Agents.Bidding;

/// <summary>
/// <see cref="Preferences.UtilityIndex.CountAtLeast"/> started from a hint: bidders ask for targets close to the previous
/// turn's, so an exponential (galloping) search from the previous answer takes O(log distance) steps with predictable
/// branches, instead of a full binary search. The result is exactly <c>CountAtLeast(target)</c> whatever the hint.
/// </summary>
internal static class RankSearch
{
    /// <summary>The number of leading entries of the non-increasing <paramref name="sorted"/> that are ≥ target.</summary>
    public static int CountAtLeast(ReadOnlySpan<double> sorted, double target, int hint)
    {
        var n = sorted.Length;
        hint = Math.Clamp(hint, 0, n);
        int lo, hi;
        if (hint < n && sorted[hint] >= target)
        {
            // The answer is above the hint.
            lo = hint + 1;
            hi = n;
            for (var step = 1; ; step <<= 1)
            {
                var probe = hint + step;
                if (probe >= n)
                {
                    break;
                }

                if (sorted[probe] < target)
                {
                    hi = probe;
                    break;
                }

                lo = probe + 1;
            }
        }
        else
        {
            // The answer is at or below the hint.
            lo = 0;
            hi = hint;
            for (var step = 1; ; step <<= 1)
            {
                var probe = hint - step;
                if (probe < 0)
                {
                    break;
                }

                if (sorted[probe] >= target)
                {
                    lo = probe + 1;
                    break;
                }

                hi = probe;
            }
        }

        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (sorted[mid] >= target)
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
}
