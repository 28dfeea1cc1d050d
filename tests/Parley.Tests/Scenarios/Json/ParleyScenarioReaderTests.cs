using System.Text;
using Parley.Outcomes;
using Parley.Preferences;
using Parley.Scenarios;
using Parley.Scenarios.Json;

namespace Parley.Tests.Scenarios.Json;

public class ParleyScenarioReaderTests
{
    private const string FileName = "tiny.json";

    /// <summary>A valid scenario using every issue kind; error tests break one spot of it.</summary>
    private const string Tiny = """
        {
          "format": "parley-scenario/1",
          "name": "tiny",
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
                  "price": {"type": "linear", "intercept": 1.33, "slope": -0.033}
                }
              }
            },
            {
              "name": "Seller",
              "utility": {
                "type": "linearAdditive",
                "weights": {"colour": 0.2, "quantity": 0.5, "price": 0.3},
                "valueFunctions": {
                  "colour": {"type": "discrete", "evaluations": {"red": 2, "blue": 8}},
                  "quantity": {"type": "triangular", "lower": 0, "top": 5, "upper": 10},
                  "price": {"type": "numberRange", "lowValue": 10, "lowUtility": 0, "highValue": 40, "highUtility": 1}
                }
              }
            }
          ]
        }
        """;

    // ---- reading valid files ----

    [Fact]
    public void Parse_TinyScenario_ReadsIssuesAndParties()
    {
        var scenario = ParleyScenarioReader.Parse(Tiny, FileName);

        Assert.Equal("tiny", scenario.Name);
        Assert.Null(scenario.Description);
        Assert.Null(scenario.Source);
        Assert.Equal(["colour", "quantity", "price"], scenario.Space.Issues.Select(i => i.Name));
        Assert.Equal(["red", "blue"], ((DiscreteIssue)scenario.Space.Issues[0]).Values);
        var quantity = (IntegerIssue)scenario.Space.Issues[1];
        Assert.Equal((1, 10), (quantity.Min, quantity.Max));
        var price = (RealIssue)scenario.Space.Issues[2];
        Assert.Equal((10.0, 40.0, 4), (price.Min, price.Max, price.GridPoints));
        Assert.Equal(2 * 10 * 4, scenario.Space.Count);
        Assert.Equal(["Buyer", "Seller"], scenario.Parties.Select(p => p.Name));
        Assert.Equal(0.2, scenario.Parties[0].ReservationValue);
        Assert.Equal(0.9, scenario.Parties[0].Discount.Value);
    }

    [Fact]
    public void Parse_PartyWithoutReservationOrDiscount_DefaultsToZeroAndNoDiscount()
    {
        var seller = ParleyScenarioReader.Parse(Tiny, FileName).Party("Seller");

        Assert.Equal(0.0, seller.ReservationValue);
        Assert.Equal(DiscountFactor.None, seller.Discount);
        Assert.Null(seller.Source);
    }

    [Fact]
    public void Parse_TinyScenario_GivesHandComputedUtilities()
    {
        var scenario = ParleyScenarioReader.Parse(Tiny, FileName);

        // Buyer at (red, 10, 40): 0.5·7/7 + 0.2·clip01(0.1 + 0.1·(10 − 1)) + 0.3·clip01(1.33 − 0.033·40) = 0.5 + 0.2 + 0.003.
        Assert.Equal(0.703, Utility(scenario, "Buyer", "red", 10L, 40.0), 12);

        // Seller at (blue, 5, 20): 0.2·8/8 + 0.5·1 (the triangle's top) + 0.3·round8(10/30) = 0.2 + 0.5 + 0.1.
        Assert.Equal(0.8, Utility(scenario, "Seller", "blue", 5L, 20.0), 8);
    }

    [Fact]
    public void Parse_DiscreteEvaluations_AreDividedByTheIssueMaximum()
    {
        var scenario = ParleyScenarioReader.Parse(Tiny, FileName);
        var colour = (DiscreteValueFunction)((LinearAdditiveUtilityFunction)scenario.Party("Buyer").Utility).ValueFunctions[0];

        Assert.Equal(1.0, colour.Evaluate(IssueValue.Of("red")));
        Assert.Equal(3.0 / 7.0, colour.Evaluate(IssueValue.Of("blue")));
        Assert.Equal(7.0, colour.Maximum);
    }

