using Parley.Agents;
using Parley.Agents.Tactics;
using Parley.Protocols;
using Parley.TestKit.Agents;
using Parley.TestKit.Scenarios;

namespace Parley.Tests.Agents.Tactics;

public sealed class TitForTatTacticTests
{
    /// <summary>Feeds opponent offers (as A's utilities on a 1/100 grid) and returns the target after each.</summary>
    private static double[] Targets(TitForTatMode mode, int delay, double reservation, params double[] opponentUtilities)
    {
        var harness = new AgentHarness(TinyScenarios.SplitThePie(100, reservation));
        var tactic = new TitForTatTactic(mode, delay);
        tactic.Start(harness.Context);
        var targets = new double[opponentUtilities.Length];
        for (var i = 0; i < opponentUtilities.Length; i++)
        {
            var (action, view) = harness.OpponentOffers((long)Math.Round(opponentUtilities[i] * 100));
            tactic.Observe(action, view);
            targets[i] = tactic.Target(harness.At(0.5));
        }

        return targets;
    }

    private static void AssertClose(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], actual[i], 10);
        }
    }

    [Fact]
    public void Absolute_OpponentConcedesInSteps_ConcedesTheSameUtility() =>
        AssertClose([1.0, 0.9, 0.75, 0.7], Targets(TitForTatMode.Absolute, 1, 0.3, 0.0, 0.1, 0.25, 0.3));

    [Fact]
    public void Relative_OpponentClosesAFractionOfItsGap_ClosesTheSameFractionOfItsRange() =>
        // Gaps to A's best (1): 1 → 0.9 (10 % closed), 0.9 → 0.8 (1/9 closed); A's range above 0.5 shrinks alike.
        AssertClose([1.0, 0.95, 0.9], Targets(TitForTatMode.Relative, 1, 0.5, 0.0, 0.1, 0.2));

    [Fact]
    public void Absolute_DelayTwo_ReactsToTheStepBeforeTheLatest() =>
        // Steps: 0 → 0.1 → 0.3 → 0.35. With δ = 2 the 3rd offer answers 0 → 0.1, the 4th answers 0.1 → 0.3.
        AssertClose([1.0, 1.0, 0.9, 0.7], Targets(TitForTatMode.Absolute, 2, 0, 0.0, 0.1, 0.3, 0.35));

    [Fact]
    public void Absolute_OpponentRetracts_RaisesItsDemandButNotAboveItsBest() =>
        AssertClose([1.0, 0.8, 0.9, 1.0], Targets(TitForTatMode.Absolute, 1, 0, 0.0, 0.2, 0.1, 0.0));

    [Fact]
    public void Absolute_OpponentOvershoots_NeverGoesBelowReservation() =>
        AssertClose([1.0, 0.4], Targets(TitForTatMode.Absolute, 1, 0.4, 0.0, 0.9));

    [Fact]
    public void Observe_OwnOffers_ChangeNothing()
    {
        var harness = new AgentHarness(TinyScenarios.SplitThePie(100));
        var tactic = new TitForTatTactic(TitForTatMode.Absolute);
        tactic.Start(harness.Context);

        tactic.Observe(NegotiationAction.Offer(0, 50), harness.At(0.1, 50, 0));
        tactic.Observe(NegotiationAction.Offer(0, 10), harness.At(0.2, 10, 0));

        Assert.Equal(1.0, tactic.Target(harness.View));
    }

    [Fact]
    public void Run_ScriptedOpponentConcedingFivePercent_MirrorsEachConcession()
    {
        // B concedes 0.05 of A's utility per offer: shares 0, 5, 10, ... (A's utility s/100).
        var opponent = new ScriptedAgent([.. Enumerable.Range(0, 8).Select(i => ScriptedMove.Offer(5 * i))]);
        var result = Negotiate.Run(TinyScenarios.SplitThePie(100, reservationA: 0.5), StandardAgents.TitForTat(), opponent, rounds: 8);

        // A opens at 100 and, once B has two offers on record, answers each 5-point step with its own.
        Assert.Equal([100, 100, 95, 90, 85, 80, 75, 70], Negotiate.OffersBy(result, 0).Select(o => o.Outcome));
    }

    [Fact]
    public void Constructor_DelayZero_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => new TitForTatTactic(TitForTatMode.Absolute, 0));
}
