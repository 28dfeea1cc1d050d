using Parley.Preferences;
using Parley.Scenarios;
using Parley.Scenarios.Json;

namespace Parley.Tests.Scenarios.Json;

/// <summary>Reading and writing <c>"type": "paymentStream"</c> utilities and reservation values given as outcomes.</summary>
public sealed class PaymentStreamReaderTests
{
    private const string FileName = "stream.json";

    /// <summary>The space of <see cref="Preferences.PaymentStreamUtilityFunctionTests"/>, as a file.</summary>
    private const string Stream = """
        {
          "format": "parley-scenario/1",
          "name": "stream",
          "issues": [
            {"name": "amount", "type": "real", "min": 100, "max": 200, "gridPoints": 2},
            {"name": "escalation", "type": "discrete", "values": ["flat", "grow"]},
            {"name": "duration", "type": "integer", "min": 1, "max": 3},
            {"name": "scope", "type": "discrete", "values": ["a", "b"]}
          ],
          "parties": [
            {
              "name": "Payer",
              "reservationOutcome": {"amount": 100, "escalation": "flat", "duration": 1, "scope": "b"},
              "utility": {
                "type": "paymentStream",
                "stream": {
                  "amount": "amount",
                  "escalation": {"issue": "escalation", "growth": {"flat": [0], "grow": [10, 50]}},
                  "duration": "duration",
                  "horizon": 3,
                  "discountRate": 10,
                  "afterExpiry": 20,
                  "prefers": "less",
                  "weight": 0.8
                },
                "weights": {"scope": 0.2},
                "valueFunctions": {"scope": {"type": "discrete", "evaluations": {"a": 10, "b": 5}}}
              }
            },
            {
              "name": "Receiver",
              "reservationValue": 0.25,
              "utility": {
                "type": "paymentStream",
                "stream": {
                  "amount": "amount", "escalation": {"growth": [2]}, "duration": 2, "horizon": 3, "discountRate": 0,
                  "prefers": "more", "weight": 1, "worst": 300, "best": {"amount": 200}
                },
                "weights": {"escalation": 0, "duration": 0, "scope": 0},
                "valueFunctions": {
                  "escalation": {"type": "constant", "score": 0}, "duration": {"type": "constant", "score": 0}, "scope": {"type": "constant", "score": 0}
                }
              }
            }
          ]
        }
        """;

    [Fact]
    public void Parse_PaymentStream_GivesTheHandComputedUtilities()
    {
        var scenario = ParleyScenarioReader.Parse(Stream, FileName);
        var payer = Assert.IsType<PaymentStreamUtilityFunction>(scenario.Parties[0].Utility);

        // As in PaymentStreamUtilityFunctionTests: (100, flat, 1 year, b) = 0.8 × 0.863354… + 0.2 × 0.5 = 0.790683…
        Assert.Equal(0.790683229813665, payer.Utility([0, 0, 0, 1]), 12);
        Assert.Equal(PaymentPreference.Less, payer.Prefers);
        Assert.Null(payer.ExplicitBest);
    }

    [Fact]
    public void Parse_ReservationOutcome_IsTheUtilityOfThatOutcome()
    {
        var scenario = ParleyScenarioReader.Parse(Stream, FileName);

        Assert.Equal(scenario.Parties[0].Utility.Utility([0, 0, 0, 1]), scenario.Parties[0].ReservationValue);
    }

    [Fact]
    public void Parse_BoundAsAStream_IsItsPresentValue()
    {
        var receiver = (PaymentStreamUtilityFunction)ParleyScenarioReader.Parse(Stream, FileName).Parties[1].Utility;

        // best = 200 paid for 2 years (+2 % in year 2), then flat (no afterExpiry), undiscounted: 200 + 204 + 204 = 608
        Assert.Equal(608, receiver.Best, 12);
        Assert.Equal(300, receiver.Worst);

        // (100, –, –, –): 100, 102, 102 = 304 → (304 − 300)/(608 − 300) = 0.012987…
        Assert.Equal(4.0 / 308, receiver.Utility([0, 0, 0, 0]), 12);
    }

