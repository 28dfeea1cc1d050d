using Parley.Agents;
using Parley.Agents.Catalog;
using Parley.Protocols;
using Parley.Scenarios;
using Parley.TestKit.Agents;
using Parley.TestKit.Scenarios;
using Parley.Tournaments;

namespace Parley.Tests.Tournaments;

/// <summary>Agents whose every move is easy to follow by hand, a catalog holding them, and small tournaments.</summary>
internal static class TournamentFixtures
{
    /// <summary>The standard catalog plus Hardline, Soft, Thrower and StartThrower.</summary>
    public static AgentCatalog Catalog { get; } = new([.. AgentCatalog.Default.Agents, .. TestAgents()]);

    /// <summary>The test catalog plus "Hanger", an agent that blocks on its turn until <paramref name="release"/> is set.</summary>
    public static AgentCatalog WithHanger(ManualResetEventSlim release) =>
        new([.. AgentCatalog.Default.Agents, .. TestAgents(), Fixed("Hanger", () => new HangingAgent(release))]);

    /// <summary>Resolves the scenario names tests use to in-memory scenarios.</summary>
    public static Scenario Load(string name) => name switch
    {
        "split" => TinyScenarios.SplitThePie(10, reservationA: 0.2, reservationB: 0, discountB: 0.0625),
        "price" => TinyScenarios.PriceAndColour(),
        "favourites" => TinyScenarios.Favourites(3),
        _ => throw new FileNotFoundException($"No scenario '{name}'.", name),
    };

    public static TournamentDefinition Build(TournamentOptions options) => options.Build(Catalog, Load);

    private static IEnumerable<AgentDescription> TestAgents() =>
    [
        Fixed("Hardline", () => new HardlineAgent()),
        Fixed("Soft", () => new SoftAgent()),
        Fixed("Thrower", () => new ThrowingAgent()),
        Fixed("StartThrower", () => new StartThrowingAgent()),
    ];

    private static AgentDescription Fixed(string name, Func<Agent> create) => new(name, "test agent", "tests", [], _ => create());

    /// <summary>Offers its best outcome every turn; accepts only an offer worth at least 0.8 to it.</summary>
    private sealed class HardlineAgent : Agent
    {
        public override string Name => "Hardline";

        public override NegotiationAction Act(NegotiationView view) =>
            view.HasOpponentOffer && view.UtilityOf(view.CurrentOffer) >= 0.8
                ? NegotiationAction.Accept(view.Seat)
                : NegotiationAction.Offer(view.Seat, view.Context.Index.OutcomeAtRank(0));
    }

    /// <summary>Accepts any offer; with none on the table, offers outcome 5 (the even split of split-the-pie).</summary>
    private sealed class SoftAgent : Agent
    {
        public override string Name => "Soft";

        public override NegotiationAction Act(NegotiationView view) =>
            view.HasOpponentOffer ? NegotiationAction.Accept(view.Seat) : NegotiationAction.Offer(view.Seat, 5);
    }

    private sealed class StartThrowingAgent : Agent
    {
        public override string Name => "StartThrower";

        public override void Start(AgentContext context)
        {
            base.Start(context);
            throw new InvalidOperationException("cannot start");
        }
    }

    /// <summary>Blocks on its turn until the test releases it.</summary>
    private sealed class HangingAgent(ManualResetEventSlim release) : Agent
    {
        public override string Name => "Hanger";

        public override NegotiationAction Act(NegotiationView view)
        {
            release.Wait();
            return NegotiationAction.EndNegotiation(view.Seat);
        }
    }
}
