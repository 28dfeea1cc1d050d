using System.Text.Json;
using Parley.IntegrationTests.Support;

namespace Parley.IntegrationTests.Cli;

public sealed class BurdenCommandTests
{
    private static readonly string[] HistoryKeys = ["year", "amount", "currency", "agreement", "rule", "source", "computed"];

    private static string Example(string name) =>
        Path.Combine(SharedCorpus.RepositoryRoot() ?? throw new InvalidOperationException("Run the tests from inside the repository."), "docs", "examples", name);

    private static JsonElement Row(JsonElement history, int year) => history.EnumerateArray().Single(r => r.GetProperty("year").GetInt32() == year);

    [Fact]
    public void HistoryJson_HasTheDocumentedShapeAndThePublished2025Figure()
    {
        var result = CliRunner.Run("burden", "history", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var rows = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal(Enumerable.Range(1991, 40), rows.Select(r => r.GetProperty("year").GetInt32()));
        Assert.All(rows, r =>
        {
            Assert.Equal(HistoryKeys, r.EnumerateObject().Select(p => p.Name));
            Assert.Contains(r.GetProperty("currency").GetString(), new[] { "KRW", "USD" });
            Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("source").GetString()));
        });

        var y2025 = Row(json.RootElement, 2025);
        Assert.Equal(1_402_800_000_000, y2025.GetProperty("amount").GetInt64());
        Assert.Equal("KRW", y2025.GetProperty("currency").GetString());
        Assert.Equal("11th SMA", y2025.GetProperty("agreement").GetString());
        Assert.False(y2025.GetProperty("computed").GetBoolean());
        Assert.Contains("reproduces the published figure", y2025.GetProperty("rule").GetString(), StringComparison.Ordinal);
        Assert.Equal(150_000_000, Row(json.RootElement, 1991).GetProperty("amount").GetInt64());
        Assert.Equal("USD", Row(json.RootElement, 1991).GetProperty("currency").GetString());
        Assert.Equal(
            [2023, 2024, 2027, 2028, 2029, 2030],
            rows.Where(r => r.GetProperty("computed").GetBoolean()).Select(r => r.GetProperty("year").GetInt32()));
    }

    [Fact]
    public void HistoryJson_WithCpi_ProjectsWithTheCap()
    {
        var result = CliRunner.Run("burden", "history", "--json", "--cpi", "2025=2.1,2026=6.0");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        // 2027 = 15,192 × 1.021 → 15,511; 2028 = 15,511 × 1.05 (6.0 % capped) → 16,287 (100 million won)
        Assert.Equal(1_551_100_000_000, Row(json.RootElement, 2027).GetProperty("amount").GetInt64());
        Assert.Equal(1_628_700_000_000, Row(json.RootElement, 2028).GetProperty("amount").GetInt64());
        Assert.Contains("capped at 5 %", Row(json.RootElement, 2028).GetProperty("rule").GetString(), StringComparison.Ordinal);
        Assert.Contains("given by the caller", Row(json.RootElement, 2028).GetProperty("source").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void History_Table_ShowsPublishedBesideTheRuleAndTheSources()
    {
        var result = CliRunner.Run("burden", "history");

        Assert.True(result.ExitCode == 0, result.ToString());
        // Redirected output is 80 columns wide, so cells wrap: look for words, not phrases.
        Assert.Contains("1.4028 tn", result.Output, StringComparison.Ordinal);
        Assert.Contains("= rule", result.Output, StringComparison.Ordinal);
        Assert.Contains("≠ rule", result.Output, StringComparison.Ordinal);
        Assert.Contains("forecast", result.Output, StringComparison.Ordinal);
        Assert.Contains("Sources", result.Output, StringComparison.Ordinal);
        Assert.Contains("https://mnd.go.kr/", result.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Error);
    }

    [Theory]
    [InlineData("history.png")]
    [InlineData("history.svg")]
    public void History_Plot_IsWritten(string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"parley-burden-{Environment.ProcessId}-{name}");
        try
        {
            var result = CliRunner.Run("burden", "history", "--plot", path, "--json");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.True(new FileInfo(path).Length > 1000);
            if (name.EndsWith(".svg", StringComparison.Ordinal))
            {
                Assert.Contains("<svg", File.ReadAllText(path), StringComparison.Ordinal);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AllocateJson_NatoCapExample_CapsTheUnitedStatesAtGermanysShare()
    {
        var result = CliRunner.Run("burden", "allocate", Example("nato-cost-shares-2016.csv"), "--rule", "nato-cap", "--opt-out", "France", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal("nato-cap", root.GetProperty("rule").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("total").ValueKind);
        var shares = root.GetProperty("allocations").EnumerateArray().ToDictionary(a => a.GetProperty("ally").GetString()!, a => a.GetProperty("share").GetDouble());
        // k = (1 − 0.1063) / (0.1465 + 0.1465 + 0.0984 + 0.08 + 0.34736) = 0.8937 / 0.81876; US = Germany = 0.1465 k = 0.159909
        Assert.Equal(0.1465 * 0.8937 / 0.81876, shares["United States"], 1e-12);
        Assert.Equal(shares["United States"], shares["Germany"], 1e-12);
        Assert.Equal(0.1063, shares["France"], 1e-12);
        Assert.Equal(1.0, shares.Values.Sum(), 1e-12);
        Assert.Equal(["ally", "share", "amount", "basis", "detail"], root.GetProperty("allocations")[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void AllocateJson_CostPlusFiftyAndShapleyExamples()
    {
        var bills = CliRunner.Run("burden", "allocate", Example("host-nation-costs.csv"), "--rule", "cost-plus-50", "--net", "--json");
        var shapley = CliRunner.Run("burden", "allocate", Example("coalition-costs.csv"), "--rule", "shapley", "--json");

        Assert.True(bills.ExitCode == 0, bills.ToString());
        Assert.True(shapley.ExitCode == 0, shapley.ToString());
        using var billsJson = JsonDocument.Parse(bills.Output);
        using var shapleyJson = JsonDocument.Parse(shapley.Output);
        // Korea 3.35e9 × 1.5 − 1.45e9 = 3.575e9; Japan 5.225e9 × 1.5 − 3.15e9 = 4.6875e9
        Assert.Equal([3.575e9, 4.6875e9], billsJson.RootElement.GetProperty("allocations").EnumerateArray().Select(a => Math.Round(a.GetProperty("amount").GetDouble())));
        Assert.Equal(24, shapleyJson.RootElement.GetProperty("total").GetDouble());
        Assert.Equal(38.0 / 6, shapleyJson.RootElement.GetProperty("allocations")[0].GetProperty("amount").GetDouble(), 1e-12);
    }

    [Fact]
    public void Allocate_Plot_IsWritten()
    {
        var path = Path.Combine(Path.GetTempPath(), $"parley-burden-{Environment.ProcessId}-allocation.png");
        try
        {
            var result = CliRunner.Run("burden", "allocate", Example("nato-cost-shares-2016.csv"), "--rule", "gni", "--cost", "2180", "--plot", path);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("Plot written to", result.Output, StringComparison.Ordinal);
            Assert.True(new FileInfo(path).Length > 1000);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Allocate_BadCsv_ExitsTwoNamingFileLineAndColumn()
    {
        var path = Path.Combine(Path.GetTempPath(), $"parley-burden-{Environment.ProcessId}-bad.csv");
        File.WriteAllText(path, "# costs\nally,gni\nA,1\nB,1.2.3\n");
        try
        {
            var result = CliRunner.Run("burden", "allocate", path, "--rule", "gni");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains($"{path}:4:3: gni: '1.2.3' is not a number", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("burden", "history", "--cpi", "2029=2")]
    [InlineData("burden", "history", "--cpi", "2025=abc")]
    [InlineData("burden", "history", "--cpi", "twenty")]
    [InlineData("burden", "history", "--plot", "history.txt")]
    [InlineData("burden", "allocate", "no-such-file.csv", "--rule", "gni")]
    [InlineData("burden", "allocate", "docs/examples/nato-cost-shares-2016.csv", "--rule", "fair")]
    [InlineData("burden", "allocate", "docs/examples/nato-cost-shares-2016.csv")]
    [InlineData("burden", "allocate", "EXAMPLE", "--rule", "gni", "--opt-out", "France")]
    [InlineData("burden", "allocate", "EXAMPLE", "--rule", "nato-cap", "--opt-out", "Atlantis")]
    [InlineData("burden", "allocate", "EXAMPLE", "--rule", "shapley")]
    [InlineData("burden", "allocate", "EXAMPLE", "--rule", "cost-plus-50")]
    [InlineData("burden", "allocate", "EXAMPLE", "--rule", "equal", "--cost", "-5")]
    public void Burden_BadInput_ExitsTwoWithAMessage(params string[] args)
    {
        var result = CliRunner.Run([.. args.Select(a => a == "EXAMPLE" ? Example("nato-cost-shares-2016.csv") : a)]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("error:", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }
}
