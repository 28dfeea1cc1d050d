using Parley.Agents;
using Parley.Agents.Catalog;
using Parley.Negotiations;
using Parley.Protocols;
using Parley.TestKit.Scenarios;

namespace Parley.Tests.Agents;

public sealed class StandardAgentsAllocationTests
{
    /// <summary>Bytes allocated by a run of <paramref name="rounds"/> rounds after one warm-up run with the same agents.</summary>
    private static long Allocated(PreparedScenario scenario, Agent[] agents, int rounds)
    {
        var runner = new NegotiationRunner(scenario, new NegotiationSettings(Deadline.OfRounds(rounds), RecordTrace: false));
        runner.Run(agents);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = runner.Run(agents);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(NegotiationEnd.Deadline, result.End);
        return allocated;
    }

    [Fact]
    public void Run_LongNegotiation_AllocatesNothingPerTurn()
    {
        // Reservation values 0.6 each on a split pie: the Boulwares never meet, so every run goes to the deadline.
        var scenario = new PreparedScenario(TinyScenarios.SplitThePie(1000, 0.6, 0.6));
        Agent[] agents = [StandardAgents.Boulware(), StandardAgents.Boulware()];

        var shortRun = Allocated(scenario, agents, 10);
        var longRun = Allocated(scenario, agents, 10_000);

        // 19,980 more turns; only the runner's history (16 bytes per action, grown by doubling) may grow with them.
        Assert.True(longRun - shortRun < (20_000 * 16 * 2) + 4096, $"10 rounds: {shortRun} bytes, 10,000 rounds: {longRun} bytes");
    }

    [Theory]
    [InlineData("Linear")]
    [InlineData("Aspiration")]
    [InlineData("TitForTat")]
    [InlineData("RelativeTitForTat(delta=3)")]
    [InlineData("Random")]
    [InlineData("MiCRO")]
    [InlineData("TradeOff")]
    [InlineData("Rubinstein")]
    public void Run_LongNegotiationAfterWarmUp_AllocatesNothingPerTurn(string spec)
    {
        var scenario = new PreparedScenario(TinyScenarios.SplitThePie(1000, 0.6, 0.6));
        Agent[] agents = [AgentCatalog.Default.Create(spec), AgentCatalog.Default.Create("Hardliner")];

        var shortRun = Allocated(scenario, agents, 10);
        var longRun = Allocated(scenario, agents, 5_000);

        Assert.True(longRun - shortRun < (10_000 * 16 * 2) + 4096, $"{spec}: 10 rounds: {shortRun} bytes, 5,000 rounds: {longRun} bytes");
    }
}
