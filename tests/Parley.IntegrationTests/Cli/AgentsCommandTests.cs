using System.Text.Json;
using Parley.Agents.Catalog;
using Parley.IntegrationTests.Support;

namespace Parley.IntegrationTests.Cli;

public sealed class AgentsCommandTests
{
    [Fact]
    public void Agents_ListsEveryCatalogAgentWithItsSource()
    {
        var result = CliRunner.Run("agents");

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var agent in AgentCatalog.Default.Agents)
        {
            Assert.Contains(agent.Name, result.Output, StringComparison.Ordinal);
        }

        Assert.Contains("Boulware", result.Output, StringComparison.Ordinal);
        Assert.Contains("Faratin", result.Output, StringComparison.Ordinal);
        Assert.Contains("e=1", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void AgentsJson_ListsNameSummarySourceAndParameters()
    {
        var result = CliRunner.Run("agents", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var agents = json.RootElement.GetProperty("agents").EnumerateArray().ToArray();
        Assert.Equal(AgentCatalog.Default.Agents.Select(a => a.Name), agents.Select(a => a.GetProperty("name").GetString()));
        var boulware = agents.Single(a => a.GetProperty("name").GetString() == "Boulware");
        Assert.Contains("Faratin", boulware.GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(boulware.GetProperty("summary").GetString()));
        var exponent = agents.Single(a => a.GetProperty("name").GetString() == "TimeDependent").GetProperty("parameters")[0];
        Assert.Equal("e", exponent.GetProperty("name").GetString());
        Assert.Equal(1.0, exponent.GetProperty("default").GetDouble());
        Assert.Equal(0.0, exponent.GetProperty("minimum").GetDouble());
    }
}
