using System.Text.Json;
using Json.Schema;
using Parley.IntegrationTests.Support;
using Parley.Outcomes;
using Parley.Preferences;
using Parley.Scenarios;
using Parley.Scenarios.BuiltIn;
using Parley.Scenarios.Json;

namespace Parley.IntegrationTests.Scenarios;

/// <summary>
/// Keeps <c>docs/scenario.schema.json</c> true: every built-in scenario and the writer's output validate against it, and
/// broken files fail it (as they fail <see cref="ParleyScenarioReader"/>).
/// </summary>
public class ScenarioSchemaTests
{
    private static readonly JsonDocumentOptions HumanJson = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>A valid document; <see cref="BrokenFile_FailsSchemaAndReader"/> breaks one spot of it at a time.</summary>
    private const string Valid = """
        {
          "$schema": "./scenario.schema.json",
          "format": "parley-scenario/1",
          "name": "valid",
          "issues": [
            {"name": "colour", "type": "discrete", "values": ["red", "blue"]},
            {"name": "quantity", "type": "integer", "min": 1, "max": 10},
            {"name": "price", "type": "real", "min": 10, "max": 40, "gridPoints": 4}
          ],
          "parties": [
            {
              "name": "Buyer",
              "reservationValue": 0.2,
              "discountFactor": 0.9,
              "utility": {
                "type": "linearAdditive",
                "weights": {"colour": 0.5, "quantity": 0.2, "price": 0.3},
                "valueFunctions": {
                  "colour": {"type": "discrete", "evaluations": {"red": 7, "blue": 3}},
                  "quantity": {"type": "integerLinear", "offset": 0.1, "slope": 0.1},
                  "price": {"type": "numberRange", "lowValue": 10, "lowUtility": 0, "highValue": 40, "highUtility": 1}
                }
              }
            }
          ]
        }
        """;

    public static TheoryData<string> BuiltInNames => [.. BuiltInScenarios.Names];

    public static TheoryData<string, string, string> Breakages => new()
    {
        { "misspelt field", "\"weights\":", "\"wieghts\":" },
        { "unknown top-level field", "\"name\": \"valid\",", "\"name\": \"valid\", \"author\": \"me\"," },
        { "missing format", "\"format\": \"parley-scenario/1\",", "" },
        { "other format version", "parley-scenario/1", "parley-scenario/2" },
        { "unknown issue type", "\"type\": \"integer\"", "\"type\": \"whole\"" },
        { "unknown value-function type", "\"type\": \"integerLinear\"", "\"type\": \"integerLiner\"" },
        { "unknown utility type", "\"type\": \"linearAdditive\"", "\"type\": \"additive\"" },
        { "field of another value-function type", "\"offset\": 0.1, \"slope\": 0.1", "\"intercept\": 0.1, \"slope\": 0.1" },
        { "negative weight", "\"quantity\": 0.2", "\"quantity\": -0.2" },
        { "negative evaluation", "\"blue\": 3", "\"blue\": -3" },
        { "non-numeric evaluation", "\"blue\": 3", "\"blue\": \"three\"" },
        { "reservation value not a number", "\"reservationValue\": 0.2", "\"reservationValue\": \"high\"" },
        { "no issues", "\"issues\": [", "\"issues\": [], \"unused\": [" },
        { "discrete issue without values", "[\"red\", \"blue\"]", "[]" },
        { "repeated discrete value", "[\"red\", \"blue\"]", "[\"red\", \"red\"]" },
        { "fractional integer bound", "\"min\": 1,", "\"min\": 1.5," },
        { "zero grid points", "\"gridPoints\": 4", "\"gridPoints\": 0" },
        { "utility above 1 in a number range", "\"highUtility\": 1", "\"highUtility\": 1.5" },
        { "missing value functions", ",\n        \"valueFunctions\": {", ",\n        \"valueFunctionz\": {" },
        { "party without utility", "\"utility\": {", "\"preferences\": {" },
        { "blank party name", "\"name\": \"Buyer\"", "\"name\": \" \"" },
    };

