namespace Parley.Analysis;

/// <summary>
/// Runs a body over fixed-size chunks of [0, length) on up to <c>maxDegreeOfParallelism</c> threads.
/// Chunk boundaries depend only on the length, never on scheduling, so per-chunk results combined in chunk order
/// are deterministic.
/// </summary>
internal static class ChunkedParallel
{
    /// <summary>The chunk length used by the analysis passes: large enough to amortise scheduling, small enough to balance.</summary>
    public const int ChunkSize = 1 << 16;

    /// <summary>How many chunks cover <paramref name="length"/> items.</summary>
    public static int ChunkCount(long length) => (int)((length + ChunkSize - 1) / ChunkSize);

    /// <summary>Calls <paramref name="body"/>(chunk, start, end) for every chunk; in parallel when there is more than one.</summary>
    public static void For(long length, int maxDegreeOfParallelism, Action<int, int, int> body)
    {
        var chunks = ChunkCount(length);
        if (chunks == 0)
        {
            return;
        }

        if (chunks == 1 || maxDegreeOfParallelism == 1)
        {
            for (var chunk = 0; chunk < chunks; chunk++)
            {
                Run(chunk);
            }

            return;
        }

        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, Run);

        void Run(int chunk)
        {
            var start = (long)chunk * ChunkSize;
            var end = Math.Min(length, start + ChunkSize);
            body(chunk, (int)start, (int)end);
        }
    }

    /// <summary>
    /// Runs <paramref name="body"/> over the chunks with one scratch value per worker thread, created by
    /// <paramref name="create"/> and handed to <paramref name="combine"/> (under a lock) when the worker is done.
    /// Only use it for order-independent reductions (maxima, counts).
    /// </summary>
    public static void ForWithLocal<TLocal>(
        long length, int maxDegreeOfParallelism, Func<TLocal> create, Action<int, int, TLocal> body, Action<TLocal> combine)
    {
        var chunks = ChunkCount(length);
        if (chunks == 0)
        {
            return;
        }

        if (chunks == 1 || maxDegreeOfParallelism == 1)
        {
            var local = create();
            for (var chunk = 0; chunk < chunks; chunk++)
            {
                var start = (long)chunk * ChunkSize;
                body((int)start, (int)Math.Min(length, start + ChunkSize), local);
            }

            combine(local);
            return;
        }

        var gate = new Lock();
        Parallel.For(
            0,
            chunks,
            new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism },
            create,
            (chunk, _, local) =>
            {
                var start = (long)chunk * ChunkSize;
                body((int)start, (int)Math.Min(length, start + ChunkSize), local);
                return local;
            },
            local =>
            {
                lock (gate)
                {
                    combine(local);
                }
            });
    }

    /// <summary>
    /// Collects, in ascending order, the indices <paramref name="keepRange"/>(start, end, list) adds for its range, scanning
    /// chunks in parallel: each chunk fills its own list and the lists are joined in chunk order.
    /// </summary>
    public static int[] Collect(int length, int maxDegreeOfParallelism, Action<int, int, List<int>> keepRange)
    {
        var chunks = ChunkCount(length);
        var lists = new List<int>[chunks];
        For(
            length,
            maxDegreeOfParallelism,
            (chunk, start, end) =>
            {
                var list = new List<int>();
                keepRange(start, end, list);
                lists[chunk] = list;
            });

        var total = 0;
        foreach (var list in lists)
        {
            total += list.Count;
        }

        var result = new int[total];
        var at = 0;
        foreach (var list in lists)
        {
            list.CopyTo(result, at);
            at += list.Count;
        }

        return result;
    }
}
