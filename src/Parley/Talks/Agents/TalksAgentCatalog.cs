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

    private static readonly AgentParameter By =
        new("by", 0, "the day (yyyymmdd) its target reaches its reservation value; 0: the talks' end date", 0, 99991231) { IsInteger = true };

    private static readonly AgentParameter Share =
        new("walk", 0.0, "walk out when the other side closed less than this share of the gap in a meeting; 0 never", 0, 1);

    private static readonly AgentParameter Grace =
        new("grace", 1, "meetings it plays before it judges the other side's responsiveness", 0, 1000) { IsInteger = true };

    private static readonly AgentParameter Walks =
        new("walks", 0, "the most walk-outs in the talks; 0: no limit", 0, 1000) { IsInteger = true };

    private static readonly AgentParameter Band =
        new("band", 0.05, "trade-off band above the target, as a share of its range from reservation value to best", 0, 1);

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
        new AgentDescription(
            "Anchoring",
            "talks-aware: opens at its public ask, concedes over the calendar toward its reservation value by a date of its own (then holds it), "
                + "trades issues off toward the other side's best proposal, walks out (at most 'walks' times) when the other side's proposals are not responsive",
            "Faratin, Sierra & Jennings (1998) time-dependent tactics over calendar time; similarity-based trade-offs (Faratin, Sierra & Jennings 2002); Parley",
            [Exponent, By, Share, Patience, Grace, Walks, Band],
            spec => new AnchoringAgent(
                Exponent.Read(spec), ReadDate(spec), Share.Read(spec), Patience.Read(spec), (int)Grace.Read(spec), (int)Walks.Read(spec), Band.Read(spec))),
    ];

    /// <summary>The <c>by</c> date of a spec: yyyymmdd, or 0 for none.</summary>
    private static DateOnly? ReadDate(AgentSpec spec)
    {
        var value = (int)By.Read(spec);
        if (value == 0)
        {
            return null;
        }

        return DateOnly.TryParseExact(value.ToString(System.Globalization.CultureInfo.InvariantCulture), "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date
            : throw new AgentSpecException($"Agent '{spec.Name}': by={value} is not a date written yyyymmdd (e.g. by=20200415).");
    }

    /// <summary>The standard agents and the talks-aware ones.</summary>
    public static AgentCatalog Default { get; } = new(AgentCatalog.Default.Agents.Concat(TalksAgents));
}
