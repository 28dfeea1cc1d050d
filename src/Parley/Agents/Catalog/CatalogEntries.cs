using Parley.Agents.TimeDependent;

namespace Parley.Agents.Catalog;

/// <summary>The agents of <see cref="AgentCatalog.Default"/>.</summary>
internal static class StandardAgents
{
    private const string Faratin = "Faratin, Sierra & Jennings (1998), Negotiation decision functions for autonomous agents";

    public static IEnumerable<AgentDescription> All =>
    [
        TimeDependent("Boulware", 0.2, "concedes slowly, mostly near the deadline"),
        TimeDependent("Linear", 1.0, "concedes at a constant rate"),
        TimeDependent("Conceder", 2.0, "concedes quickly, early on"),
        TimeDependent("Hardliner", 0.0, "never concedes: always offers its best outcome"),
        new AgentDescription(
            "TimeDependent",
            "time-dependent concession u(t) = Pmin + (Pmax − Pmin)(1 − t^(1/e)) with any exponent",
            Faratin,
            [Exponent(1.0)],
            spec => new TimeDependentAgent(Exponent(1.0).Read(spec))),
    ];

    private static AgentParameter Exponent(double value) =>
        new("e", value, "concession exponent: < 1 concedes late, 1 linearly, > 1 early, 0 never", 0, 1000);

    private static AgentDescription TimeDependent(string name, double e, string summary) =>
        new(name, $"time-dependent, e = {e}: {summary}", Faratin, [], _ => new TimeDependentAgent(e, name));
}
