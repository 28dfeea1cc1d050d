using Microsoft.Extensions.Time.Testing;
using Parley.Agents;
using Parley.Protocols;

namespace Parley.TestKit.Agents;

/// <summary>Throws on its turn.</summary>
public sealed class ThrowingAgent : Agent
{
    /// <inheritdoc />
    public override string Name => "Thrower";

    /// <inheritdoc />
    public override NegotiationAction Act(NegotiationView view) => throw new InvalidOperationException("boom");
}

/// <summary>Advances a fake clock by <paramref name="delay"/> on each turn, then offers its best outcome.</summary>
public sealed class SlowAgent(FakeTimeProvider clock, TimeSpan delay) : Agent
{
    /// <inheritdoc />
    public override string Name => "Slow";

    /// <inheritdoc />
    public override NegotiationAction Act(NegotiationView view)
    {
        clock.Advance(delay);
        return NegotiationAction.Offer(view.Seat, view.Context.Index.OutcomeAtRank(0));
    }
}

/// <summary>An asynchronous agent (like a person) that answers when the test completes its pending task.</summary>
public sealed class PendingAgent : Agent
{
    private TaskCompletionSource<NegotiationAction> _pending = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <inheritdoc />
    public override string Name => "Pending";

    /// <inheritdoc />
    public override bool IsSynchronous => false;

    /// <summary>Completes the current turn with an action.</summary>
    public void Answer(NegotiationAction action) => _pending.TrySetResult(action);

    /// <summary>Whether the agent has been asked and not yet answered.</summary>
    public bool IsWaiting { get; private set; }

    /// <inheritdoc />
    public override async ValueTask<NegotiationAction> ActAsync(NegotiationView view, CancellationToken cancellationToken)
    {
        IsWaiting = true;
        var action = await _pending.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        IsWaiting = false;
        _pending = new(TaskCreationOptions.RunContinuationsAsynchronously);
        return action;
    }
}
