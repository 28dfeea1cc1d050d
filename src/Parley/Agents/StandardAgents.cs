using Parley.Agents.Acceptance;
using Parley.Agents.Bidding;
using Parley.Agents.Boa;
using Parley.Agents.Micro;
using Parley.Agents.OpponentModeling;
using Parley.Agents.Rubinstein;
using Parley.Agents.Tactics;

namespace Parley.Agents;

/// <summary>
/// Builds the standard agents in C#, each a <see cref="BoaAgent"/> assembled from standard components (the
/// <see cref="Catalog.AgentCatalog"/> builds the same agents by name). Every call makes a fresh agent.
/// </summary>
public static class StandardAgents
{
    /// <summary>The e of <see cref="Boulware"/>.</summary>
    public const double BoulwareExponent = 0.2;

    /// <summary>The e of <see cref="Conceder"/>.</summary>
    public const double ConcederExponent = 2.0;

    /// <summary>The time after which <see cref="TradeOff"/> accepts the best offer of the recent window (AC_combi's T).</summary>
    public const double TradeOffAcceptanceTime = 0.98;

    /// <summary>
    /// Faratin, Sierra and Jennings (1998): bids at u(t) = Pmin + (Pmax − Pmin)·(1 − f(t)), f(t) = k + (1 − k)·t^(1/e)
    /// (<see cref="ConcessionTactics.TimeDependent"/>, <see cref="Bidders.AtTarget"/>) and accepts with AC_next.
    /// </summary>
    public static BoaAgent TimeDependent(double exponent, double initialConcession = 0, double minimum = 0, double maximum = 1, string name = "TimeDependent") =>
        new(name, Bidders.AtTarget(ConcessionTactics.TimeDependent(exponent, initialConcession, minimum, maximum)), AcceptanceConditions.Next());

    /// <summary>Time-dependent with e = 0.2: concedes slowly, mostly near the deadline.</summary>
    public static BoaAgent Boulware() => TimeDependent(BoulwareExponent, name: "Boulware");

    /// <summary>Time-dependent with e = 1: concedes at a constant rate.</summary>
    public static BoaAgent Linear() => TimeDependent(1.0, name: "Linear");

    /// <summary>Time-dependent with e = 2: concedes quickly, early on.</summary>
    public static BoaAgent Conceder() => TimeDependent(ConcederExponent, name: "Conceder");

    /// <summary>Time-dependent with e = 0: always offers its best outcome and accepts only that good an offer.</summary>
    public static BoaAgent Hardliner() => TimeDependent(0.0, name: "Hardliner");

    /// <summary>NegMAS-style aspiration: bids at u(t) = Umax − (Umax − Umin)·t^e and accepts with AC_next.</summary>
    public static BoaAgent Aspiration(double exponent = 4.0) =>
        new("Aspiration", Bidders.AtTarget(ConcessionTactics.Aspiration(exponent)), AcceptanceConditions.Next());

    /// <summary>Faratin's imitative tit-for-tat in own utility terms, with AC_next.</summary>
    public static BoaAgent TitForTat(TitForTatMode mode = TitForTatMode.Absolute, int delay = 1, string name = "TitForTat") =>
        new(name, Bidders.AtTarget(ConcessionTactics.TitForTat(mode, delay)), AcceptanceConditions.Next());

    /// <summary>Offers uniformly random outcomes worth at least its reservation value and accepts any such offer.</summary>
    public static BoaAgent Random() => new("Random", Bidders.Random(), AcceptanceConditions.AboveReservation());

    /// <summary>MiCRO (de Jonge 2022): concedes one outcome only when the opponent has made as many distinct offers.</summary>
    public static BoaAgent Micro()
    {
        var strategy = new MicroStrategy();
        return new BoaAgent("MiCRO", strategy, strategy);
    }

    /// <summary>
    /// Rubinstein's (1982) subgame-perfect strategy for split-the-pie: asks for (1 − δ_opp)/(1 − δ_own·δ_opp) and accepts
    /// its responder share at once; <paramref name="opponentDiscount"/> is the opponent's GENIUS discount factor.
    /// </summary>
    public static BoaAgent Rubinstein(double opponentDiscount = 1.0)
    {
        var strategy = new RubinsteinStrategy(opponentDiscount);
        return new BoaAgent("Rubinstein", strategy, strategy);
    }

    /// <summary>
    /// A HardHeaded-style trade-off agent: a time-dependent target (e), the offer the frequency model rates best for the
    /// opponent among outcomes within <paramref name="band"/> above it, and AC_combi(T, MAX^W).
    /// </summary>
    public static BoaAgent TradeOff(
        double exponent = BoulwareExponent,
        double band = Bidders.DefaultBand,
        double learningCoefficient = FrequencyOpponentModel.DefaultLearningCoefficient,
        double acceptanceTime = TradeOffAcceptanceTime) =>
        new(
            "TradeOff",
            Bidders.TradeOff(ConcessionTactics.TimeDependent(exponent), band),
            AcceptanceConditions.Combi(acceptanceTime, CombiThreshold.MaxInWindow),
            OpponentModels.Frequency(learningCoefficient));
}
