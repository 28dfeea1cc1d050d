using Parley.Outcomes;

namespace Parley.Analysis;

/// <summary>
/// Draws a uniform random set of distinct outcomes from a seed: every subset of the requested size is equally likely,
/// and the same seed gives the same set. The result is sorted in outcome order, so an item's position is its tie key.
/// </summary>
internal static class OutcomeSampler
{
    /// <summary>
    /// min(size, count) distinct dense indices in [0, count), ascending. Small fractions draw with replacement and
    /// reject repeats (in batches: sort, deduplicate, draw the shortfall again), which is uniform over subsets; large
    /// fractions use selection sampling (Knuth's Algorithm S), one draw per index.
    /// </summary>
    public static long[] SampleIndices(long count, long size, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        if (size >= count)
        {
            var all = new long[count];
            for (long i = 0; i < count; i++)
            {
                all[i] = i;
            }

            return all;
        }

        var random = new Random(seed);
        var result = new long[size];
        if (size > count / 4)
        {
            long chosen = 0;
            for (long i = 0; i < count && chosen < size; i++)
            {
                // Choose index i with probability (still needed) / (still available).
                if (random.NextInt64(count - i) < size - chosen)
                {
                    result[chosen++] = i;
                }
            }

            return result;
        }

        long distinct = 0;
        while (distinct < size)
        {
            for (var i = distinct; i < size; i++)
            {
                result[i] = random.NextInt64(count);
            }

            Array.Sort(result);
            distinct = Deduplicate(result);
        }

        return result;
    }

    /// <summary>
    /// min(size, |space|) distinct outcomes drawn with <see cref="OutcomeSpace.Sample"/> (for spaces too large for a
    /// dense index), rejecting repeats, sorted lexicographically by value indices.
    /// </summary>
    public static Outcome[] SampleOutcomes(OutcomeSpace space, int size, int seed)
    {
        var random = new Random(seed);
        var target = space.Cardinality < size ? (int)space.Cardinality : size;
        var seen = new HashSet<Outcome>(target);
        var buffer = new int[space.IssueCount];
        while (seen.Count < target)
        {
            space.Sample(random, buffer);
            seen.Add(Outcome.FromIndices(buffer));
        }

        var result = seen.ToArray();
        Array.Sort(result, static (x, y) => x.ValueIndices.SequenceCompareTo(y.ValueIndices));
        return result;
    }

    /// <summary>Removes adjacent repeats from a sorted array, moving the distinct values to the front; returns their count.</summary>
    private static long Deduplicate(long[] sorted)
    {
        long write = 0;
        for (long read = 0; read < sorted.LongLength; read++)
        {
            if (write == 0 || sorted[read] != sorted[write - 1])
            {
                sorted[write++] = sorted[read];
            }
        }

        return write;
    }
}
