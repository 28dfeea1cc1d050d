using Parley.Agents;
using Parley.Protocols;
using Parley.TestKit.Agents;
using Parley.TestKit.Scenarios;

namespace Parley.Tests.Agents;

public sealed class NegotiationViewTests
{
    /// <summary>Offers its best outcome and records the time its view shows for every observed action.</summary>
    private sealed class TimeWatcher : Agent
    {
        public List<(int Actor, double Time)> Observed { get; } = [];

        public override string Name => "Watcher";

        public override NegotiationAction Act(NegotiationView view) => NegotiationAction.Offer(view.Seat, view.Context.Index.OutcomeAtRank(0));

        public override void Observe(NegotiationAction action, NegotiationView view) => Observed.Add((action.Actor, view.Time));
    }

    [Fact]
    public void Observe_AnyAction_ViewShowsTheTimeTheActionWasTaken()
    {
        var watcher = new TimeWatcher();
        var opponent = new ScriptedAgent(ScriptedMove.Offer(1), ScriptedMove.Offer(2), ScriptedMove.Offer(3));

        Negotiate.Run(TinyScenarios.SplitThePie(), watcher, opponent, rounds: 3);

        // 6 turns in all: turn k is taken at t = k/6, by seat k mod 2.
        Assert.Equal([(0, 0.0), (1, 1 / 6.0), (0, 2 / 6.0), (1, 3 / 6.0), (0, 4 / 6.0), (1, 5 / 6.0)], watcher.Observed);
    }
}
