namespace Parley.Tournaments;

/// <summary>Which negotiation indices are already stored: one bit per negotiation (a million take 125 kB).</summary>
internal sealed class CompletedSet
{
    private readonly long[] _bits;

    public CompletedSet(long total)
    {
        _bits = new long[(total + 63) / 64];
        Total = total;
    }

    public long Total { get; }

    public long Count { get; private set; }

    public static CompletedSet From(IEnumerable<long> indices, long total)
    {
        var set = new CompletedSet(total);
        foreach (var index in indices)
        {
            if (index < 0 || index >= total)
            {
                throw new TournamentException($"The store holds negotiation {index}, which is not in this tournament of {total:N0}.");
            }

            set.Add(index);
        }

        return set;
    }

    public bool Contains(long index) => (_bits[index >> 6] & (1L << (int)(index & 63))) != 0;

    private void Add(long index)
    {
        ref var word = ref _bits[index >> 6];
        var bit = 1L << (int)(index & 63);
        if ((word & bit) == 0)
        {
            word |= bit;
            Count++;
        }
    }
}
