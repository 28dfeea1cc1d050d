using Parley.Agents.Acceptance;
using Parley.Agents.Boa;
using Parley.TestKit.Scenarios;

namespace Parley.Tests.Agents.Acceptance;

/// <summary>
/// One test per rule of Baarslag, Hindriks and Jonker (2014). A plays split-the-pie on a 1/100 grid, so outcome s is worth
/// s/100 to it; the opponent's offer on the table and A's next bid are given as outcomes.
/// </summary>
public sealed class AcceptanceConditionTests
{
    private readonly AgentHarness _harness = new(TinyScenarios.SplitThePie(100, reservationA: 0.25));

    private AcceptanceDecision Decide(IAcceptanceStrategy condition, double time, long offer, long nextBid)
    {
        condition.Start(_harness.Context, null);
        return condition.Decide(_harness.At(time, offer), nextBid);
    }

    [Theory]
    [InlineData(60, 60, AcceptanceDecision.Accept)]
    [InlineData(61, 60, AcceptanceDecision.Accept)]
    [InlineData(59, 60, AcceptanceDecision.Reject)]
    public void Next_OfferAgainstNextBid_AcceptsWhenAtLeastAsGood(long offer, long next, AcceptanceDecision expected) =>
        Assert.Equal(expected, Decide(AcceptanceConditions.Next(), 0.5, offer, next));

    [Theory]
    [InlineData(50, 60, AcceptanceDecision.Accept)]  // 1.1·0.5 + 0.05 = 0.60 ≥ 0.60
    [InlineData(49, 60, AcceptanceDecision.Reject)]  // 1.1·0.49 + 0.05 = 0.589
    public void Next_AlphaBeta_ScalesAndShiftsTheOffer(long offer, long next, AcceptanceDecision expected) =>
        Assert.Equal(expected, Decide(AcceptanceConditions.Next(1.1, 0.05 + 1e-12), 0.5, offer, next));

    [Theory]
    [InlineData(70, AcceptanceDecision.Accept)]
    [InlineData(71, AcceptanceDecision.Accept)]
    [InlineData(69, AcceptanceDecision.Reject)]
    public void Constant_OfferAgainstThreshold_AcceptsFromTheThresholdOn(long offer, AcceptanceDecision expected) =>
        Assert.Equal(expected, Decide(AcceptanceConditions.Constant(0.7), 0.1, offer, nextBid: 100));

    [Theory]
    [InlineData(0.89, AcceptanceDecision.Reject)]
    [InlineData(0.9, AcceptanceDecision.Accept)]
    [InlineData(1.0, AcceptanceDecision.Accept)]
    public void Time_AnyOffer_AcceptedFromTimeTOn(double time, AcceptanceDecision expected) =>
        Assert.Equal(expected, Decide(AcceptanceConditions.Time(0.9), time, offer: 0, nextBid: 100));

    [Theory]
    [InlineData(25, AcceptanceDecision.Accept)]
    [InlineData(24, AcceptanceDecision.Reject)]
    public void AboveReservation_OfferAgainstReservation_AcceptsRationalOffers(long offer, AcceptanceDecision expected) =>
        Assert.Equal(expected, Decide(AcceptanceConditions.AboveReservation(), 0.5, offer, nextBid: 100));

    /// <summary>Plays opponent offers (time, outcome) into a condition, then asks about the last one.</summary>
    private AcceptanceDecision Combi(CombiThreshold threshold, double decideAt, long nextBid, params (double Time, long Outcome)[] offers)
    {
        var condition = AcceptanceConditions.Combi(0.9, threshold);
        condition.Start(_harness.Context, null);
        foreach (var (time, outcome) in offers)
        {
            var (action, view) = _harness.OpponentOffers(outcome, time);
            condition.Observe(action, view);
        }

        return condition.Decide(_harness.At(decideAt, offers[^1].Outcome), nextBid);
    }

    [Fact]
    public void Combi_BeforeT_IsAcNext()
    {
        Assert.Equal(AcceptanceDecision.Reject, Combi(CombiThreshold.MaxInWindow, 0.5, 80, (0.49, 70)));
        Assert.Equal(AcceptanceDecision.Accept, Combi(CombiThreshold.MaxInWindow, 0.5, 80, (0.49, 80)));
    }

    [Fact]
    public void Combi_AfterTTheBestInTheWindow_Accepts() =>
        // At t = 0.95 the window is [0.9, 0.95]: offers 40, 45, 50 are in it and 50 is the best.
        Assert.Equal(AcceptanceDecision.Accept, Combi(CombiThreshold.MaxInWindow, 0.95, 90, (0.5, 60), (0.91, 40), (0.93, 45), (0.949, 50)));

    [Fact]
    public void Combi_AfterTABetterOfferInTheWindow_Rejects() =>
        Assert.Equal(AcceptanceDecision.Reject, Combi(CombiThreshold.MaxInWindow, 0.95, 90, (0.91, 55), (0.93, 45), (0.949, 50)));

    [Fact]
    public void Combi_AfterTABetterOfferBeforeTheWindow_IsForgotten() =>
        // 60 came at t = 0.85, before the window [0.9, 0.95].
        Assert.Equal(AcceptanceDecision.Accept, Combi(CombiThreshold.MaxInWindow, 0.95, 90, (0.85, 60), (0.93, 45), (0.949, 50)));

    [Fact]
    public void Combi_AfterTBestInWindowButBelowReservation_Rejects() =>
        // A's reservation value is 0.25: the window's best offer, 20, is still not worth taking.
        Assert.Equal(AcceptanceDecision.Reject, Combi(CombiThreshold.MaxInWindow, 0.95, 90, (0.91, 10), (0.949, 20)));

    [Fact]
    public void Combi_MaxSoFar_RemembersTheWholeNegotiation() =>
        Assert.Equal(AcceptanceDecision.Reject, Combi(CombiThreshold.MaxSoFar, 0.95, 90, (0.1, 60), (0.93, 45), (0.949, 50)));

    [Fact]
    public void Combi_AverageInWindow_AcceptsAnAboveAverageOffer()
    {
        // Window [0.9, 0.95]: 30, 60, 45 → average 45.
        Assert.Equal(AcceptanceDecision.Accept, Combi(CombiThreshold.AverageInWindow, 0.95, 90, (0.91, 30), (0.92, 60), (0.949, 45)));
        Assert.Equal(AcceptanceDecision.Reject, Combi(CombiThreshold.AverageInWindow, 0.95, 90, (0.91, 30), (0.92, 70), (0.949, 45)));
    }

    [Fact]
    public void Combi_Restarted_ForgetsTheLastNegotiation()
    {
        var condition = AcceptanceConditions.Combi(0.9, CombiThreshold.MaxSoFar);
        condition.Start(_harness.Context, null);
        var (action, view) = _harness.OpponentOffers(90, 0.5);
        condition.Observe(action, view);

        condition.Start(_harness.Context, null);
        var (again, againView) = _harness.OpponentOffers(40, 0.95);
        condition.Observe(again, againView);

        Assert.Equal(AcceptanceDecision.Accept, condition.Decide(_harness.At(0.95, 40), 90));
    }
}
