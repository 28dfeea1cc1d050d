namespace Parley.Agents.Tactics;

/// <summary>
/// The standard concession tactics, to combine with a bidder from <see cref="Bidding.Bidders"/>. Each call makes a
/// fresh tactic: give every agent its own.
/// </summary>
public static class ConcessionTactics
{
    /// <summary>
    /// Faratin, Sierra and Jennings (1998): u(t) = Pmin + (Pmax − Pmin)·(1 − f(t)), f(t) = k + (1 − k)·t^(1/e).
    /// </summary>
    /// <param name="exponent">e ≥ 0: &lt; 1 Boulware, 1 linear, &gt; 1 Conceder, 0 never concedes.</param>
    /// <param name="initialConcession">k ∈ [0, 1], the fraction conceded at t = 0.</param>
    /// <param name="minimum">A floor for Pmin (the reservation value and worst utility also bound it).</param>
    /// <param name="maximum">A ceiling for Pmax (the best utility also bounds it).</param>
    public static IConcessionTactic TimeDependent(double exponent, double initialConcession = 0, double minimum = 0, double maximum = 1) =>
        new TimeDependentTactic(exponent, initialConcession, minimum, maximum);

    /// <summary>NegMAS's polynomial aspiration: u(t) = Umax − (Umax − Umin)·t^e (e &gt; 0; default 4, NegMAS's "boulware").</summary>
    public static IConcessionTactic Aspiration(double exponent = AspirationTactic.DefaultExponent) => new AspirationTactic(exponent);

    /// <summary>Faratin's imitative tactics in the agent's own utility terms, reacting to the opponent's step δ offers back.</summary>
    public static IConcessionTactic TitForTat(TitForTatMode mode = TitForTatMode.Absolute, int delay = 1) => new TitForTatTactic(mode, delay);
}
