using System.Text.Json;
using Json.Schema;
using Parley.IntegrationTests.Support;
using Parley.Scenarios;
using Parley.Talks.Examples;
using Parley.Talks.Json;
using Parley.TestKit.Talks;

namespace Parley.IntegrationTests.Talks;

/// <summary>Keeps <c>docs/talks.schema.json</c> true: the example and a file with every effect pass it, broken files fail it and the reader.</summary>
public class TalksSchemaTests
{
    private static readonly JsonDocumentOptions HumanJson = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private static readonly string EveryEffect = TinyTalks.Text(
        ["2020-02-01", "2020-05-01"],
        events: """
            {"date": "2020-03-01", "kind": "lapse", "description": "d", "source": "s", "effects": [{"type": "setStatusQuo", "outcome": {"share": 4}}]},
            {"date": "2020-03-02", "kind": "shift", "description": "d", "effects": [
              {"type": "shiftReservationValue", "party": "A", "by": 0.1}, {"type": "setReservationValue", "party": "B", "value": 0.2},
              {"type": "setDailyCost", "party": "B", "perDay": 0.001}, {"type": "replaceAgent", "party": "A", "agent": "TimeDependent(e=2)"},
              {"type": "replacePreferences", "party": "A", "reservationValue": 0.3, "discountFactor": 0.9, "source": "s",
               "utility": {"type": "linearAdditive", "weights": {"share": 1}, "valueFunctions": {"share": {"type": "integerLinear", "offset": 0.5, "slope": 0.05}}}}]}
            """,
        deadlines: """{"date": "2020-03-01", "label": "lapse", "source": "s"}""");

    public static TheoryData<string, string, string> Breakages => new()
    {
        { "missing format", "\"format\": \"parley-talks/1\",", "" },
        { "unknown top-level field", "\"name\": \"tiny\",", "\"name\": \"tiny\", \"author\": \"me\"," },
        { "bad date", "\"end\": \"2020-12-31\"", "\"end\": \"31 Dec 2020\"" },
        { "zero rounds", "\"rounds\": 10}", "\"rounds\": 0}" },
        { "no meetings", "\"meetings\": [", "\"meetings\": [], \"unused\": [" },
        { "unknown effect type", "\"type\": \"setDailyCost\"", "\"type\": \"setDailyCosts\"" },
        { "field of another effect", "\"by\": 0.1", "\"value\": 0.1" },
        { "negative daily cost", "\"perDay\": 0.001", "\"perDay\": -0.001" },
        { "event without description", "\"kind\": \"lapse\", \"description\": \"d\",", "\"kind\": \"lapse\"," },
        { "broken replaced utility", "\"type\": \"integerLinear\", \"offset\": 0.5", "\"type\": \"integerLiner\", \"offset\": 0.5" },
        { "broken embedded scenario", "\"format\": \"parley-scenario/1\",", "" },
    };

    [Fact]
    public void Schema_IsAValidDraft202012Schema()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaPath("talks.schema.json")));

        var results = MetaSchemas.Draft202012.Evaluate(schema.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(results.IsValid, Problems(results));
    }

    [Fact]
    public void ExampleAndEveryEffect_PassSchemaAndReader()
    {
        foreach (var name in TalksExamples.Names)
        {
            AssertValid(TalksExamples.Text(name)!);
        }

        AssertValid(EveryEffect);
        Assert.Equal("tiny", TalksScenarioReader.Parse(EveryEffect, "every.talks.json").Name);
    }

    [Fact]
    public void ExampleFiles_AreExactlyTheEmbeddedOnes()
    {
        var root = SharedCorpus.RepositoryRoot()!;
        var files = Directory.GetFiles(Path.Combine(root, "src", "Parley", "Talks", "Examples"), "*.talks.json")
            .Select(f => Path.GetFileName(f)[..^".talks.json".Length])
            .Order(StringComparer.Ordinal);

        Assert.Equal(TalksExamples.Names, files);
    }

    [Theory]
    [MemberData(nameof(Breakages))]
    public void BrokenFile_FailsSchemaAndReader(string breakage, string find, string replace)
    {
        Assert.True(EveryEffect.Contains(find, StringComparison.Ordinal), $"{breakage}: the test must break something that is there");
        var broken = EveryEffect.Replace(find, replace, StringComparison.Ordinal);

        Assert.False(Evaluate(broken).IsValid, $"{breakage}: the schema accepted\n{broken}");
        Assert.Throws<ScenarioFormatException>(() => TalksScenarioReader.Parse(broken, "broken.talks.json"));
    }

    [Theory]
    [InlineData("\"status\": \"derived\"", "\"status\": \"guessed\"")]
    [InlineData("\"value\": 1166.6, ", "")]
    [InlineData("\"note\": \"n\"", "\"notes\": \"n\"")]
    public void Assumptions_PassSchemaAndReader_BrokenOnesFailBoth(string find, string replace)
    {
        var valid = EveryEffect.Replace(
            "\"description\": \"Split the pie over several meetings.\",",
            "\"description\": \"d\", \"assumptions\": [{\"name\": \"fx\", \"value\": 1166.6, \"unit\": \"won per dollar\", \"status\": \"derived\", \"source\": \"s\", \"note\": \"n\"}],",
            StringComparison.Ordinal);
        AssertValid(valid);
        Assert.Equal(1166.6, TalksScenarioReader.Parse(valid, "a.talks.json").Assumption("fx")!.Value);

        var broken = valid.Replace(find, replace, StringComparison.Ordinal);

        Assert.False(Evaluate(broken).IsValid);
        Assert.Throws<ScenarioFormatException>(() => TalksScenarioReader.Parse(broken, "broken.talks.json"));
    }

    [Fact]
    public void CrossReferenceError_PassesSchemaButFailsReader()
    {
        var broken = EveryEffect.Replace("\"party\": \"A\", \"by\"", "\"party\": \"Z\", \"by\"", StringComparison.Ordinal);

        AssertValid(broken);
        Assert.Throws<ScenarioFormatException>(() => TalksScenarioReader.Parse(broken, "broken.talks.json"));
    }

    private static void AssertValid(string json)
    {
        var results = Evaluate(json);
        Assert.True(results.IsValid, Problems(results) + "\n" + json);
    }

    /// <summary>Evaluates against the talks schema, with the scenario schema it refers to registered next to it.</summary>
    private static EvaluationResults Evaluate(string json)
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var folder = new Uri("https://parley.example/docs/");
        JsonSchema.FromText(File.ReadAllText(SchemaPath("scenario.schema.json")), options, new Uri(folder, "scenario.schema.json"));
        var schema = JsonSchema.FromText(File.ReadAllText(SchemaPath("talks.schema.json")), options, new Uri(folder, "talks.schema.json"));
        using var document = JsonDocument.Parse(json, HumanJson);
        return schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Problems(EvaluationResults results) =>
        string.Join(
            "\n",
            (results.Details ?? []).Prepend(results)
                .Where(r => r.Errors is { Count: > 0 })
                .SelectMany(r => r.Errors!.Select(e => $"{r.InstanceLocation}: {e.Key}: {e.Value}")));

    private static string SchemaPath(string name) => Path.Combine(SharedCorpus.RepositoryRoot()!, "docs", name);
}
