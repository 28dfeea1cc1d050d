namespace Parley.Agents.Tactics;

/// <summary>
/// Which imitative tactic of Faratin, Sierra and Jennings (1998), "Negotiation decision functions for autonomous agents"
/// (§ 4.3), a tit-for-tat agent follows.
/// </summary>
public enum TitForTatMode : byte
{
    /// <summary>Absolute tit-for-tat: concede by the same amount of utility as the opponent did.</summary>
    Absolute,

    /// <summary>Relative tit-for-tat: concede the same fraction as the opponent did.</summary>
    Relative,
}