    [Fact]
    public void Parse_IntegerLinearWithoutBounds_MeasuresFromTheIssueMinimum()
    {
        var function = (IntegerLinearValueFunction)BuyerFunction(Tiny, 1);

        Assert.Equal((1L, 10L), (function.LowerBound, function.UpperBound));
        Assert.Equal(0.1, function.Evaluate(IssueValue.Of(1L)), 12);
        Assert.Equal(0.5, function.Evaluate(IssueValue.Of(5L)), 12);
        Assert.Equal(1.0, function.Evaluate(IssueValue.Of(10L)), 12);
    }

    [Fact]
    public void Parse_IntegerLinearWithExplicitBounds_MeasuresFromTheGivenLowerBound()
    {
        var json = Tiny.Replace(
            "{\"type\": \"integerLinear\", \"offset\": 0.1, \"slope\": 0.1}",
            "{\"type\": \"integerLinear\", \"lowerBound\": 0, \"upperBound\": 20, \"offset\": 0.1, \"slope\": 0.1}");
        var function = (IntegerLinearValueFunction)BuyerFunction(json, 1);

        Assert.Equal((0L, 20L), (function.LowerBound, function.UpperBound));
        Assert.Equal(0.2, function.Evaluate(IssueValue.Of(1L)), 12);
        Assert.Equal(1.0, function.Evaluate(IssueValue.Of(10L)), 12);
    }

    [Fact]
    public void Parse_Linear_ClipsToTheUnitInterval()
    {
        var function = (LinearValueFunction)BuyerFunction(Tiny, 2);

        Assert.Equal(1.0, function.Evaluate(IssueValue.Of(10.0)));
        Assert.Equal(1.33 - (0.033 * 20), function.Evaluate(IssueValue.Of(20.0)), 12);
        Assert.Equal(0.0, BuyerFunction(Tiny.Replace("\"intercept\": 1.33", "\"intercept\": 0.5"), 2).Evaluate(IssueValue.Of(40.0)));
    }

    [Fact]
    public void Parse_Triangular_RisesToTopAndFallsToUpper()
    {
        var function = (TriangularValueFunction)SellerFunction(Tiny, 1);

        Assert.Equal((0.0, 5.0, 10.0), (function.Lower, function.Top, function.Upper));
        Assert.Equal(0.4, function.Evaluate(IssueValue.Of(2L)), 12);
        Assert.Equal(1.0, function.Evaluate(IssueValue.Of(5L)), 12);
        Assert.Equal(0.4, function.Evaluate(IssueValue.Of(8L)), 12);
        Assert.Equal(0.0, function.Evaluate(IssueValue.Of(10L)));
    }

    [Fact]
    public void Parse_NumberRange_InterpolatesBetweenLowAndHigh()
    {
        var function = (NumberRangeValueFunction)SellerFunction(Tiny, 2);

        Assert.Equal(0.0, function.Evaluate(IssueValue.Of(10.0)));
        Assert.Equal(0.33333333, function.Evaluate(IssueValue.Of(20.0)));
        Assert.Equal(1.0, function.Evaluate(IssueValue.Of(40.0)));
    }

    [Fact]
    public void Parse_ConstantOnADiscreteIssue_ScoresEveryValueTheSame()
    {
        var json = Tiny.Replace(
            "\"colour\": {\"type\": \"discrete\", \"evaluations\": {\"red\": 7, \"blue\": 3}}",
            "\"colour\": {\"type\": \"constant\", \"score\": 0.25}");
        var scenario = ParleyScenarioReader.Parse(json, FileName);

        Assert.Equal(0.5 * 0.25, Contribution(scenario, "Buyer", 0, "red"));
        Assert.Equal(0.5 * 0.25, Contribution(scenario, "Buyer", 0, "blue"));
    }

    [Fact]
    public void Parse_WeightsAboveOne_AreUsedAsWrittenAndTheTotalCappedAtOne()
    {
        var json = Tiny.Replace("\"weights\": {\"colour\": 0.5, \"quantity\": 0.2, \"price\": 0.3}", "\"weights\": {\"colour\": 0.8, \"quantity\": 0.8, \"price\": 0}");
        var scenario = ParleyScenarioReader.Parse(json, FileName);
        var buyer = (LinearAdditiveUtilityFunction)scenario.Party("Buyer").Utility;

        Assert.Equal([0.8, 0.8, 0.0], buyer.Weights);
        Assert.Equal(1.0, Utility(scenario, "Buyer", "red", 10L, 40.0));
        Assert.Equal((0.8 * 3 / 7) + (0.8 * 0.1), Utility(scenario, "Buyer", "blue", 1L, 40.0), 12);
    }

