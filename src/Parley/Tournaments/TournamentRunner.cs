namespace Parley.Tournaments;

/// <summary>
/// Runs a tournament into a store: the negotiations not stored yet, on worker threads that each take the next missing
/// index, with a single writer committing results in batches as they finish. A first run and a resumption are the same
/// call: whatever the store already holds is skipped, so nothing runs twice and, since every negotiation depends only on
/// the definition and its index, the stored results are the same whatever the number of workers and however often the
/// run was interrupted. Memory stays flat: results stream through a bounded channel to the store.
/// <para>
/// An agent that throws, breaks a protocol rule or exceeds the per-turn limit fails its negotiation, which is stored like
/// any other. An agent that hangs (its negotiation still running after <see cref="TournamentRunOptions.HangLimit"/>) is
/// recorded as a failure of that agent; its worker thread is abandoned and replaced, and the tournament goes on.
/// </para>
/// </summary>
public sealed class TournamentRunner
{
    private readonly TournamentDefinition _definition;
    private readonly ITournamentStore _store;
    private readonly (int Workers, int BatchSize, TimeSpan FlushInterval, TimeSpan? HangLimit) _options;
    private readonly TimeProvider _time;

    /// <summary>Creates a runner; the options are validated now (errors name the field).</summary>
    public TournamentRunner(TournamentDefinition definition, ITournamentStore store, TournamentRunOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(store);
        _definition = definition;
        _store = store;
        _options = (options ?? new TournamentRunOptions()).Validate();
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>
    /// Runs every negotiation the store does not hold yet and returns when all are stored. Progress is reported from the
    /// writer thread after every commit. On cancellation the negotiations in flight finish, everything finished is
    /// committed, and then <see cref="OperationCanceledException"/> is thrown; a later run continues from there.
    /// </summary>
    public TournamentRunSummary Run(IProgress<TournamentProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var started = _time.GetTimestamp();
        var completed = CompletedSet.From(_store.CompletedIndices(), _definition.Count);
        var remaining = _definition.Count - completed.Count;
        var workers = (int)Math.Min(_options.Workers, Math.Max(1, remaining));
        using var execution = new TournamentExecution(
            _definition, _store, completed, _options.BatchSize, _options.FlushInterval, _time, progress, cancellationToken);
        var abandoned = 0;
        if (remaining > 0)
        {
            var writer = new Thread(execution.WriteAll) { IsBackground = true, Name = "parley-tournament-writer" };
            writer.Start();
            var pool = new List<TournamentWorker>(workers);
            for (var i = 0; i < workers; i++)
            {
                pool.Add(Start(execution));
            }

            abandoned = Supervise(execution, pool);
            execution.CompleteWriting();
            writer.Join();
            execution.ThrowIfFailed();
            cancellationToken.ThrowIfCancellationRequested();
        }
        else
        {
            progress?.Report(new TournamentProgress(completed.Count, _definition.Count, 0, 0));
        }

        return new TournamentRunSummary(
            _definition.Count, completed.Count, execution.StoredThisRun, execution.FailuresThisRun, abandoned, workers, _time.GetElapsedTime(started));
    }

    private static TournamentWorker Start(TournamentExecution execution)
    {
        var worker = new TournamentWorker(execution);
        execution.WorkerStarted();
        worker.Thread.Start();
        return worker;
    }

    /// <summary>Waits for the workers to finish, abandoning and replacing any stuck past the hang limit; returns how many were abandoned.</summary>
    private int Supervise(TournamentExecution execution, List<TournamentWorker> pool)
    {
        if (_options.HangLimit is not { } limit)
        {
            execution.WorkersDone.WaitOne();
            return 0;
        }

        var poll = TimeSpan.FromMilliseconds(Math.Clamp(limit.TotalMilliseconds / 4, 1, 100));
        var abandoned = 0;
        while (!execution.WorkersDone.WaitOne(poll))
        {
            for (var w = 0; w < pool.Count; w++)
            {
                var worker = pool[w];
                if (worker.Running is not { } running)
                {
                    continue;
                }

                var elapsed = _time.GetElapsedTime(running.Started);
                if (elapsed < limit || !worker.TryAbandon(running.Index))
                {
                    continue;
                }

                // The worker stays stuck in the agent; its negotiation is recorded as hung and a new worker takes over.
                abandoned++;
                pool[w] = Start(execution);
                execution.WorkerExited();
                try
                {
                    execution.Emit(TournamentWorker.Hung(_definition, running.Index, worker.Watch, limit, elapsed));
                }
                catch (Exception exception) when (exception is OperationCanceledException or System.Threading.Channels.ChannelClosedException)
                {
                    // Stopping: the hung negotiation is not stored and is tried again on resume.
                }
            }
        }

        return abandoned;
    }
}
