using Parley.Outcomes;

namespace Parley.Preferences;

/// <summary>Evaluates a utility function over a whole outcome space into one flat column, on all cores.</summary>
public static class UtilityColumn
{
    private const int ChunkSize = 1 << 16;

    /// <summary>
    /// The utility of every outcome, indexed by dense outcome index. Throws <see cref="OutcomeSpaceTooLargeException"/>
    /// when the space has more outcomes than an array can hold.
    /// </summary>
    public static double[] Evaluate(IUtilityFunction utility, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(utility);
        var count = utility.Space.Count;
        if (count > Array.MaxLength)
        {
            throw new OutcomeSpaceTooLargeException(
                $"The outcome space has {count:N0} outcomes; at most {Array.MaxLength:N0} fit in one utility column.");
        }

        var column = GC.AllocateUninitializedArray<double>((int)count);
        var chunks = (int)((count + ChunkSize - 1) / ChunkSize);
        if (chunks <= 1 || maxDegreeOfParallelism == 1)
        {
            utility.Evaluate(0, column);
            return column;
        }

        Parallel.For(
            0,
            chunks,
            new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism },
            chunk =>
            {
                var start = (long)chunk * ChunkSize;
                var length = (int)Math.Min(ChunkSize, count - start);
                utility.Evaluate(start, column.AsSpan((int)start, length));
            });
        return column;
    }
}
