using Parley.Agents.Catalog;
using Parley.Agents.Rubinstein;
using Parley.Protocols;
using Parley.TestKit.Scenarios;

namespace Parley.Tests.Agents.Rubinstein;

public sealed class RubinsteinStrategyTests
{
    [Theory]
    [InlineData(0.8, 0.9, 10, 1000)]
    [InlineData(0.9, 0.8, 10, 1000)]
    [InlineData(0.5, 0.5, 4, 1000)]
    [InlineData(0.95, 0.6, 20, 10_000)]
    [InlineData(0.7, 1.0, 5, 1000)]
    public void Run_RubinsteinPair_AgreesAtTurnTwoOnTheRubinsteinShare(double discountA, double discountB, int rounds, int steps)
    {
        // Per-round factors from the GENIUS discounts: d^(t) with t = round/R, so one round is d^(1/R).
        var deltaA = Math.Pow(discountA, 1.0 / rounds);
        var deltaB = Math.Pow(discountB, 1.0 / rounds);
        var share = (1 - deltaB) / (1 - (deltaA * deltaB));
        var scenario = TinyScenarios.SplitThePie(steps, discountA: discountA, discountB: discountB);

        var result = Negotiate.Run(
            scenario,
            AgentCatalog.Default.Create(FormattableString.Invariant($"Rubinstein(opponentDiscount={discountB})")),
            AgentCatalog.Default.Create(FormattableString.Invariant($"Rubinstein(opponentDiscount={discountA})")),
            rounds);

        Assert.Equal(NegotiationEnd.Agreement, result.End);
        Assert.Equal(2, result.Turns);
        // On the grid: the nearest share, a tie going to the responder.
        Assert.Equal((long)Math.Ceiling((share * steps) - 0.5), result.AgreementIndex);
        Assert.Equal(share, result.Utilities[0], 1.0 / steps);
        Assert.Equal(1 - share, result.Utilities[1], 1.0 / steps);
    }

    [Fact]
    public void Run_OfferBelowResponderShare_RejectsAndProposesItsOwnShare()
    {
        // A wrongly believes B is very impatient (d = 0.01) and asks for almost everything; B, whose equilibrium share as
        // responder is 1 − x*(δ, δ) with δ = 0.9^(1/10) for both, rejects and asks for its own proposer share x*(δ, δ).
        var delta = Math.Pow(0.9, 0.1);
        var ownShareOfB = (1 - delta) / (1 - (delta * delta));
        var result = Negotiate.Run(
            TinyScenarios.SplitThePie(1000, discountA: 0.9, discountB: 0.9),
            AgentCatalog.Default.Create("Rubinstein(opponentDiscount=0.01)"),
            AgentCatalog.Default.Create("Rubinstein(opponentDiscount=0.9)"),
            rounds: 10);

        var first = result.Trace![0];
        var second = result.Trace[1];
        Assert.Equal(ActionKind.Offer, second.Kind);
        Assert.True(first.Outcome > 950, $"A asked for {first.Outcome}");
        Assert.Equal((long)Math.Ceiling(((1 - ownShareOfB) * 1000) - 0.5), second.Outcome);
        Assert.False(result.IsAgreement);
    }

    [Theory]
    [InlineData(0.9, 0.9, 1 / 1.9)]
    [InlineData(1.0, 0.5, 1.0)]
    [InlineData(0.5, 1.0, 0.0)]
    [InlineData(1.0, 1.0, 0.5)]
    public void ProposerShare_KnownCases(double proposer, double responder, double expected) =>
        Assert.Equal(expected, RubinsteinBargaining.ProposerShare(proposer, responder), 12);

    [Theory]
    [InlineData(0.5, 10, 0.933032991536807)]
    [InlineData(0.0, 10, 1.0)]
    [InlineData(1.5, 10, 1.0)]
    [InlineData(0.81, 2, 0.9)]
    public void PerRoundFactor_GeniusDiscount_IsTheRthRoot(double d, int rounds, double expected) =>
        Assert.Equal(expected, RubinsteinBargaining.PerRoundFactor(d, rounds), 12);

    [Theory]
    [InlineData(0.3, 1)]
    [InlineData(0.4, 2)]
    [InlineData(0.375, 1)]
    [InlineData(0.625, 2)]
    [InlineData(1.2, 4)]
    [InlineData(-0.2, 0)]
    public void NearestOutcome_OnTheGrid_RoundsToNearestTiesDown(double utility, int expected)
    {
        // Quarters are exact in binary, so 0.375 and 0.625 are exact ties.
        var index = new AgentHarness(TinyScenarios.SplitThePie(4)).Context.Index;

        Assert.Equal(expected, RubinsteinBargaining.NearestOutcome(index, utility));
    }
}
