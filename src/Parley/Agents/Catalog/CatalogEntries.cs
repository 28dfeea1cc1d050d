using Parley.Agents.Bidding;
using Parley.Agents.OpponentModeling;
using Parley.Agents.Tactics;

namespace Parley.Agents.Catalog;

/// <summary>The agents of <see cref="AgentCatalog.Default"/>, each built by <see cref="StandardAgents"/>.</summary>
internal static class CatalogEntries
{
    private const string Faratin = "Faratin, Sierra & Jennings (1998), Negotiation decision functions for autonomous agents";
    private const string Baarslag = "Baarslag, Hindriks & Jonker (2014), Effective acceptance conditions in multi-issue negotiation";

    private static readonly AgentParameter Exponent =
        new("e", 1.0, "concession exponent: < 1 concedes late, 1 linearly, > 1 early, 0 never", 0, 1000);

    private static readonly AgentParameter InitialConcession = new("k", 0.0, "fraction of the range conceded at t = 0", 0, 1);

    private static readonly AgentParameter Minimum =
        new("min", 0.0, "floor of the lowest target (the reservation value and worst utility also bound it)", 0, 1);

    private static readonly AgentParameter Maximum = new("max", 1.0, "ceiling of the highest target (the best utility also bounds it)", 0, 1);

    private static readonly AgentParameter AspirationExponent =
        new("e", 4.0, "aspiration exponent: > 1 concedes late (4 = NegMAS boulware), 1 linearly, < 1 early", 0.01, 1000);

    private static readonly AgentParameter Delay =
        new("delta", 1, "delay δ: react to the opponent's concession step δ offers back (1 = its latest)", 1, 1000) { IsInteger = true };

    private static readonly AgentParameter OpponentDiscount =
        new("opponentDiscount", 1.0, "the opponent's GENIUS discount factor d (≤ 0 or 1: none)", 0, 1);

    private static readonly AgentParameter TradeOffExponent =
        new("e", StandardAgents.BoulwareExponent, "time-dependent concession exponent of the target", 0, 1000);

    private static readonly AgentParameter Band = new("band", Bidders.DefaultBand, "width of the utility band above the target", 0, 1);

    private static readonly AgentParameter LearningCoefficient =
        new("l", FrequencyOpponentModel.DefaultLearningCoefficient, "frequency model learning coefficient", 0, 1);

    private static readonly AgentParameter AcceptanceTime =
        new("T", StandardAgents.TradeOffAcceptanceTime, "AC_combi: after t = T accept the best offer of the recent window", 0, 1);

    public static IEnumerable<AgentDescription> All =>
    [
        Fixed("Boulware", "time-dependent, e = 0.2: concedes slowly, mostly near the deadline", Faratin, StandardAgents.Boulware),
        Fixed("Linear", "time-dependent, e = 1: concedes at a constant rate", Faratin, StandardAgents.Linear),
        Fixed("Conceder", "time-dependent, e = 2: concedes quickly, early on", Faratin, StandardAgents.Conceder),
        Fixed("Hardliner", "time-dependent, e = 0: never concedes, always offers its best outcome", Faratin, StandardAgents.Hardliner),
        new AgentDescription(
            "TimeDependent",
            "time-dependent concession u(t) = Pmin + (Pmax − Pmin)(1 − f(t)), f(t) = k + (1 − k)t^(1/e); AC_next",
            Faratin,
            [Exponent, InitialConcession, Minimum, Maximum],
            spec => StandardAgents.TimeDependent(Exponent.Read(spec), InitialConcession.Read(spec), Minimum.Read(spec), Maximum.Read(spec))),
        new AgentDescription(
            "Aspiration",
            "NegMAS-style aspiration u(t) = Umax − (Umax − Umin)t^e; AC_next",
            "NegMAS AspirationNegotiator / PolyAspiration (Mohammad et al., NegMAS)",
            [AspirationExponent],
            spec => StandardAgents.Aspiration(AspirationExponent.Read(spec))),
        TitForTat("TitForTat", TitForTatMode.Absolute, "tit-for-tat: concedes as much utility as the opponent just did (absolute)"),
        TitForTat("AbsoluteTitForTat", TitForTatMode.Absolute, "absolute tit-for-tat: concedes the same utility the opponent conceded δ offers back"),
        TitForTat("RelativeTitForTat", TitForTatMode.Relative, "relative tit-for-tat: closes the same fraction of its range as the opponent did δ offers back"),
        Fixed(
            "Random",
            "offers uniformly random outcomes worth at least its reservation value; accepts any such offer",
            "Baseline (GENIUS RandomParty, NegMAS RandomNegotiator)",
            StandardAgents.Random),
        Fixed(
            "MiCRO",
            "concedes one outcome only when the opponent has made as many distinct offers; accepts its next/lowest proposal",
            "de Jonge (2022), An analysis of the linear bilateral ANAC domains using the MiCRO benchmark strategy, IJCAI",
            StandardAgents.Micro),
        new AgentDescription(
            "Rubinstein",
            "subgame-perfect split-the-pie: asks (1 − δ_opp)/(1 − δ_own δ_opp) with δ = d^(1/rounds); accepts its responder share",
            "Rubinstein (1982), Perfect equilibrium in a bargaining model, Econometrica",
            [OpponentDiscount],
            spec => StandardAgents.Rubinstein(OpponentDiscount.Read(spec))),
        new AgentDescription(
            "TradeOff",
            "time-dependent target; offers the outcome a HardHeaded frequency model rates best for the opponent in a band above it; AC_combi(T, MAX^W)",
            "van Krimpen, Looije & Hajizadeh (2013), HardHeaded; " + Baarslag,
            [TradeOffExponent, Band, LearningCoefficient, AcceptanceTime],
            spec => StandardAgents.TradeOff(TradeOffExponent.Read(spec), Band.Read(spec), LearningCoefficient.Read(spec), AcceptanceTime.Read(spec))),
    ];

    private static AgentDescription Fixed(string name, string summary, string source, Func<Agent> create) =>
        new(name, summary, source, [], _ => create());

    private static AgentDescription TitForTat(string name, TitForTatMode mode, string summary) =>
        new(name, summary + "; AC_next", Faratin, [Delay], spec => StandardAgents.TitForTat(mode, (int)Delay.Read(spec), name));
}
