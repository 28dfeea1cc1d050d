using Parley.Agents.Catalog;

namespace Parley.Talks.Agents;

/// <summary>
/// The agents talks can name: the standard catalog (<see cref="AgentCatalog.Default"/>, which play one meeting at a time)
/// plus the talks-aware agents.
/// </summary>
public static class TalksAgentCatalog
{
    private static readonly AgentParameter Exponent =
        new("e", 1.0, "concession exponent over the talks' calendar: < 1 holds firm until late, 1 linear, > 1 early", 0.01, 1000);

    private static readonly AgentParameter Walk =
        new("walk", 0.0, "walk out when the other side's offers improved by less than this (own utility) in a meeting; 0 never", 0, 1);

    private static readonly AgentParameter Patience = new("patience", 0.5, "meeting time t after which it may walk out", 0, 1);

    private static readonly AgentParameter BreakAfter =
        new("breakAfter", 0, "walk-outs after which the next one breaks the talks off; 0 never", 0, 1000) { IsInteger = true };

    /// <summary>The talks-aware agents.</summary>
    public static IEnumerable<AgentDescription> TalksAgents =>
    [
        new AgentDescription(
            "CalendarConceder",
            "talks-aware: concedes toward its reservation value over the talks' calendar (reached on the end date), not within each meeting; "
                + "walks out of a meeting when the other side's offers are not responsive",
            "Faratin, Sierra & Jennings (1998) time-dependent tactics, applied to calendar time; Parley",
            [Exponent, Walk, Patience, BreakAfter],
            spec => new CalendarConcederAgent(Exponent.Read(spec), Walk.Read(spec), Patience.Read(spec), (int)BreakAfter.Read(spec))),
    ];

    /// <summary>The standard agents and the talks-aware ones.</summary>
    public static AgentCatalog Default { get; } = new(AgentCatalog.Default.Agents.Concat(TalksAgents));
}
