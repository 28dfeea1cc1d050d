using Parley.Agents.Catalog;
using Parley.Negotiations;
using Parley.Protocols;
using Parley.Scenarios.BuiltIn;

namespace Parley.Tests.Agents.Catalog;

public sealed class StandardAgentPairTests
{
    private static readonly PreparedScenario JobOffer = new(BuiltInScenarios.Load("job-offer"));

    [Fact]
    public void Run_EveryCataloguedPairOnJobOffer_CompletesWithoutFailure()
    {
        var names = AgentCatalog.Default.Agents.Select(a => a.Name).ToArray();
        var runner = new NegotiationRunner(JobOffer, new NegotiationSettings(Deadline.OfRounds(100), Seed: 11, RecordTrace: false));
        var failures = new List<string>();
        var agreements = 0;
        foreach (var first in names)
        {
            foreach (var second in names)
            {
                var result = runner.Run([AgentCatalog.Default.Create(first), AgentCatalog.Default.Create(second)]);
                if (result.End is NegotiationEnd.Failure or NegotiationEnd.Ongoing)
                {
                    failures.Add($"{first} vs {second}: {result.End} {result.Violation}");
                }

                agreements += result.IsAgreement ? 1 : 0;
            }
        }

        Assert.Empty(failures);
        Assert.True(agreements > names.Length * names.Length / 2, $"only {agreements} agreements");
    }

    [Fact]
    public void Run_EveryCataloguedAgentInEverySeatOfThreeParties_CompletesWithoutFailure()
    {
        var cityBudget = new PreparedScenario(BuiltInScenarios.Load("city-budget"));
        var runner = new NegotiationRunner(cityBudget, new NegotiationSettings(Deadline.OfRounds(60), Seed: 5, RecordTrace: false));
        var failures = new List<string>();
        foreach (var name in AgentCatalog.Default.Agents.Select(a => a.Name))
        {
            for (var seat = 0; seat < 3; seat++)
            {
                var agents = new[] { AgentCatalog.Default.Create("Conceder"), AgentCatalog.Default.Create("Linear"), AgentCatalog.Default.Create("Random") };
                agents[seat] = AgentCatalog.Default.Create(name);
                var result = runner.Run(agents);
                if (result.End is NegotiationEnd.Failure or NegotiationEnd.Ongoing)
                {
                    failures.Add($"{name} in seat {seat}: {result.End} {result.Violation}");
                }
            }
        }

        Assert.Empty(failures);
    }

    // MiCRO concedes one outcome per round, so on job-offer's 1,890 outcomes it needs many rounds to meet anyone.
    [Theory]
    [InlineData("Boulware", "Conceder")]
    [InlineData("MiCRO", "MiCRO")]
    [InlineData("TradeOff", "Linear")]
    [InlineData("TitForTat", "Aspiration")]
    public void Run_RationalPairs_AgreeAboveBothReservationValues(string first, string second)
    {
        var result = new NegotiationRunner(JobOffer, new NegotiationSettings(Deadline.OfRounds(2000))).Run(
            [AgentCatalog.Default.Create(first), AgentCatalog.Default.Create(second)]);

        Assert.True(result.IsAgreement, $"{first} vs {second}: {result.End}");
        Assert.True(result.Utilities[0] >= 0.35 && result.Utilities[1] >= 0.4, $"utilities {result.Utilities[0]}, {result.Utilities[1]}");
    }
}
