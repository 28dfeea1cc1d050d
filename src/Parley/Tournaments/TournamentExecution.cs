using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using Parley.Agents;
using Parley.Agents.Catalog;
using Parley.Protocols;

namespace Parley.Tournaments;

/// <summary>
/// The shared state of one run: the index cursor, the bounded channel from the workers to the single writer, the writer
/// loop (batched commits), and the first error. Everything a worker touches per negotiation is either immutable or an
/// interlocked counter.
/// </summary>
internal sealed class TournamentExecution : IDisposable
{
    /// <summary>The longest the writer sleeps before looking for records again.</summary>
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(10);

    private readonly CompletedSet _completed;
    private readonly Channel<TournamentRecord> _channel;
    private readonly ITournamentStore _store;
    private readonly IProgress<TournamentProgress>? _progress;
    private readonly AgentDescription[] _descriptions;
    private readonly int _batchSize;
    private readonly TimeSpan _flushInterval;
    private readonly CancellationTokenSource _stop;
    private readonly ManualResetEventSlim _workersDone = new(false);
    private readonly ManualResetEventSlim _writingCompleted = new(false);
    private long _cursor;
    private int _activeWorkers;
    private ExceptionDispatchInfo? _error;
    private long _storedThisRun;
    private long _failuresThisRun;

    public TournamentExecution(
        TournamentDefinition definition,
        ITournamentStore store,
        CompletedSet completed,
        int batchSize,
        TimeSpan flushInterval,
        TimeProvider time,
        IProgress<TournamentProgress>? progress,
        CancellationToken cancellationToken)
    {
        Definition = definition;
        _store = store;
        _completed = completed;
        _batchSize = batchSize;
        _flushInterval = flushInterval;
        Time = time;
        _progress = progress;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _descriptions = [.. definition.Agents.Select(a => definition.Catalog.Describe(a.Name))];
        _channel = Channel.CreateBounded<TournamentRecord>(new BoundedChannelOptions(Math.Max(1024, 2 * batchSize))
        {
            SingleReader = true,
            SingleWriter = false,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    public TournamentDefinition Definition { get; }

    public TimeProvider Time { get; }

    public long StoredThisRun => Interlocked.Read(ref _storedThisRun);

    public long FailuresThisRun => Interlocked.Read(ref _failuresThisRun);

    public bool IsStopping => _stop.IsCancellationRequested;

    public WaitHandle WorkersDone => _workersDone.WaitHandle;

    /// <summary>A fresh agent for the agent index.</summary>
    public Agent Create(int agent) => _descriptions[agent].Create(Definition.Agents[agent]);

    /// <summary>The next index that is not stored yet; false when there is none left or the run is stopping.</summary>
    public bool TryTake(out long index)
    {
        while (!_stop.IsCancellationRequested)
        {
            index = Interlocked.Increment(ref _cursor) - 1;
            if (index >= Definition.Count)
            {
                break;
            }

            if (!_completed.Contains(index))
            {
                return true;
            }
        }

        index = -1;
        return false;
    }

    /// <summary>Hands a record to the writer, waiting while the channel is full.</summary>
    public void Emit(TournamentRecord record)
    {
        if (!_channel.Writer.TryWrite(record))
        {
            _channel.Writer.WriteAsync(record, _stop.Token).AsTask().GetAwaiter().GetResult();
        }
    }

    public void WorkerStarted() => Interlocked.Increment(ref _activeWorkers);

    public void WorkerExited()
    {
        if (Interlocked.Decrement(ref _activeWorkers) == 0)
        {
            _workersDone.Set();
        }
    }

    /// <summary>Records the first error and stops the run.</summary>
    public void Fail(Exception exception)
    {
        Interlocked.CompareExchange(ref _error, ExceptionDispatchInfo.Capture(exception), null);
        _stop.Cancel();
    }

    /// <summary>No more records will come: the writer drains the channel and stops.</summary>
    public void CompleteWriting()
    {
        _channel.Writer.TryComplete();
        _writingCompleted.Set();
    }

    public void ThrowIfFailed() => _error?.Throw();

    /// <summary>
    /// The writer loop (its own thread): commits a batch when it holds <c>batchSize</c> records or its first record has
    /// waited the flush interval, and when the channel completes. It polls (every <see cref="PollInterval"/> at most)
    /// instead of waiting for each record, so producers never pay for waking it.
    /// </summary>
    public void WriteAll()
    {
        var reader = _channel.Reader;
        var batch = new List<TournamentRecord>(_batchSize);
        var batchStarted = 0L;
        try
        {
            Report();
            while (true)
            {
                while (batch.Count < _batchSize && reader.TryRead(out var record))
                {
                    if (batch.Count == 0)
                    {
                        batchStarted = Time.GetTimestamp();
                    }

                    batch.Add(record);
                }

                if (batch.Count >= _batchSize)
                {
                    Commit(batch);
                    continue;
                }

                if (reader.Completion.IsCompleted)
                {
                    break;
                }

                var wait = PollInterval;
                if (batch.Count > 0)
                {
                    var remaining = _flushInterval - Time.GetElapsedTime(batchStarted);
                    if (remaining <= TimeSpan.Zero)
                    {
                        Commit(batch);
                        continue;
                    }

                    wait = remaining < wait ? remaining : wait;
                }

                _writingCompleted.Wait(wait);
            }

            Commit(batch);
        }
        catch (Exception exception)
        {
            Fail(exception);
            _channel.Writer.TryComplete(exception);
        }
    }

    private void Commit(List<TournamentRecord> batch)
    {
        if (batch.Count == 0)
        {
            return;
        }

        batch.Sort(static (a, b) => a.Index.CompareTo(b.Index));
        _store.Write(batch);
        var failures = 0;
        foreach (var record in batch)
        {
            if (record.End == NegotiationEnd.Failure)
            {
                failures++;
            }
        }

        Interlocked.Add(ref _storedThisRun, batch.Count);
        Interlocked.Add(ref _failuresThisRun, failures);
        batch.Clear();
        Report();
    }

    private void Report() =>
        _progress?.Report(new TournamentProgress(_completed.Count + StoredThisRun, Definition.Count, StoredThisRun, FailuresThisRun));

    public void Dispose()
    {
        _stop.Dispose();
        _workersDone.Dispose();
        _writingCompleted.Dispose();
    }
}