    [Fact]
    public void Schema_IsAValidDraft202012Schema()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaPath()));

        var results = MetaSchemas.Draft202012.Evaluate(schema.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(results.IsValid, Problems(results));
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
    }

    [Fact]
    public void ValidDocument_PassesSchemaAndReader()
    {
        AssertValid(Valid);
        Assert.Equal("valid", ParleyScenarioReader.Parse(Valid, "valid.json").Name);
    }

    [Theory]
    [MemberData(nameof(BuiltInNames))]
    public void BuiltInScenario_FileValidatesAgainstSchema(string name)
    {
        using var stream = typeof(BuiltInScenarios).Assembly.GetManifestResourceStream($"Parley.Scenarios.BuiltIn.{name}.json");
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream);

        AssertValid(reader.ReadToEnd());
    }

    [Fact]
    public void BuiltInScenarioFiles_AreExactlyTheEmbeddedOnes()
    {
        var root = SharedCorpus.RepositoryRoot() ?? throw new InvalidOperationException("Run the tests from inside the repository (no Parley.slnx found above the test binaries).");
        var files = Directory.GetFiles(Path.Combine(root, "src", "Parley", "Scenarios", "BuiltIn"), "*.json")
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal);

        Assert.Equal(BuiltInScenarios.Names, files);
    }

    [Theory]
    [MemberData(nameof(BuiltInNames))]
    public void WriterOutput_ForBuiltInScenario_ValidatesAgainstSchema(string name) =>
        AssertValid(ParleyScenarioWriter.ToJson(BuiltInScenarios.Load(name), "./scenario.schema.json"));

    [Fact]
    public void WriterOutput_WithEveryPreferenceType_ValidatesAgainstSchema()
    {
        var space = new OutcomeSpace([new DiscreteIssue("colour", ["red", "blue"]), new IntegerIssue("quantity", 1, 10), new RealIssue("price", 10, 40, 4)]);
        var additive = new LinearAdditiveUtilityFunction(
            space,
            [0.5, 0.2, 0.3],
            [new ConstantValueFunction(0.5), new TriangularValueFunction(0, 10, 5), new LinearValueFunction(1.33, -0.033)]);
        var other = new LinearAdditiveUtilityFunction(
            space,
            [0.1, 0.2, 0.7],
            [new DiscreteValueFunction([new("red", 0), new("blue", 2)]), new IntegerLinearValueFunction(0, 20, 0.1, 0.05), new NumberRangeValueFunction(10, 0.2, 40, 0.9)]);
        AssertValid(ParleyScenarioWriter.ToJson(new Scenario(
            "every kind", space, [new Party("A", additive, 0.1, DiscountFactor.FromGenius(0.5), "src"), new Party("B", other, 0, DiscountFactor.None)], "d", "s")));

        var integers = new OutcomeSpace([new IntegerIssue("a", 0, 9), new IntegerIssue("b", -3, 3)]);
        var rectangles = new HyperRectangleUtilityFunction(
            integers,
            [new HyperRectangle(49, 1, [new HyperRectangleBound(0, 7, 9), new HyperRectangleBound(1, -3, 0)]), new HyperRectangle(12, 0.5, [])],
            61);
        AssertValid(ParleyScenarioWriter.ToJson(new Scenario("rectangles", integers, [new Party("P", rectangles, 0.75, DiscountFactor.FromGenius(0.5))])));

        var streamSpace = new OutcomeSpace([new RealIssue("amount", 100, 200, 3), new DiscreteIssue("rule", ["flat", "cpi"]), new IntegerIssue("years", 1, 3), new DiscreteIssue("scope", ["a", "b"])]);
        var stream = new PaymentStream(streamSpace, 0, 1, [[0], [1.5, 2]], 2, 0, 3, 3, 8.2);
        var payer = new PaymentStreamUtilityFunction(stream, 0.9, PaymentPreference.Less, [new PaymentStreamTerm(3, 0.1, new DiscreteValueFunction([new("a", 1), new("b", 0)]))]);
        var receiver = new PaymentStreamUtilityFunction(
            new PaymentStream(streamSpace, 0, -1, [[2]], -1, 2, 4, 0, 0),
            1,
            PaymentPreference.More,
            [new PaymentStreamTerm(1, 0, new ConstantValueFunction(0)), new PaymentStreamTerm(2, 0.1, new IntegerLinearValueFunction(1, 3, 0, 0.5)), new PaymentStreamTerm(3, 0, new ConstantValueFunction(0))],
            worst: 300,
            best: 900);
        AssertValid(ParleyScenarioWriter.ToJson(new Scenario("streams", streamSpace, [new Party("Payer", payer, 0.5, DiscountFactor.None), new Party("Receiver", receiver, 0, DiscountFactor.None)])));
    }

    [Fact]
    public void PaymentStreamWithBoundAsStreamAndReservationOutcome_PassesSchemaAndReader()
    {
        const string json = """
            {
              "format": "parley-scenario/1",
              "name": "stream",
              "issues": [
                {"name": "amount", "type": "real", "min": 100, "max": 200, "gridPoints": 2},
                {"name": "rule", "type": "discrete", "values": ["flat", "grow"]},
                {"name": "years", "type": "integer", "min": 1, "max": 3}
              ],
              "parties": [{
                "name": "Payer",
                "reservationOutcome": {"amount": 100, "rule": "flat", "years": 1},
                "utility": {
                  "type": "paymentStream",
                  "stream": {
                    "amount": "amount", "escalation": {"issue": "rule", "growth": {"flat": [0], "grow": [10, 50]}}, "duration": "years",
                    "horizon": 3, "discountRate": 10, "afterExpiry": 20, "prefers": "less", "weight": 1,
                    "worst": {"amount": 200, "rule": "grow", "years": 3}
                  }
                }
              }]
            }
            """;

        // "rule" is not a field of a bound (it is "escalation"): the schema and the reader both refuse it.
        Assert.False(Evaluate(json).IsValid);
        Assert.Throws<ScenarioFormatException>(() => ParleyScenarioReader.Parse(json, "stream.json"));

        var fixedJson = json.Replace("\"rule\": \"grow\", \"years\": 3}", "\"escalation\": \"grow\", \"duration\": 3}", StringComparison.Ordinal);
        AssertValid(fixedJson);
        Assert.Equal("stream", ParleyScenarioReader.Parse(fixedJson, "stream.json").Name);

        var both = fixedJson.Replace("\"reservationOutcome\"", "\"reservationValue\": 0.1, \"reservationOutcome\"", StringComparison.Ordinal);
        Assert.False(Evaluate(both).IsValid);
        Assert.Throws<ScenarioFormatException>(() => ParleyScenarioReader.Parse(both, "stream.json"));
    }

    [Theory]
    [MemberData(nameof(Breakages))]
    public void BrokenFile_FailsSchemaAndReader(string breakage, string find, string replace)
    {
        Assert.True(Valid.Contains(find, StringComparison.Ordinal), $"{breakage}: the test must break something that is there");
        var broken = Valid.Replace(find, replace, StringComparison.Ordinal);

        var results = Evaluate(broken);

        Assert.False(results.IsValid, $"{breakage}: the schema accepted\n{broken}");
        Assert.Throws<ScenarioFormatException>(() => ParleyScenarioReader.Parse(broken, "broken.json"));
    }

    [Fact]
    public void CrossReferenceError_PassesSchemaButFailsReader()
    {
        // A schema cannot relate keys to issue names: the reader is the authority (documented in scenario-format.md).
        var broken = Valid.Replace("\"price\": 0.3}", "\"price\": 0.3, \"size\": 0.1}", StringComparison.Ordinal);

        AssertValid(broken);
        var e = Assert.Throws<ScenarioFormatException>(() => ParleyScenarioReader.Parse(broken, "broken.json"));
        Assert.Equal("parties[0].utility.weights.size", e.Field);
    }

    private static void AssertValid(string json)
    {
        var results = Evaluate(json);
        Assert.True(results.IsValid, Problems(results) + "\n" + json);
    }

    private static EvaluationResults Evaluate(string json)
    {
        var schema = JsonSchema.FromText(File.ReadAllText(SchemaPath()));
        using var document = JsonDocument.Parse(json, HumanJson);
        return schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Problems(EvaluationResults results) =>
        string.Join(
            "\n",
            (results.Details ?? []).Prepend(results)
                .Where(r => r.Errors is { Count: > 0 })
                .SelectMany(r => r.Errors!.Select(e => $"{r.InstanceLocation}: {e.Key}: {e.Value}")));

    private static string SchemaPath()
    {
        var root = SharedCorpus.RepositoryRoot() ?? throw new InvalidOperationException("Run the tests from inside the repository (no Parley.slnx found above the test binaries).");
        return Path.Combine(root, "docs", "scenario.schema.json");
    }
}
