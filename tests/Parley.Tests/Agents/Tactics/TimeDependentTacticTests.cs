using CsCheck;
using Parley.Agents;
using Parley.Agents.Catalog;
using Parley.Agents.Tactics;
using Parley.TestKit.Agents;
using Parley.TestKit.Scenarios;

namespace Parley.Tests.Agents.Tactics;

public sealed class TimeDependentTacticTests
{
    private const int Steps = 1000;

    /// <summary>Faratin et al. (1998) in GENIUS's utility form, written out independently of the implementation.</summary>
    private static double Formula(double t, double e, double pmin, double pmax, double k = 0) =>
        pmin + ((pmax - pmin) * (1 - (e == 0 ? k : k + ((1 - k) * Math.Pow(t, 1 / e)))));

    private static TimeDependentTactic Started(double e, double reservation = 0, double k = 0, double min = 0, double max = 1)
    {
        var tactic = new TimeDependentTactic(e, k, min, max);
        tactic.Start(new AgentHarness(TinyScenarios.SplitThePie(Steps, reservation)).Context);
        return tactic;
    }

    [Theory]
    [InlineData(0.2)]
    [InlineData(1.0)]
    [InlineData(2.0)]
    [InlineData(0.5)]
    public void Run_AgainstStubbornOpponent_OffersTheLeastGoodOutcomeAboveTheCurve(double e)
    {
        // A's utility of share s is s/1000; B only ever offers share 0, which A never accepts.
        var scenario = TinyScenarios.SplitThePie(Steps, reservationA: 0.1);
        var utility = new AgentHarness(scenario).Context.Index;
        var stubborn = new ScriptedAgent([.. Enumerable.Repeat(ScriptedMove.Offer(0), 100)]);
        var result = Negotiate.Run(scenario, StandardAgents.TimeDependent(e), stubborn, rounds: 40);

        var offers = Negotiate.OffersBy(result, 0);
        Assert.Equal(40, offers.Length);
        foreach (var (time, outcome) in offers)
        {
            // The offer reaches the target, and the next-lower share does not.
            var target = Formula(time, e, 0.1, 1.0);
            Assert.InRange(utility.UtilityOf(outcome), target - 1e-12, target + (1.0 / Steps) + 1e-12);
            Assert.True(outcome == 0 || utility.UtilityOf(outcome - 1) < target + 1e-12, $"t = {time}: offered {outcome} for target {target}");
        }
    }

    [Fact]
    public void TargetAt_HandWorkedValues_MatchTheFormula()
    {
        // Pmin = reservation 0.2, Pmax = 1: e = 0.5 at t = 0.5 concedes t² = 0.25 of the range; e = 2 concedes √0.5.
        Assert.Equal(0.2 + (0.8 * 0.75), Started(0.5, 0.2).TargetAt(0.5), 12);
        Assert.Equal(0.2 + (0.8 * (1 - Math.Sqrt(0.5))), Started(2, 0.2).TargetAt(0.5), 12);
        Assert.Equal(1.0, Started(1, 0.2).TargetAt(0), 12);
        Assert.Equal(0.2, Started(1, 0.2).TargetAt(1), 12);
    }

    [Fact]
    public void TargetAt_AnyTimeAndParameters_EqualsFaratinFormula() =>
        Gen.Select(Gen.Double[0, 1], Gen.Double[0.05, 10], Gen.Double[0, 0.5], Gen.Double[0, 0.6]).Sample((t, e, k, reservation) =>
            Math.Abs(Started(e, reservation, k).TargetAt(t) - Formula(t, e, reservation, 1, k)) < 1e-12);

    [Fact]
    public void TargetAt_BoulwareLinearConceder_OrderedAtEveryInteriorTime() =>
        Gen.Double[0.001, 0.999].Sample(t =>
        {
            var boulware = Started(StandardAgents.BoulwareExponent).TargetAt(t);
            var linear = Started(1).TargetAt(t);
            var conceder = Started(StandardAgents.ConcederExponent).TargetAt(t);
            return boulware > linear && linear > conceder;
        });

    [Fact]
    public void Run_BoulwareAndConceder_BoulwareStillDemandsMoreAtEveryTurn()
    {
        static long[] Offers(Agent agent) =>
            [.. Negotiate.OffersBy(Negotiate.Run(TinyScenarios.SplitThePie(Steps), agent, new ScriptedAgent([.. Enumerable.Repeat(ScriptedMove.Offer(0), 100)]), rounds: 30), 0)
                .Select(o => o.Outcome)];

        var boulware = Offers(AgentCatalog.Default.Create("Boulware"));
        var conceder = Offers(AgentCatalog.Default.Create("Conceder"));

        Assert.Equal(Steps, boulware[0]);
        Assert.Equal(Steps, conceder[0]);
        for (var turn = 1; turn < boulware.Length - 1; turn++)
        {
            Assert.True(boulware[turn] > conceder[turn], $"turn {turn}: Boulware {boulware[turn]}, Conceder {conceder[turn]}");
        }
    }

    [Fact]
    public void Run_Hardliner_OffersItsBestOutcomeEveryTurn()
    {
        var result = Negotiate.Run(
            TinyScenarios.SplitThePie(Steps), StandardAgents.Hardliner(), new ScriptedAgent([.. Enumerable.Repeat(ScriptedMove.Offer(999), 100)]), rounds: 20);

        Assert.All(Negotiate.OffersBy(result, 0), o => Assert.Equal(Steps, o.Outcome));
        Assert.False(result.IsAgreement);
    }

    [Fact]
    public void Start_MinAboveReservation_NeverAimsBelowMin()
    {
        var tactic = Started(1, reservation: 0.1, min: 0.4);

        Assert.Equal(0.4, tactic.Pmin);
        Assert.Equal(0.4, tactic.TargetAt(1), 12);
    }

    [Fact]
    public void Start_MaxBelowBest_StartsAtMax()
    {
        var tactic = Started(1, max: 0.9);

        Assert.Equal(0.9, tactic.TargetAt(0), 12);
    }

    [Fact]
    public void TargetAt_InitialConcession_StartsKOfTheWayDown() =>
        Assert.Equal(0.75, Started(1, k: 0.25).TargetAt(0), 12);

    [Fact]
    public void Constructor_NegativeExponent_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TimeDependentTactic(-1));
}
