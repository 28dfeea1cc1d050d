namespace Parley.Negotiations;

/// <summary>
/// Derives independent-looking seeds from a seed and a counter (SplitMix64 finaliser), so that seeds depend only on
/// their inputs: never on thread scheduling, and never on a shared random generator.
/// </summary>
public static class SeedMixer
{
    /// <summary>A seed derived from <paramref name="seed"/> and <paramref name="index"/>.</summary>
    public static int Mix(long seed, long index)
    {
        unchecked
        {
            var z = (ulong)seed * 0x9E3779B97F4A7C15UL + (ulong)index + 0x632BE59BD9B4E019UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z & 0x7FFFFFFF);
        }
    }
}
