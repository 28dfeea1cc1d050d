using Parley.Protocols;
using Parley.Protocols.StackedAlternatingOffers;

namespace Parley.Tests.Protocols;

public sealed class StackedAlternatingOffersStateTests
{
    private static StackedAlternatingOffersState Start(int parties = 2, long outcomes = 10, int rounds = 5) =>
        StackedAlternatingOffersState.Start(new StackedAlternatingOffersSettings(parties, outcomes, Deadline.OfRounds(rounds)));

    private static StackedAlternatingOffersState Legal(StackedAlternatingOffersState state, NegotiationAction action)
    {
        var step = state.Apply(action);
        Assert.False(step.IsViolation, step.Violation?.ToString());
        return step.State;
    }

    [Fact]
    public void Start_FirstPartyMovesWithNothingOnTheTable()
    {
        var state = Start();

        Assert.Equal(0, state.NextActor);
        Assert.Equal(-1, state.CurrentOffer);
        Assert.False(state.IsOver);
    }

    [Fact]
    public void Apply_OutOfTurn_ReturnsNotYourTurn()
    {
        var state = Start();

        var step = state.Apply(NegotiationAction.Offer(1, 3));

        Assert.Equal(ProtocolRule.NotYourTurn, step.Violation!.Rule);
        Assert.Equal(1, step.Violation.Actor);
        Assert.Equal(state, step.State);
    }

    [Fact]
    public void Apply_AfterTheEnd_ReturnsNegotiationOver()
    {
        var state = Legal(Start(), NegotiationAction.EndNegotiation(0));

        var step = state.Apply(NegotiationAction.Offer(1, 3));

        Assert.Equal(ProtocolRule.NegotiationOver, step.Violation!.Rule);
    }

    [Fact]
    public void Apply_FirstMoveAccept_ReturnsAcceptWithoutOffer()
    {
        var step = Start().Apply(NegotiationAction.Accept(0));

        Assert.Equal(ProtocolRule.AcceptWithoutOffer, step.Violation!.Rule);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(10)]
    [InlineData(long.MaxValue)]
    public void Apply_OfferOutsideTheSpace_ReturnsOfferOutsideOutcomeSpace(long outcome)
    {
        var step = Start(outcomes: 10).Apply(NegotiationAction.Offer(0, outcome));

        Assert.Equal(ProtocolRule.OfferOutsideOutcomeSpace, step.Violation!.Rule);
        Assert.Contains("0..9", step.Violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_UnknownActionKind_ReturnsUnknownAction()
    {
        var step = Start().Apply(new NegotiationAction((ActionKind)7, 0, 1));

        Assert.Equal(ProtocolRule.UnknownAction, step.Violation!.Rule);
    }

    [Fact]
    public void Apply_Offer_PutsItOnTheTableAndPassesTheTurn()
    {
        var before = Start();

        var after = Legal(before, NegotiationAction.Offer(0, 4));

        Assert.Equal(4, after.CurrentOffer);
        Assert.Equal(0, after.CurrentOfferer);
        Assert.Equal(1, after.NextActor);
        Assert.Equal(-1, before.CurrentOffer); // the old state is a value: unchanged
    }

    [Fact]
    public void Apply_BilateralAccept_IsAgreement()
    {
        var state = Legal(Legal(Start(), NegotiationAction.Offer(0, 4)), NegotiationAction.Accept(1));

        Assert.Equal(NegotiationEnd.Agreement, state.End);
        Assert.Equal(4, state.Agreement);
    }

    [Fact]
    public void Apply_ThreeParties_AgreementNeedsBothOthersInTurn()
    {
        var state = Legal(Legal(Start(parties: 3), NegotiationAction.Offer(0, 2)), NegotiationAction.Accept(1));
        Assert.False(state.IsOver);

        state = Legal(state, NegotiationAction.Accept(2));

        Assert.Equal(NegotiationEnd.Agreement, state.End);
        Assert.Equal(2, state.Agreement);
    }

    [Fact]
    public void Apply_CounterOfferAfterAnAccept_ResetsTheAcceptances()
    {
        var state = Start(parties: 3);
        state = Legal(state, NegotiationAction.Offer(0, 2));
        state = Legal(state, NegotiationAction.Accept(1));
        state = Legal(state, NegotiationAction.Offer(2, 5));
        state = Legal(state, NegotiationAction.Accept(0));
        Assert.False(state.IsOver);
        Assert.Equal(1, state.Acceptances);

        state = Legal(state, NegotiationAction.Accept(1));

        Assert.Equal(5, state.Agreement);
    }

    [Fact]
    public void Apply_EndNegotiation_IsWalkAwayByThatParty()
    {
        var state = Legal(Legal(Start(), NegotiationAction.Offer(0, 1)), NegotiationAction.EndNegotiation(1));

        Assert.Equal(NegotiationEnd.WalkAway, state.End);
        Assert.Equal(1, state.EndedBy);
        Assert.Equal(-1, state.Agreement);
    }

    [Fact]
    public void Apply_LastTurnOfTheLastRound_ReachesTheDeadline()
    {
        var state = Start(rounds: 2);
        state = Legal(state, NegotiationAction.Offer(0, 1));
        state = Legal(state, NegotiationAction.Offer(1, 2));
        state = Legal(state, NegotiationAction.Offer(0, 3));
        Assert.False(state.IsOver);
        Assert.Equal(0.75, state.RoundProgress);

        state = Legal(state, NegotiationAction.Offer(1, 4));

        Assert.Equal(NegotiationEnd.Deadline, state.End);
        Assert.Equal(4, state.TurnsTaken);
    }

    [Fact]
    public void Apply_AcceptOnTheLastTurn_IsAgreementNotDeadline()
    {
        var state = Legal(Start(rounds: 1), NegotiationAction.Offer(0, 6));

        state = Legal(state, NegotiationAction.Accept(1));

        Assert.Equal(NegotiationEnd.Agreement, state.End);
    }

    [Fact]
    public void WithFailure_EndsNamingTheParty()
    {
        var state = Start().WithFailure(0);

        Assert.Equal(NegotiationEnd.Failure, state.End);
        Assert.Equal(0, state.EndedBy);
    }

    [Fact]
    public void Equality_SameHistory_EqualStates()
    {
        var settings = new StackedAlternatingOffersSettings(2, 10, Deadline.OfRounds(5));
        var a = StackedAlternatingOffersState.Start(settings).Apply(NegotiationAction.Offer(0, 3)).State;
        var b = StackedAlternatingOffersState.Start(settings).Apply(NegotiationAction.Offer(0, 3)).State;
        var c = StackedAlternatingOffersState.Start(settings).Apply(NegotiationAction.Offer(0, 4)).State;

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
    }
}
