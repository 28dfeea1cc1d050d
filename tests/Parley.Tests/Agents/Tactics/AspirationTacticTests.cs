using CsCheck;
using Parley.Agents;
using Parley.Agents.Tactics;
using Parley.TestKit.Agents;
using Parley.TestKit.Scenarios;

namespace Parley.Tests.Agents.Tactics;

public sealed class AspirationTacticTests
{
    private static AspirationTactic Started(double e, double reservation = 0)
    {
        var tactic = new AspirationTactic(e);
        tactic.Start(new AgentHarness(TinyScenarios.SplitThePie(1000, reservation)).Context);
        return tactic;
    }

    [Fact]
    public void TargetAt_AnyTime_IsMaxMinusRangeTimesTToTheE() =>
        Gen.Select(Gen.Double[0, 1], Gen.Double[0.1, 8], Gen.Double[0, 0.5]).Sample((t, e, reservation) =>
            Math.Abs(Started(e, reservation).TargetAt(t) - (1 - ((1 - reservation) * Math.Pow(t, e)))) < 1e-12);

    [Fact]
    public void Default_IsNegMasBoulwareExponentFour()
    {
        var tactic = new AspirationTactic();

        Assert.Equal(4.0, tactic.Exponent);
    }

    [Fact]
    public void TargetAt_DefaultHalfway_HasConcededOneSixteenth() =>
        Assert.Equal(1 - (0.8 / 16), Started(AspirationTactic.DefaultExponent, 0.2).TargetAt(0.5), 12);

    [Fact]
    public void Run_AspirationE_OffersLikeTimeDependentOneOverE()
    {
        static long[] Offers(Agent agent) =>
            [.. Negotiate.OffersBy(Negotiate.Run(TinyScenarios.SplitThePie(1000), agent, new ScriptedAgent([.. Enumerable.Repeat(ScriptedMove.Offer(0), 50)]), rounds: 30), 0)
                .Select(o => o.Outcome)];

        // t^4 and t^(1/0.25) agree up to rounding, so the offers (ceilings on a 1/1000 grid) agree.
        Assert.Equal(Offers(StandardAgents.TimeDependent(0.25)), Offers(StandardAgents.Aspiration(4)));
    }

    [Fact]
    public void Constructor_ZeroExponent_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => new AspirationTactic(0));
}
