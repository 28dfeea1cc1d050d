using Parley.Protocols;

namespace Parley.Agents;

/// <summary>
/// A negotiation strategy. The runner calls <see cref="Start"/> once, then asks the agent to act on each of its turns
/// and tells it about every action. Synchronous strategies override <see cref="Act"/> and pay no async cost; a human or
/// remote party overrides <see cref="ActAsync"/> and <see cref="IsSynchronous"/>. An agent instance plays one
/// negotiation at a time; make a new one (or call <see cref="Start"/> again) for the next.
/// </summary>
public abstract class Agent
{
    private AgentContext? _context;

    /// <summary>The agent's name as the catalog and traces show it (e.g. "Boulware").</summary>
    public abstract string Name { get; }

    /// <summary>Whether <see cref="Act"/> answers without waiting (the runner then skips all async machinery).</summary>
    public virtual bool IsSynchronous => true;

    /// <summary>The context of the negotiation in progress.</summary>
    protected AgentContext Context => _context ?? throw new InvalidOperationException($"Agent '{Name}' has not been started.");

    /// <summary>Prepares for a new negotiation; overrides must call the base method.</summary>
    public virtual void Start(AgentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
    }

    /// <summary>Chooses this turn's action (synchronous strategies).</summary>
    public virtual NegotiationAction Act(NegotiationView view) =>
        throw new NotSupportedException($"Agent '{Name}' is asynchronous: call ActAsync.");

    /// <summary>Chooses this turn's action (human and remote parties override this).</summary>
    public virtual ValueTask<NegotiationAction> ActAsync(NegotiationView view, CancellationToken cancellationToken) =>
        new(Act(view));

    /// <summary>Hears about every legal action, the agent's own included, after it took effect.</summary>
    public virtual void Observe(NegotiationAction action, NegotiationView view)
    {
    }
}
