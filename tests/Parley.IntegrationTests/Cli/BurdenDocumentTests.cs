using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Parley.IntegrationTests.Support;

namespace Parley.IntegrationTests.Cli;

/// <summary>Keeps the yearly table and the example commands of <c>docs/burden-sharing.md</c> true.</summary>
public sealed partial class BurdenDocumentTests
{
    [Fact]
    public void YearlyTable_MatchesTheHistoryCommand()
    {
        var result = CliRunner.Run("burden", "history", "--json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var expected = json.RootElement.EnumerateArray().ToDictionary(
            r => r.GetProperty("year").GetInt32(),
            r => (r.GetProperty("amount").GetInt64(), r.GetProperty("computed").GetBoolean()));

        var rows = TableRow().Matches(Document()).ToArray();

        Assert.Equal(expected.Count, rows.Length);
        foreach (var row in rows)
        {
            var year = int.Parse(row.Groups["year"].Value, CultureInfo.InvariantCulture);
            var amount = row.Groups["unit"].Value == "tn won"
                ? (long)(decimal.Parse(row.Groups["amount"].Value, CultureInfo.InvariantCulture) * 1_000_000_000_000m)
                : (long)(decimal.Parse(row.Groups["amount"].Value, CultureInfo.InvariantCulture) * 1_000_000m);
            Assert.Equal(expected[year].Item1, amount);
            Assert.Equal(expected[year].Item2, row.Groups["status"].Value == "computed");
        }
    }

    [Fact]
    public void ExampleFiles_AllocateWithoutErrors()
    {
        var root = SharedCorpus.RepositoryRoot()!;
        foreach (var (file, rule) in new[] { ("nato-cost-shares-2016.csv", "gni"), ("nato-cost-shares-2016.csv", "equal"), ("host-nation-costs.csv", "cost-plus-50"), ("coalition-costs.csv", "shapley") })
        {
            var result = CliRunner.Run("burden", "allocate", Path.Combine(root, "docs", "examples", file), "--rule", rule, "--json");

            Assert.True(result.ExitCode == 0, $"{file} {rule}: {result}");
        }
    }

    private static string Document() =>
        File.ReadAllText(Path.Combine(SharedCorpus.RepositoryRoot() ?? throw new InvalidOperationException("Run the tests from inside the repository."), "docs", "burden-sharing.md"));

    [GeneratedRegex(@"^\| (?<year>(19|20)\d\d) \| \d+(st|nd|rd|th) \| (?:USD )?(?<amount>[0-9.]+) (?<unit>tn won|M) \| (?<status>[^|]+?) \|", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
