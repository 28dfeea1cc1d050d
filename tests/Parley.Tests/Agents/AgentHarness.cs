using Parley.Agents;
using Parley.Negotiations;
using Parley.Protocols;
using Parley.Protocols.StackedAlternatingOffers;
using Parley.Scenarios;

namespace Parley.Tests.Agents;

/// <summary>
/// Drives one agent's components directly: a context for one seat and a view whose time and offer on the table the
/// test sets, so a component's rule can be checked turn by turn without a runner.
/// </summary>
internal sealed class AgentHarness
{
    public AgentHarness(Scenario scenario, int seat = 0, int rounds = 100, int seed = 0)
    {
        Scenario = new PreparedScenario(scenario);
        Settings = new StackedAlternatingOffersSettings(scenario.Parties.Length, scenario.Space.Count, Deadline.OfRounds(rounds));
        Context = new AgentContext(seat, scenario.Parties[seat], Scenario.Indexes[seat], Settings, seed);
        View = new NegotiationView(Context, new NegotiationHistory(16));
    }

    public PreparedScenario Scenario { get; }

    public StackedAlternatingOffersSettings Settings { get; }

    public AgentContext Context { get; }

    public NegotiationView View { get; }

    public int Seat => Context.Seat;

    /// <summary>The view at time t, with <paramref name="offer"/> on the table made by <paramref name="offerer"/>.</summary>
    public NegotiationView At(double time, long offer = -1, int offerer = -1)
    {
        View.Time = time;
        View.CurrentOffer = offer;
        View.CurrentOfferer = offer < 0 ? -1 : offerer < 0 ? 1 - Seat : offerer;
        return View;
    }

    /// <summary>An offer by the (first) opponent, and the view as an observer sees it.</summary>
    public (NegotiationAction Action, NegotiationView View) OpponentOffers(long outcome, double time = 0)
    {
        var opponent = Seat == 0 ? 1 : 0;
        return (NegotiationAction.Offer(opponent, outcome), At(time, outcome, opponent));
    }
}
