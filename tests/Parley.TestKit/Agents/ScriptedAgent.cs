using Parley.Agents;
using Parley.Protocols;

namespace Parley.TestKit.Agents;

/// <summary>
/// Plays a fixed list of moves, one per turn (the test double for protocol edge cases, like Npgsql's PgServerMock).
/// Moves name only the kind and outcome; the seat is filled in. When the script runs out it walks away.
/// </summary>
public sealed class ScriptedAgent(params ScriptedMove[] moves) : Agent
{
    private int _next;

    /// <inheritdoc />
    public override string Name => "Scripted";

    /// <summary>Every action this agent was told about, in order.</summary>
    public List<NegotiationAction> Observed { get; } = [];

    /// <summary>The times (t) it saw on each of its turns.</summary>
    public List<double> SeenTimes { get; } = [];

    /// <inheritdoc />
    public override void Start(AgentContext context)
    {
        base.Start(context);
        _next = 0;
        Observed.Clear();
        SeenTimes.Clear();
    }

    /// <inheritdoc />
    public override NegotiationAction Act(NegotiationView view)
    {
        SeenTimes.Add(view.Time);
        if (_next >= moves.Length)
        {
            return NegotiationAction.EndNegotiation(view.Seat);
        }

        var move = moves[_next++];
        return new NegotiationAction(move.Kind, move.Seat ?? view.Seat, move.Outcome);
    }

    /// <inheritdoc />
    public override void Observe(NegotiationAction action, NegotiationView view) => Observed.Add(action);
}

/// <summary>One scripted move; <see cref="Seat"/> overrides the actor to test out-of-turn moves.</summary>
/// <param name="Kind">The action kind.</param>
/// <param name="Outcome">The outcome for offers.</param>
/// <param name="Seat">A seat to act as (null: the agent's own).</param>
public readonly record struct ScriptedMove(ActionKind Kind, long Outcome = -1, int? Seat = null)
{
    /// <summary>An offer.</summary>
    public static ScriptedMove Offer(long outcome) => new(ActionKind.Offer, outcome);

    /// <summary>An acceptance.</summary>
    public static ScriptedMove Accept() => new(ActionKind.Accept);

    /// <summary>A walk-away.</summary>
    public static ScriptedMove Walk() => new(ActionKind.EndNegotiation);
}