    [Fact]
    public void Parse_HyperRectangles_SumsContainingRectanglesOverMaxUtilityCappedAtOne()
    {
        const string json = """
            {
              "format": "parley-scenario/1",
              "name": "rectangles",
              "issues": [{"name": "a", "type": "integer", "min": 0, "max": 3}, {"name": "b", "type": "integer", "min": 0, "max": 3}],
              "parties": [{
                "name": "P",
                "utility": {
                  "type": "hyperRectangles",
                  "maxUtility": 20,
                  "rectangles": [
                    {"utility": 10, "bounds": [{"issue": "a", "min": 0, "max": 1}]},
                    {"utility": 30, "weight": 0.5, "bounds": [{"issue": "a", "min": 1, "max": 2}, {"issue": "b", "min": 0, "max": 0}]}
                  ]
                }
              }]
            }
            """;
        var scenario = ParleyScenarioReader.Parse(json, FileName);
        var utility = (HyperRectangleUtilityFunction)scenario.Parties[0].Utility;

        Assert.Equal(20.0, utility.MaximumUtility);
        Assert.Equal(0.5, Utility(scenario, "P", 0L, 0L));
        Assert.Equal(1.0, Utility(scenario, "P", 1L, 0L)); // (10 + 15) / 20, capped
        Assert.Equal(0.75, Utility(scenario, "P", 2L, 0L));
        Assert.Equal(0.0, Utility(scenario, "P", 3L, 3L));
        Assert.Equal(1.0, utility.Rectangles[0].Weight);
    }

    [Fact]
    public void Parse_CommentsAndTrailingCommas_AreAllowed()
    {
        var json = "// a scenario for humans\n" + Tiny
            .Replace("\"name\": \"tiny\",", "\"name\": \"tiny\", /* inline */")
            .Replace("[\"red\", \"blue\"]", "[\"red\", \"blue\",]")
            .Replace("\"gridPoints\": 4}", "\"gridPoints\": 4,} // trailing");

        Assert.Equal("tiny", ParleyScenarioReader.Parse(json, FileName).Name);
    }

    [Fact]
    public void Parse_DescriptionSourceAndSchema_AreReadAndSchemaIgnored()
    {
        var json = Tiny.Replace(
            "\"name\": \"tiny\",",
            "\"$schema\": \"./scenario.schema.json\", \"name\": \"tiny\", \"description\": \"d\", \"source\": \"s\",")
            .Replace("\"name\": \"Seller\",", "\"name\": \"Seller\", \"source\": \"interview\",");
        var scenario = ParleyScenarioReader.Parse(json, FileName);

        Assert.Equal(("d", "s"), (scenario.Description, scenario.Source));
        Assert.Equal("interview", scenario.Party("Seller").Source);
    }

    [Fact]
    public void Parse_RealIssueWithoutGridPoints_UsesTheGeniusDefaultOf21()
    {
        var scenario = ParleyScenarioReader.Parse(Tiny.Replace(", \"gridPoints\": 4}", "}"), FileName);

        Assert.Equal(RealIssue.DefaultGridPoints, ((RealIssue)scenario.Space.Issues[2]).GridPoints);
    }

    [Theory]
    [InlineData("0.5", 0.5)]
    [InlineData("1", 1.0)]
    [InlineData("0", 1.0)]
    [InlineData("-0.3", 1.0)]
    [InlineData("2", 1.0)]
    public void Parse_DiscountFactor_IsReadAsGeniusDoes(string written, double expected)
    {
        var scenario = ParleyScenarioReader.Parse(Tiny.Replace("\"discountFactor\": 0.9", $"\"discountFactor\": {written}"), FileName);

        Assert.Equal(expected, scenario.Party("Buyer").Discount.Value);
    }

    [Fact]
    public void Parse_WholeNumbersWrittenAsDecimals_AreAcceptedForIntegerFields()
    {
        var scenario = ParleyScenarioReader.Parse(Tiny.Replace("\"min\": 1, \"max\": 10", "\"min\": 1.0, \"max\": 1e1"), FileName);

        Assert.Equal(10, ((IntegerIssue)scenario.Space.Issues[1]).Max);
    }

