namespace Parley.Tournaments;

/// <summary>
/// A tiny seeded generator (SplitMix64) whose stream is fixed by its seed on every platform and .NET version, for the
/// tournament's own choices (the sample of role assignments). Not thread-safe; a value per use.
/// </summary>
internal struct SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        unchecked
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>A uniform value in [0, <paramref name="bound"/>), without modulo bias.</summary>
    public ulong NextBelow(ulong bound)
    {
        ArgumentOutOfRangeException.ThrowIfZero(bound);
        var skip = ((ulong.MaxValue % bound) + 1) % bound; // 2^64 mod bound: the biased top values
        while (true)
        {
            var x = Next();
            if (x <= ulong.MaxValue - skip)
            {
                return x % bound;
            }
        }
    }
}
