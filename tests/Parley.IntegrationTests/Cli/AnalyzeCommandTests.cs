using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Parley.IntegrationTests.Support;

namespace Parley.IntegrationTests.Cli;

public sealed class AnalyzeCommandTests
{
    [Fact]
    public void Analyze_BuiltIn_PrintsPartiesSolutionsAndFrontierSize()
    {
        var result = CliRunner.Run("analyze", "job-offer");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Employer", result.Output, StringComparison.Ordinal);
        Assert.Contains("Candidate", result.Output, StringComparison.Ordinal);
        Assert.Contains("1,890", result.Output, StringComparison.Ordinal);
        Assert.Contains("Nash", result.Output, StringComparison.Ordinal);
        Assert.Contains("Kalai–Smorodinsky", result.Output, StringComparison.Ordinal);
        Assert.Contains("Max welfare", result.Output, StringComparison.Ordinal);
        Assert.Contains("Pareto frontier", result.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void AnalyzeJson_BuiltIn_HasTheDocumentedShape()
    {
        var result = CliRunner.Run("analyze", "job-offer", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal("job-offer", root.GetProperty("scenario").GetString());
        Assert.Equal(["Employer", "Candidate"], root.GetProperty("parties").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(1890, root.GetProperty("outcomeCount").GetInt64());
        Assert.Equal([0.35, 0.4], root.GetProperty("reservationValues").EnumerateArray().Select(v => v.GetDouble()));
        Assert.Equal(44, root.GetProperty("pareto").GetArrayLength());
        foreach (var name in new[] { "nash", "kalaiSmorodinsky", "maxWelfare" })
        {
            var point = root.GetProperty(name);
            Assert.Equal(2, point.GetProperty("utilities").GetArrayLength());
            Assert.Equal(JsonValueKind.Number, point.GetProperty("outcome").GetProperty("salary").ValueKind);
            Assert.Equal(JsonValueKind.String, point.GetProperty("outcome").GetProperty("title").ValueKind);
        }

        Assert.False(root.GetProperty("sampled").GetBoolean());
    }

    [Theory]
    [InlineData("Laptop")]          // weights sum to 1.0001: the cap at 1 binds, so this enumerates
    [InlineData("IntegerDomain")]   // integer evaluators measured from a lower bound of −5
    [InlineData("ItexvsCypress")]
    [InlineData("Ultimatum")]
    public void AnalyzeJson_GeniusScenario_MatchesAnIndependentGeniusOracle(string name)
    {
        var folder = SharedCorpus.GeniusFolder(name);
        var files = Directory.GetFiles(folder, "*.xml").Order(StringComparer.Ordinal).ToArray();
        var domainFile = files.Single(f => XDocument.Load(f).Root!.Name == "negotiation_template");
        var profiles = files.Where(f => f != domainFile && XDocument.Load(f).Root!.Attribute("type")?.Value != "UNCERTAIN").ToArray();
        var domain = GeniusOracle.Domain(domainFile);
        var utilities = profiles.Select(p => GeniusOracle.Utilities(p, domain)).ToArray();
        var reservations = profiles.Select(p =>
            XDocument.Load(p).Descendants("reservation").FirstOrDefault()?.Attribute("value") is { } r
                ? double.Parse(r.Value, CultureInfo.InvariantCulture)
                : 0.0).ToArray();

        var result = CliRunner.Run(["analyze", domainFile, .. profiles, "--json"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal(reservations, root.GetProperty("reservationValues").EnumerateArray().Select(v => v.GetDouble()));

        // The frontier: the same outcomes with bit-identical utilities.
        var n = utilities[0].Length;
        var expected = Enumerable.Range(0, n)
            .Where(o => !Enumerable.Range(0, n).Any(q => Dominates(utilities, q, o)))
            .Select(o => Key(domain, o, utilities))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var actual = root.GetProperty("pareto").EnumerateArray().Select(p => Key(domain, p)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, actual);

        // Nash: the largest product of gains over rational outcomes, exactly.
        var rational = Enumerable.Range(0, n).Where(o => utilities.Select((u, j) => u[o] >= reservations[j]).All(x => x)).ToArray();
        var nash = root.GetProperty("nash");
        if (rational.Length == 0)
        {
            Assert.Equal(JsonValueKind.Null, nash.ValueKind);
        }
        else
        {
            var best = rational.Max(o => Product(utilities.Select(u => u[o]).ToArray(), reservations));
            Assert.Equal(best, Product(nash.GetProperty("utilities").EnumerateArray().Select(v => v.GetDouble()).ToArray(), reservations));
        }

        var welfare = Enumerable.Range(0, n).Max(o => utilities.Sum(u => u[o]));
        Assert.Equal(welfare, root.GetProperty("maxWelfare").GetProperty("utilities").EnumerateArray().Sum(v => v.GetDouble()), 12);
    }

    [Fact]
    public void AnalyzeJson_EnumeratingTenBillionOutcomes_FailsNamingTheSizeAndTheWayOut()
    {
        var folder = SharedCorpus.GeniusFolder("10issuesDiscountedwithRV");

        var result = CliRunner.Run("analyze", folder, "--json", "--method", "Enumeration");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("10,000,000,000 outcomes", result.Error, StringComparison.Ordinal);
        Assert.Contains("Sampling", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void AnalyzeJson_Sample_SaysItIsSampled()
    {
        var folder = SharedCorpus.GeniusFolder("10issuesDiscountedwithRV");

        var first = CliRunner.Run("analyze", folder, "--json", "--sample", "20000", "--seed", "7");
        var second = CliRunner.Run("analyze", folder, "--json", "--sample", "20000", "--seed", "7");

        Assert.True(first.ExitCode == 0, first.ToString());
        using var json = JsonDocument.Parse(first.Output);
        Assert.True(json.RootElement.GetProperty("sampled").GetBoolean());
        Assert.Equal("sampling", json.RootElement.GetProperty("method").GetString());
        Assert.Equal(20000, json.RootElement.GetProperty("sampleSize").GetInt64());
        Assert.Equal(10_000_000_000, json.RootElement.GetProperty("outcomeCount").GetInt64());
        Assert.Equal(first.Output, second.Output);
    }

    [Fact]
    public void Analyze_SampleInConsole_SaysSampled()
    {
        var result = CliRunner.Run("analyze", "supplier-contract", "--sample", "500", "--seed", "3");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("SAMPLED", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_NoSuchScenario_ExitsTwoNamingItAndTheBuiltIns()
    {
        var result = CliRunner.Run("analyze", "no-such-scenario");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'no-such-scenario'", result.Error, StringComparison.Ordinal);
        Assert.Contains("job-offer", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_MalformedParleyFile_ExitsTwoNamingFileLineAndField()
    {
        var path = Path.Combine(Path.GetTempPath(), $"parley-bad-{Environment.ProcessId}.json");
        File.WriteAllText(path, """
            {
              "format": "parley-scenario/1",
              "name": "bad",
              "issues": [ {"name": "x", "type": "discrete", "values": ["a", "b"]} ],
              "parties": [ {"name": "A", "utility": {"type": "linearAdditive", "weights": {"y": 1},
                             "valueFunctions": {"x": {"type": "discrete", "evaluations": {"a": 1, "b": 0}}}}} ]
            }
            """);
        try
        {
            var result = CliRunner.Run("analyze", path);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains(Path.GetFileName(path) + ":5:", result.Error, StringComparison.Ordinal);
            Assert.Contains("weights", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("--plot", "deal.txt")]
    [InlineData("--sample", "0")]
    [InlineData("--real-grid", "1")]
    [InlineData("--no-such-option", "1")]
    public void Analyze_BadOption_ExitsTwoWithAMessage(string option, string value)
    {
        var result = CliRunner.Run("analyze", "job-offer", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_NoArguments_ExitsTwo() =>
        Assert.Equal(2, CliRunner.Run("analyze").ExitCode);

    [Theory]
    [InlineData("job-offer", ".png")]
    [InlineData("job-offer", ".svg")]
    [InlineData("city-budget", ".png")]
    public void AnalyzePlot_WritesAnImage(string scenario, string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), $"parley-plot-{scenario}-{Environment.ProcessId}{extension}");
        try
        {
            var result = CliRunner.Run("analyze", scenario, "--plot", path);

            Assert.True(result.ExitCode == 0, result.ToString());
            var bytes = File.ReadAllBytes(path);
            Assert.True(bytes.Length > 10_000, $"{path} has only {bytes.Length} bytes");
            if (extension == ".png")
            {
                Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
            }
            else
            {
                var svg = File.ReadAllText(path);
                Assert.Contains("<svg", svg, StringComparison.Ordinal);
                Assert.Contains("Nash", svg, StringComparison.Ordinal);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static bool Dominates(double[][] utilities, int q, int p)
    {
        var strict = false;
        foreach (var u in utilities)
        {
            if (u[q] < u[p])
            {
                return false;
            }

            strict |= u[q] > u[p];
        }

        return strict;
    }

    private static double Product(double[] utilities, double[] reservations)
    {
        double product = 1;
        for (var j = 0; j < utilities.Length; j++)
        {
            product *= utilities[j] - reservations[j];
        }

        return product;
    }

    private static string Key(List<(string Name, int Index, List<string> Values)> domain, int outcome, double[][] utilities)
    {
        var values = new string[domain.Count];
        var rest = outcome;
        for (var i = domain.Count - 1; i >= 0; i--)
        {
            values[i] = domain[i].Values[rest % domain[i].Values.Count];
            rest /= domain[i].Values.Count;
        }

        return Key(values, utilities.Select(u => u[outcome]));
    }

    private static string Key(List<(string Name, int Index, List<string> Values)> domain, JsonElement point)
    {
        var outcome = point.GetProperty("outcome");
        var values = domain.Select(issue => outcome.GetProperty(issue.Name) is var v && v.ValueKind == JsonValueKind.Number
            ? v.GetInt64().ToString(CultureInfo.InvariantCulture)
            : v.GetString()!).ToArray();
        return Key(values, point.GetProperty("utilities").EnumerateArray().Select(u => u.GetDouble()));
    }

    private static string Key(string[] values, IEnumerable<double> utilities) =>
        string.Join("|", values) + " => " + string.Join(",", utilities.Select(u => BitConverter.DoubleToInt64Bits(u).ToString(CultureInfo.InvariantCulture)));
}
