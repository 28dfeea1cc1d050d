using Parley.Protocols;

namespace Parley.Negotiations;

/// <summary>
/// How to run one negotiation: the deadline, an optional per-turn limit, the seed every random choice derives from, and
/// whether to keep the full trace. Immutable.
/// </summary>
/// <param name="Deadline">When the negotiation must end.</param>
/// <param name="Seed">The negotiation's seed: each agent's random source is derived from it and its seat.</param>
/// <param name="TurnTimeLimit">How long one turn may take, if limited (a slower agent fails the negotiation).</param>
/// <param name="RecordTrace">Whether to keep every action for <see cref="NegotiationResult.Trace"/>.</param>
public sealed record NegotiationSettings(Deadline Deadline, int Seed = 0, TimeSpan? TurnTimeLimit = null, bool RecordTrace = true)
{
    /// <summary>The seed of the agent in <paramref name="seat"/>: a fixed mix of the negotiation seed and the seat.</summary>
    public int AgentSeed(int seat) => SeedMixer.Mix(Seed, seat);
}