    [Fact]
    public void WriteThenRead_PaymentStreams_AreBitIdentical()
    {
        var scenario = ParleyScenarioReader.Parse(Stream, FileName);

        var json = ParleyScenarioWriter.ToJson(scenario);
        var back = ParleyScenarioReader.Parse(json, "back.json");

        ParleyScenarioWriterTests.AssertSameScenario(scenario, back);
        Assert.Equal(json, ParleyScenarioWriter.ToJson(back));
        Assert.Contains("\"best\": 608", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"reservationOutcome\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"escalation\": {\"issue\": \"escalation\", \"growth\": {\"flat\": [0], \"grow\": [10, 50]}}", "\"escalation\": {\"issue\": \"escalation\", \"growth\": {\"flat\": [0], §\"grown\": [10, 50]}}", "parties[0].utility.stream.escalation.growth.grown", "\"grown\" is not a value of issue \"escalation\" (did you mean \"grow\"?)")]
    [InlineData("\"grow\": [10, 50]}}", "§\"grow\": []}}", "parties[0].utility.stream.escalation.growth.grow", "give at least one growth rate")]
    [InlineData("\"amount\": \"amount\",\n", "§\"amount\": \"scope\",\n", "parties[0].utility.stream.amount", "must be an integer or real issue")]
    [InlineData("\"prefers\": \"less\"", "§\"prefers\": \"fewer\"", "parties[0].utility.stream.prefers", "\"prefers\" is \"less\"")]
    [InlineData("\"duration\": \"duration\",\n", "§\"duration\": \"scope\",\n", "parties[0].utility.stream.duration", "the duration must be an integer issue")]
    [InlineData("\"weights\": {\"scope\": 0.2},", "\"weights\": {§\"scop\": 0.2},", "parties[0].utility.weights.scop", "no issue \"scop\"")]
    [InlineData("\"horizon\": 3,\n", "§\"horizon\": 0,\n", "parties[0].utility.stream.horizon", "the horizon is 1 to 1000 years")]
    public void Parse_BrokenStream_IsALocatedError(string find, string replace, string field, string problem)
    {
        Assert.Contains(find, Stream, StringComparison.Ordinal);
        Fails(Stream.Replace(find, replace, StringComparison.Ordinal), field, problem);
    }

    [Fact]
    public void Parse_StreamIssueWithoutTerm_SaysWhichIssue() =>
        Fails(
            Stream.Replace("\"weights\": {\"scope\": 0.2},\n        \"valueFunctions\": {\"scope\": {\"type\": \"discrete\", \"evaluations\": {\"a\": 10, \"b\": 5}}}", "\"weights\": {},\n        \"valueFunctions\": {}", StringComparison.Ordinal)
                .Replace("\"reservationOutcome\": {\"amount\": 100, \"escalation\": \"flat\", \"duration\": 1, \"scope\": \"b\"},\n      \"utility\"", "\"reservationValue\": 0,\n      §\"utility\"", StringComparison.Ordinal),
            "parties[0].utility",
            "issue 'scope' is neither part of the payment stream nor given a term");

    [Fact]
    public void Parse_ReservationValueAndOutcome_IsAnError() =>
        Fails(
            Stream.Replace("\"reservationOutcome\": {", "\"reservationValue\": 0.1, §\"reservationOutcome\": {", StringComparison.Ordinal),
            "parties[0].reservationOutcome",
            "not both");

    [Fact]
    public void Parse_ReservationOutcomeOffTheGrid_IsAnError() =>
        Fails(
            Stream.Replace("{\"amount\": 100, \"escalation\": \"flat\"", "{§\"amount\": 150, \"escalation\": \"flat\"", StringComparison.Ordinal),
            "parties[0].reservationOutcome.amount",
            "150 is not a value of issue \"amount\"");

    private static void Fails(string jsonWithMarker, string field, string problem)
    {
        var at = jsonWithMarker.IndexOf('§', StringComparison.Ordinal);
        Assert.True(at >= 0, "the test JSON needs a § where the error should be reported");
        var json = jsonWithMarker.Remove(at, 1);
        var before = json[..at];
        var line = before.Count(c => c == '\n') + 1;
        var column = at - (before.LastIndexOf('\n') + 1) + 1;

        var e = Assert.Throws<ScenarioFormatException>(() => ParleyScenarioReader.Parse(json, FileName));

        Assert.Equal(field, e.Field);
        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
        Assert.Equal((line, column), (e.Line, e.Column));
    }
}
