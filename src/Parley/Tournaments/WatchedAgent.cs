using Parley.Agents;
using Parley.Protocols;

namespace Parley.Tournaments;

/// <summary>
/// Wraps a tournament agent to note, before it gets control, which seat is acting (so a hang names the agent), and to
/// turn exceptions the negotiation runner lets through (in <see cref="Start"/> and <see cref="Observe"/>) into an
/// <see cref="AgentFaultException"/> naming the seat. One per worker and seat, re-pointed for every negotiation.
/// </summary>
internal sealed class WatchedAgent(NegotiationWatch watch) : Agent
{
    private Agent _inner = null!;
    private int _seat;

    public override string Name => _inner.Name;

    public override bool IsSynchronous => _inner.IsSynchronous;

    public void Reset(Agent inner, int seat)
    {
        _inner = inner;
        _seat = seat;
    }

    public override void Start(AgentContext context)
    {
        base.Start(context);
        watch.Enter(_seat, 0, 0);
        try
        {
            _inner.Start(context);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw new AgentFaultException(_seat, _inner.Name, "starting", exception);
        }
    }

    public override NegotiationAction Act(NegotiationView view)
    {
        watch.Enter(_seat, view.TurnsTaken, view.Time);
        return _inner.Act(view);
    }

    public override ValueTask<NegotiationAction> ActAsync(NegotiationView view, CancellationToken cancellationToken)
    {
        watch.Enter(_seat, view.TurnsTaken, view.Time);
        return _inner.ActAsync(view, cancellationToken);
    }

    public override void Observe(NegotiationAction action, NegotiationView view)
    {
        watch.Enter(_seat, view.TurnsTaken, view.Time);
        try
        {
            _inner.Observe(action, view);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw new AgentFaultException(_seat, _inner.Name, "observing an action", exception);
        }
    }
}
