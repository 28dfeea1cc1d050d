namespace Parley.Analysis;

/// <summary>
/// Sorts item numbers by several double keys, each descending, then by item number ascending: the order every
/// frontier in this folder is reported in. Small inputs use an introsort with a struct comparer; large ones a stable
/// LSD radix sort (11-bit digits, digits on which all keys agree are skipped), one key at a time from the last to the
/// first, which is O(m) per key instead of O(m log m).
/// </summary>
internal static class LexicographicSort
{
    private const int RadixThreshold = 4096;
    private const int DigitBits = 11;
    private const int Buckets = 1 << DigitBits;
    private const int Digits = (64 + DigitBits - 1) / DigitBits;

    /// <summary>
    /// Sorts <paramref name="items"/> (numbers indexing the key columns; must be in ascending order on entry) by
    /// keys[0][item] descending, then keys[1][item] descending, …, then item ascending. −0.0 and +0.0 count as equal.
    /// </summary>
    public static void SortDescending(IReadOnlyList<double[]> keys, int[] items)
    {
        if (items.Length <= 1)
        {
            return;
        }

        if (items.Length <= RadixThreshold)
        {
            items.AsSpan().Sort(new Comparer(keys));
            return;
        }

        // Stable LSD over keys: sort by the last key first; items start ascending, which is the final tie-break.
        var sortKeys = new ulong[items.Length];
        var scratchKeys = new ulong[items.Length];
        var scratchItems = new int[items.Length];
        for (var k = keys.Count - 1; k >= 0; k--)
        {
            var column = keys[k];
            for (var i = 0; i < items.Length; i++)
            {
                sortKeys[i] = DescendingKey(column[items[i]]);
            }

            RadixSort(sortKeys, items, scratchKeys, scratchItems);
        }
    }

    /// <summary>An unsigned key whose ascending order is the descending order of <paramref name="value"/>.</summary>
    public static ulong DescendingKey(double value)
    {
        // Adding +0.0 turns −0.0 into +0.0, so the two zeros get one key, as they compare equal.
        var bits = (ulong)BitConverter.DoubleToInt64Bits(value + 0.0);
        var ascending = (bits & 0x8000_0000_0000_0000UL) != 0 ? ~bits : bits | 0x8000_0000_0000_0000UL;
        return ~ascending;
    }

    /// <summary>Stable radix sort of <paramref name="keys"/> ascending, carrying <paramref name="items"/> along (both sorted in place).</summary>
    private static void RadixSort(ulong[] keys, int[] items, ulong[] scratchKeys, int[] scratchItems)
    {
        var n = keys.Length;
        var histograms = new int[Digits * Buckets];
        for (var i = 0; i < n; i++)
        {
            var key = keys[i];
            for (var d = 0; d < Digits; d++)
            {
                histograms[(d * Buckets) + (int)((key >> (d * DigitBits)) & (Buckets - 1))]++;
            }
        }

        var sourceKeys = keys;
        var sourceItems = items;
        var targetKeys = scratchKeys;
        var targetItems = scratchItems;
        for (var d = 0; d < Digits; d++)
        {
            var histogram = histograms.AsSpan(d * Buckets, Buckets);
            var digitOfFirst = (int)((sourceKeys[0] >> (d * DigitBits)) & (Buckets - 1));
            if (histogram[digitOfFirst] == n)
            {
                continue; // every key has this digit: the pass would not move anything
            }

            var offset = 0;
            for (var b = 0; b < Buckets; b++)
            {
                var count = histogram[b];
                histogram[b] = offset;
                offset += count;
            }

            var shift = d * DigitBits;
            for (var i = 0; i < n; i++)
            {
                var key = sourceKeys[i];
                var at = histogram[(int)((key >> shift) & (Buckets - 1))]++;
                targetKeys[at] = key;
                targetItems[at] = sourceItems[i];
            }

            (sourceKeys, targetKeys) = (targetKeys, sourceKeys);
            (sourceItems, targetItems) = (targetItems, sourceItems);
        }

        if (!ReferenceEquals(sourceItems, items))
        {
            sourceItems.AsSpan().CopyTo(items);
            sourceKeys.AsSpan().CopyTo(keys);
        }
    }

    private readonly struct Comparer(IReadOnlyList<double[]> keys) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            for (var k = 0; k < keys.Count; k++)
            {
                var column = keys[k];
                var a = column[x];
                var b = column[y];
                if (a != b)
                {
                    return a > b ? -1 : 1;
                }
            }

            return x.CompareTo(y);
        }
    }
}