    [Fact]
    public void Parse_BytesWithByteOrderMark_SkipsTheMark()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Tiny)).ToArray();

        Assert.Equal("tiny", ParleyScenarioReader.Parse(bytes, FileName).Name);
    }

    [Fact]
    public void Read_Stream_NamesTheGivenFileInErrors()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("{}"));

        var e = Assert.Throws<ScenarioFormatException>(() => ParleyScenarioReader.Read(stream, "from-stream.json"));
        Assert.StartsWith("from-stream.json:1:1: format: missing required field", e.Message);
    }

    [Fact]
    public void Parse_EmptyPartiesList_IsAnOutcomeSpaceWithoutPreferences()
    {
        var json = Tiny[..Tiny.IndexOf("\"parties\"", StringComparison.Ordinal)] + "\"parties\": []\n}";

        Assert.Empty(ParleyScenarioReader.Parse(json, FileName).Parties);
    }

    // ---- errors: every one names file, line, column and field ----

    [Fact]
    public void Parse_UnknownIssueInWeights_GivesTheDocumentedMessage()
    {
        var json = Tiny.Replace("\"quantity\": 0.2, \"price\": 0.3}", "\"quantity\": 0.2, \"price\": 0.3, \"prise\": 0.1}");

        var e = Assert.Throws<ScenarioFormatException>(() => ParleyScenarioReader.Parse(json, FileName));

        Assert.Equal(
            "tiny.json:16:67: parties[0].utility.weights.prise: the scenario has no issue \"prise\" (did you mean \"price\"?); "
            + "its issues are \"colour\", \"quantity\", \"price\"",
            e.Message);
        Assert.Equal((16, 67), (e.Line, e.Column));
    }

    [Fact]
    public void Parse_JsonSyntaxError_NamesLineColumnAndEnclosingField() =>
        Fails(Tiny.Replace("\"discountFactor\": 0.9,", "\"discountFactor\": §,"), "parties[0].discountFactor", "invalid JSON: ',' is an invalid start of a value");

    [Fact]
    public void Parse_MissingComma_NamesTheObjectBeingRead() =>
        Fails(
            Tiny.Replace("\"reservationValue\": 0.2,\n      \"discountFactor\"", "\"reservationValue\": 0.2\n      §\"discountFactor\""),
            "parties[0]",
            "invalid JSON: '\"' is invalid after a value");

    [Fact]
    public void Parse_UnterminatedComment_IsASyntaxErrorAtTheTopLevel()
    {
        var e = Assert.Throws<ScenarioFormatException>(() => ParleyScenarioReader.Parse("{\"format\": \"parley-scenario/1\", /* open", FileName));

        Assert.Null(e.Field);
        Assert.Equal(1, e.Line);
        Assert.StartsWith("tiny.json:1:", e.Message, StringComparison.Ordinal);
        Assert.Contains("invalid JSON", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EmptyText_IsASyntaxError()
    {
        var e = Assert.Throws<ScenarioFormatException>(() => ParleyScenarioReader.Parse("", FileName));

        Assert.Equal((1, 1), (e.Line, e.Column));
        Assert.Contains("invalid JSON", e.Problem);
    }

    [Fact]
    public void Parse_SyntaxErrorAfterMultiByteCharacters_CountsColumnsInCharacters() =>
        Fails(Tiny.Replace("\"name\": \"Buyer\",", "\"name\": \"Büyer — ünïcode\" §x,"), "parties[0]", "invalid JSON");

    [Fact]
    public void Parse_InvalidUtf8_NamesLineAndColumn()
    {
        var bytes = Encoding.UTF8.GetBytes(Tiny.Replace("\"tiny\"", "\"ti?ny\""));
        bytes[Array.IndexOf(bytes, (byte)'?')] = 0xFF;

        var e = Assert.Throws<ScenarioFormatException>(() => ParleyScenarioReader.Parse(bytes, FileName));

        Assert.Equal((3, 14), (e.Line, e.Column));
        Assert.Contains("not valid UTF-8", e.Problem);
    }

    [Fact]
    public void Parse_RootNotAnObject_IsAnError() =>
        Fails("§[1, 2]", "$", "expected a scenario (a JSON object), got an array");

    [Fact]
    public void Parse_MissingFormat_TellsWhatToWrite() =>
        Fails("§" + Tiny.Replace("\"format\": \"parley-scenario/1\",", ""), "format", "\"format\": \"parley-scenario/1\"");

    [Fact]
    public void Parse_OtherFormatVersion_IsRejected() =>
        Fails(Tiny.Replace("\"format\": \"parley-scenario/1\"", "§\"format\": \"parley-scenario/2\""), "format", "unsupported format \"parley-scenario/2\"");

    [Fact]
    public void Parse_UnknownTopLevelField_IsRejected() =>
        Fails(Tiny.Replace("\"name\": \"tiny\",", "\"name\": \"tiny\", §\"descripton\": \"x\","), "descripton", "did you mean \"description\"?");

    [Fact]
    public void Parse_MisspeltWeights_IsAnErrorSuggestingTheRightName() =>
        Fails(
            Tiny.Replace("\"weights\": {\"colour\": 0.5", "§\"wieghts\": {\"colour\": 0.5"),
            "parties[0].utility.wieghts",
            "unknown field \"wieghts\" (did you mean \"weights\"?); allowed here: type, weights, valueFunctions");

    [Fact]
    public void Parse_UnknownFieldInAValueFunction_IsRejected() =>
        Fails(
            Tiny.Replace("\"intercept\": 1.33, \"slope\": -0.033}", "\"intercept\": 1.33, \"slope\": -0.033, §\"offset\": 0}"),
            "parties[0].utility.valueFunctions.price.offset",
            "allowed here: type, intercept, slope");

    [Fact]
    public void Parse_MissingPartyName_PointsAtThePartyObject() =>
        Fails(Tiny.Replace("    {\n      \"name\": \"Seller\",\n", "    §{\n"), "parties[1].name", "missing required field \"name\"");

    [Fact]
    public void Parse_BlankName_IsRejected() =>
        Fails(Tiny.Replace("\"name\": \"Seller\"", "§\"name\": \"  \""), "parties[1].name", "a name cannot be empty or blank");

    [Fact]
    public void Parse_MissingIssues_PointsAtTheRoot() =>
        Fails(
            "§" + Tiny[..Tiny.IndexOf("\"issues\"", StringComparison.Ordinal)] + "\"parties\": []\n}",
            "issues",
            "missing required field \"issues\"");

    [Fact]
    public void Parse_ReservationValueNotANumber_IsRejected() =>
        Fails(
            Tiny.Replace("\"reservationValue\": 0.2", "§\"reservationValue\": \"high\""),
            "parties[0].reservationValue",
            "expected a number, got the string \"high\"");

    [Fact]
    public void Parse_ValuesNotAnArray_IsRejected() =>
        Fails(Tiny.Replace("\"values\": [\"red\", \"blue\"]", "§\"values\": \"red\""), "issues[0].values", "expected an array, got the string \"red\"");

    [Fact]
    public void Parse_DiscreteValueNotAString_IsRejected() =>
        Fails(Tiny.Replace("[\"red\", \"blue\"]", "[\"red\", §true]"), "issues[0].values[1]", "expected a string, got true");

    [Fact]
    public void Parse_NumberBeyondDoubleRange_IsRejected() =>
        Fails(Tiny.Replace("{\"colour\": 0.5,", "{§\"colour\": 1e400,"), "parties[0].utility.weights.colour", "the number 1e400 is out of range");

    [Fact]
    public void Parse_FractionalIntegerBound_IsRejected() =>
        Fails(Tiny.Replace("\"min\": 1, \"max\": 10", "§\"min\": 1.5, \"max\": 10"), "issues[1].min", "expected a whole number, got 1.5");

    [Fact]
    public void Parse_UnknownIssueType_ListsTheKnownTypes() =>
        Fails(
            Tiny.Replace("{\"name\": \"quantity\", \"type\": \"integer\"", "{\"name\": \"quantity\", §\"type\": \"whole\""),
            "issues[1].type",
            "unknown issue type \"whole\"; known types: discrete, integer, real");

    [Fact]
    public void Parse_UnknownUtilityType_ListsTheKnownTypes() =>
        Fails(
            Tiny.Replace("\"type\": \"linearAdditive\",\n        \"weights\": {\"colour\": 0.2", "§\"type\": \"additive\",\n        \"weights\": {\"colour\": 0.2"),
            "parties[1].utility.type",
            "unknown utility type \"additive\"; known types: linearAdditive, hyperRectangles");

    [Fact]
    public void Parse_UnknownValueFunctionType_SuggestsAndListsTheKnownTypes() =>
        Fails(
            Tiny.Replace("\"price\": {\"type\": \"linear\",", "\"price\": {§\"type\": \"lineer\","),
            "parties[0].utility.valueFunctions.price.type",
            "unknown value-function type \"lineer\" (did you mean \"linear\"?); known types: discrete, integerLinear, linear, triangular, constant, numberRange");

    [Fact]
    public void Parse_WeightForAMissingIssue_IsRejected() =>
        Fails(
            Tiny.Replace("\"quantity\": 0.2, \"price\": 0.3}", "\"quantity\": 0.2, \"price\": 0.3, §\"size\": 0.1}"),
            "parties[0].utility.weights.size",
            "the scenario has no issue \"size\"; its issues are \"colour\", \"quantity\", \"price\"");

    [Fact]
    public void Parse_IssueWithoutWeight_PointsAtTheWeights() =>
        Fails(
            Tiny.Replace("\"weights\": {\"colour\": 0.5, \"quantity\": 0.2, \"price\": 0.3}", "§\"weights\": {\"colour\": 0.5, \"quantity\": 0.2}"),
            "parties[0].utility.weights.price",
            "issue \"price\" has no weight");

    [Fact]
    public void Parse_IssueWithoutValueFunction_PointsAtTheValueFunctions() =>
        Fails(
            Tiny.Replace("\"valueFunctions\": {\n          \"colour\": {\"type\": \"discrete\", \"evaluations\": {\"red\": 7", "§\"valueFunctions\": {\n          \"colour\": {\"type\": \"discrete\", \"evaluations\": {\"red\": 7")
                .Replace("          \"price\": {\"type\": \"linear\", \"intercept\": 1.33, \"slope\": -0.033}\n", ""),
            "parties[0].utility.valueFunctions.price",
            "issue \"price\" has no value function");

    [Fact]
    public void Parse_ValueFunctionForAMissingIssue_IsRejected() =>
        Fails(
            Tiny.Replace("\"colour\": {\"type\": \"discrete\", \"evaluations\": {\"red\": 2", "§\"color\": {\"type\": \"discrete\", \"evaluations\": {\"red\": 2"),
            "parties[1].utility.valueFunctions.color",
            "the scenario has no issue \"color\" (did you mean \"colour\"?)");

    [Fact]
    public void Parse_NegativeWeight_IsRejected() =>
        Fails(Tiny.Replace("{\"colour\": 0.5, \"quantity\": 0.2", "{\"colour\": 0.5, §\"quantity\": -0.2"), "parties[0].utility.weights.quantity", "a weight must be ≥ 0 (got -0.2)");

    [Fact]
    public void Parse_WeightNotANumber_IsRejected() =>
        Fails(Tiny.Replace("{\"colour\": 0.5,", "{§\"colour\": \"half\","), "parties[0].utility.weights.colour", "expected a number, got the string \"half\"");

    [Fact]
    public void Parse_EvaluationForAValueNotInTheIssue_IsRejected() =>
        Fails(
            Tiny.Replace("{\"red\": 7, \"blue\": 3}", "{\"red\": 7, \"blue\": 3, §\"green\": 1}"),
            "parties[0].utility.valueFunctions.colour.evaluations.green",
            "\"green\" is not a value of issue \"colour\"; its values are \"red\", \"blue\"");

    [Fact]
    public void Parse_ValueWithoutEvaluation_PointsAtTheEvaluations() =>
        Fails(
            Tiny.Replace("\"evaluations\": {\"red\": 7, \"blue\": 3}", "§\"evaluations\": {\"red\": 7}"),
            "parties[0].utility.valueFunctions.colour.evaluations.blue",
            "value \"blue\" of issue \"colour\" has no evaluation");

    [Fact]
    public void Parse_NegativeEvaluation_IsRejected() =>
        Fails(Tiny.Replace("{\"red\": 7, \"blue\": 3}", "{\"red\": 7, §\"blue\": -3}"), "parties[0].utility.valueFunctions.colour.evaluations.blue", "an evaluation must be ≥ 0 (got -3)");

    [Fact]
    public void Parse_NonNumericEvaluation_IsRejected() =>
        Fails(Tiny.Replace("{\"red\": 7, \"blue\": 3}", "{\"red\": 7, §\"blue\": \"low\"}"), "parties[0].utility.valueFunctions.colour.evaluations.blue", "expected a number");

    [Fact]
    public void Parse_DiscreteIssueWithoutValues_IsRejected() =>
        Fails(Tiny.Replace("\"values\": [\"red\", \"blue\"]", "§\"values\": []"), "issues[0].values", "discrete issue \"colour\" has no values");

    [Fact]
    public void Parse_IntegerMaxBelowMin_IsRejected() =>
        Fails(Tiny.Replace("\"min\": 1, \"max\": 10", "\"min\": 10, §\"max\": 1"), "issues[1].max", "max (1) is below min (10)");

    [Fact]
    public void Parse_RealMaxBelowMin_IsRejected() =>
        Fails(Tiny.Replace("\"min\": 10, \"max\": 40", "\"min\": 40, §\"max\": 10.5"), "issues[2].max", "max (10.5) is below min (40)");

    [Fact]
    public void Parse_SingleGridPointOverARange_IsRejected() =>
        Fails(Tiny.Replace("\"gridPoints\": 4", "§\"gridPoints\": 1"), "issues[2].gridPoints", "gridPoints must be a whole number from 2");

    [Fact]
    public void Parse_DuplicateIssueName_NamesTheOther() =>
        Fails(Tiny.Replace("{\"name\": \"price\", \"type\": \"real\"", "{§\"name\": \"colour\", \"type\": \"real\""), "issues[2].name", "two issues are named \"colour\" (the other is issues[0])");

    [Fact]
    public void Parse_DuplicatePartyName_NamesTheOther() =>
        Fails(Tiny.Replace("\"name\": \"Seller\"", "§\"name\": \"Buyer\""), "parties[1].name", "two parties are named \"Buyer\" (the other is parties[0])");

    [Fact]
    public void Parse_DuplicateDiscreteValue_IsRejected() =>
        Fails(Tiny.Replace("[\"red\", \"blue\"]", "[\"red\", \"blue\", §\"red\"]"), "issues[0].values[2]", "lists the value \"red\" twice (also at values[0])");

    [Fact]
    public void Parse_RepeatedField_PointsAtTheSecondOccurrence() =>
        Fails(
            Tiny.Replace("\"reservationValue\": 0.2,", "\"reservationValue\": 0.2,\n      §\"reservationValue\": 0.3,"),
            "parties[0].reservationValue",
            "the field \"reservationValue\" appears twice");

    [Fact]
    public void Parse_DiscreteValueFunctionOnAnIntegerIssue_IsRejected() =>
        Fails(
            Tiny.Replace("{\"type\": \"integerLinear\", \"offset\": 0.1, \"slope\": 0.1}", "{§\"type\": \"discrete\", \"evaluations\": {\"1\": 1}}"),
            "parties[0].utility.valueFunctions.quantity.type",
            "issue \"quantity\" is an integer issue, but a \"discrete\" value function scores named values");

    [Fact]
    public void Parse_NumericValueFunctionOnADiscreteIssue_IsRejected() =>
        Fails(
            Tiny.Replace("\"colour\": {\"type\": \"discrete\", \"evaluations\": {\"red\": 2, \"blue\": 8}}", "\"colour\": {§\"type\": \"linear\", \"intercept\": 0, \"slope\": 1}"),
            "parties[1].utility.valueFunctions.colour.type",
            "issue \"colour\" is a discrete issue, but a \"linear\" value function scores numbers");

    [Fact]
    public void Parse_IntegerLinearOnARealIssueWithoutLowerBound_IsRejected() =>
        Fails(
            Tiny.Replace("\"price\": {\"type\": \"linear\", \"intercept\": 1.33, \"slope\": -0.033}", "§\"price\": {\"type\": \"integerLinear\", \"offset\": 0, \"slope\": 1}"),
            "parties[0].utility.valueFunctions.price.lowerBound",
            "missing required field \"lowerBound\"");

    [Fact]
    public void Parse_TriangularOutOfOrder_IsRejected() =>
        Fails(
            Tiny.Replace("\"quantity\": {\"type\": \"triangular\", \"lower\": 0", "§\"quantity\": {\"type\": \"triangular\", \"lower\": 6"),
            "parties[1].utility.valueFunctions.quantity",
            "a triangular value function needs lower ≤ top ≤ upper (got lower 6, top 5, upper 10)");

    [Fact]
    public void Parse_NumberRangeUtilityAboveOne_IsRejected() =>
        Fails(Tiny.Replace("\"highUtility\": 1}", "§\"highUtility\": 1.5}"), "parties[1].utility.valueFunctions.price.highUtility", "highUtility must be in [0, 1] (got 1.5)");

    [Fact]
    public void Parse_NumberRangeHighNotAboveLow_IsRejected() =>
        Fails(Tiny.Replace("\"highValue\": 40", "§\"highValue\": 10"), "parties[1].utility.valueFunctions.price.highValue", "highValue (10) must exceed lowValue (10)");

    [Fact]
    public void Parse_HyperRectanglesOverNonIntegerIssues_IsRejected() =>
        Fails(
            Tiny.Replace("\"type\": \"linearAdditive\",\n        \"weights\": {\"colour\": 0.2", "§\"type\": \"hyperRectangles\", \"maxUtility\": 1, \"rectangles\": [],\n        \"weights\": {\"colour\": 0.2"),
            "parties[1].utility.type",
            "\"hyperRectangles\" utilities need every issue to be an integer issue, but \"colour\" is a discrete issue");

    [Fact]
    public void Parse_HyperRectangleErrors_NameTheRectangleAndBound()
    {
        const string json = """
            {
              "format": "parley-scenario/1",
              "name": "rectangles",
              "issues": [{"name": "a", "type": "integer", "min": 0, "max": 3}],
              "parties": [{"name": "P", "utility": {"type": "hyperRectangles", "maxUtility": 2, "rectangles": [
                {"utility": 1, "bounds": [{"issue": "a", "min": 0, "max": 1}]},
                {"utility": 1, "bounds": [{"issue": "a", "min": 2, "max": 3}, {§"issue": "b", "min": 0, "max": 0}]}
              ]}}]
            }
            """;

        Fails(json, "parties[0].utility.rectangles[1].bounds[1].issue", "the scenario has no issue \"b\"");
        Fails(json.Replace("§", "").Replace("\"maxUtility\": 2", "§\"maxUtility\": 0"), "parties[0].utility.maxUtility", "maxUtility must be > 0");
        Fails(json.Replace("§", "").Replace("\"min\": 2, \"max\": 3", "\"min\": 2, §\"max\": 1"), "parties[0].utility.rectangles[1].bounds[0].max", "max (1) is below min (2)");
    }

    [Fact]
    public void Parse_IssueNameWithSpaces_IsQuotedInTheFieldPath() =>
        Fails(
            Tiny.Replace("\"colour\"", "\"paint colour\"").Replace("{\"red\": 7, \"blue\": 3}", "{\"red\": 7, §\"blue\": -1}"),
            "parties[0].utility.valueFunctions['paint colour'].evaluations.blue",
            "an evaluation must be ≥ 0");

    private static ScenarioFormatException Fails(string jsonWithMarker, string field, string problem)
    {
        var at = jsonWithMarker.IndexOf('§', StringComparison.Ordinal);
        Assert.True(at >= 0, "the test JSON needs a § where the error should be reported");
        var json = jsonWithMarker.Remove(at, 1);
        var before = json[..at];
        var line = before.Count(c => c == '\n') + 1;
        var column = at - (before.LastIndexOf('\n') + 1) + 1;

        var e = Assert.Throws<ScenarioFormatException>(() => ParleyScenarioReader.Parse(json, FileName));

        Assert.Equal(FileName, e.File);
        Assert.Equal(field, e.Field);
        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
        Assert.Equal((line, column), (e.Line, e.Column));
        Assert.StartsWith($"{FileName}:{line}:{column}: {field}: ", e.Message, StringComparison.Ordinal);
        return e;
    }

    private static ValueFunction BuyerFunction(string json, int issue) =>
        ((LinearAdditiveUtilityFunction)ParleyScenarioReader.Parse(json, FileName).Party("Buyer").Utility).ValueFunctions[issue];

    private static ValueFunction SellerFunction(string json, int issue) =>
        ((LinearAdditiveUtilityFunction)ParleyScenarioReader.Parse(json, FileName).Party("Seller").Utility).ValueFunctions[issue];

    private static double Contribution(Scenario scenario, string party, int issue, string value)
    {
        var utility = (LinearAdditiveUtilityFunction)scenario.Party(party).Utility;
        return utility.Contributions(issue)[scenario.Space.Issues[issue].IndexOf(IssueValue.Of(value))];
    }

    private static double Utility(Scenario scenario, string party, params object[] values)
    {
        var outcome = scenario.Space.CreateOutcome([.. values.Select(v => v switch
        {
            string s => IssueValue.Of(s),
            long l => IssueValue.Of(l),
            double d => IssueValue.Of(d),
            _ => throw new ArgumentException($"unexpected {v}"),
        })]);
        return scenario.Party(party).Utility.Utility(outcome.ValueIndices);
    }
}
