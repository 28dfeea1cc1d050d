using System.Collections.Immutable;
using System.Text;
using CsCheck;
using Parley.Outcomes;
using Parley.Preferences;
using Parley.Scenarios;
using Parley.Scenarios.Json;

namespace Parley.Tests.Scenarios.Json;

public class ParleyScenarioWriterTests
{
    /// <summary>What <see cref="GoldenScenario"/> must be written as, byte for byte.</summary>
    private const string GoldenJson = """
        {
          "format": "parley-scenario/1",
          "name": "golden",
          "description": "A small scenario with every issue kind.",
          "source": "Parley tests",
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
              "source": "interview",
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
              "reservationValue": 0,
              "discountFactor": 1,
              "utility": {
                "type": "linearAdditive",
                "weights": {"colour": 0.2, "quantity": 0.5, "price": 0.3},
                "valueFunctions": {
                  "colour": {"type": "constant", "score": 0.5},
                  "quantity": {"type": "triangular", "lower": 0, "top": 5, "upper": 10},
                  "price": {"type": "numberRange", "lowValue": 10, "lowUtility": 0, "highValue": 40, "highUtility": 1}
                }
              }
            }
          ]
        }
        """;

    [Fact]
    public void ToJson_SmallScenario_MatchesGoldenJson()
    {
        Assert.Equal(GoldenJson + "\n", ParleyScenarioWriter.ToJson(GoldenScenario()));
    }

    [Fact]
    public void Parse_GoldenJson_WritesBackIdentically()
    {
        var scenario = ParleyScenarioReader.Parse(GoldenJson, "golden.json");

        Assert.Equal(GoldenJson + "\n", ParleyScenarioWriter.ToJson(scenario));
        AssertSameScenario(GoldenScenario(), scenario);
    }

    [Fact]
    public void ToJson_RandomScenarios_ReadBackWithBitIdenticalUtilities()
    {
        Generators.AnyScenario.Sample(
            scenario =>
            {
                var json = ParleyScenarioWriter.ToJson(scenario);
                var back = ParleyScenarioReader.Parse(json, "random.json");

                AssertSameScenario(scenario, back);
                Assert.Equal(json, ParleyScenarioWriter.ToJson(back));
            },
            iter: 400);
    }

    [Fact]
    public void ToJson_WithSchema_WritesItFirst()
    {
        var json = ParleyScenarioWriter.ToJson(GoldenScenario(), "./scenario.schema.json");

        Assert.StartsWith("{\n  \"$schema\": \"./scenario.schema.json\",\n  \"format\": \"parley-scenario/1\",", json, StringComparison.Ordinal);
        Assert.Equal("golden", ParleyScenarioReader.Parse(json, "with-schema.json").Name);
    }

    [Fact]
    public void Write_Stream_ReadsBackAsUtf8WithoutByteOrderMark()
    {
        using var stream = new MemoryStream();
        ParleyScenarioWriter.Write(GoldenScenario(), stream);

        var bytes = stream.ToArray();
        Assert.Equal((byte)'{', bytes[0]);
        stream.Position = 0;
        AssertSameScenario(GoldenScenario(), ParleyScenarioReader.Read(stream, "stream.json"));
    }

    [Fact]
    public void ToJson_NamesNeedingEscapes_AreEscapedAndReadBack()
    {
        var space = new OutcomeSpace([new DiscreteIssue("say \"when\"", ["back\\slash", "line\nbreak", "café ☕", "tab\there"])]);
        var utility = new LinearAdditiveUtilityFunction(
            space,
            [1.0],
            [new DiscreteValueFunction([new("back\\slash", 1), new("line\nbreak", 2), new("café ☕", 3), new("tab\there", 0)])]);
        var scenario = new Scenario("odd names", space, [new Party("Ünïcode", utility, 0, DiscountFactor.None)]);

        var json = ParleyScenarioWriter.ToJson(scenario);

        Assert.Contains("\"say \\\"when\\\"\"", json, StringComparison.Ordinal);
        Assert.Contains("\"café ☕\"", json, StringComparison.Ordinal);
        Assert.Contains("\"line\\nbreak\"", json, StringComparison.Ordinal);
        AssertSameScenario(scenario, ParleyScenarioReader.Parse(json, "odd.json"));
    }

    [Fact]
    public void ToJson_ManyValues_BreaksTheListOverLines()
    {
        var values = Enumerable.Range(0, 40).Select(i => $"value number {i}").ToArray();
        var space = new OutcomeSpace([new DiscreteIssue("long", values)]);
        var utility = new LinearAdditiveUtilityFunction(space, [1.0], [new DiscreteValueFunction(values.Select((v, i) => KeyValuePair.Create(v, (double)i)))]);

        var json = ParleyScenarioWriter.ToJson(new Scenario("long", space, [new Party("P", utility, 0, DiscountFactor.None)]));

        Assert.All(json.Split('\n'), line => Assert.True(line.Length <= 120, line));
        Assert.Contains("\n        \"value number 39\"\n", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_HyperRectangles_WritesWeightOnlyWhenNotOne()
    {
        var space = new OutcomeSpace([new IntegerIssue("a", 0, 3), new IntegerIssue("b", 0, 3)]);
        var utility = new HyperRectangleUtilityFunction(
            space,
            [new HyperRectangle(10, 1, [new HyperRectangleBound(0, 0, 1)]), new HyperRectangle(30, 0.5, [new HyperRectangleBound(0, 1, 2), new HyperRectangleBound(1, 0, 0)])],
            20);
        var scenario = new Scenario("rectangles", space, [new Party("P", utility, 0.75, DiscountFactor.FromGenius(0.5))]);

        var json = ParleyScenarioWriter.ToJson(scenario);

        Assert.Contains("{\"utility\": 10, \"bounds\": [{\"issue\": \"a\", \"min\": 0, \"max\": 1}]}", json, StringComparison.Ordinal);
        Assert.Single(json.Split("\"weight\"").Skip(1));
        Assert.Contains("\"weight\": 0.5", json, StringComparison.Ordinal);
        AssertSameScenario(scenario, ParleyScenarioReader.Parse(json, "rectangles.json"));
    }

    [Fact]
    public void ToJson_IntegerLinearWithOtherBounds_WritesTheBounds()
    {
        var space = new OutcomeSpace([new IntegerIssue("n", 1, 7)]);
        var own = new LinearAdditiveUtilityFunction(space, [1.0], [new IntegerLinearValueFunction(1, 7, 0, 0.1)]);
        var other = new LinearAdditiveUtilityFunction(space, [1.0], [new IntegerLinearValueFunction(0, 0, 0, 0.1)]);
        var scenario = new Scenario("bounds", space, [new Party("Own", own, 0, DiscountFactor.None), new Party("Other", other, 0, DiscountFactor.None)]);

        var json = ParleyScenarioWriter.ToJson(scenario);

        Assert.Contains("\"n\": {\"type\": \"integerLinear\", \"offset\": 0, \"slope\": 0.1}", json, StringComparison.Ordinal);
        Assert.Contains("\"n\": {\"type\": \"integerLinear\", \"lowerBound\": 0, \"upperBound\": 0, \"offset\": 0, \"slope\": 0.1}", json, StringComparison.Ordinal);
        AssertSameScenario(scenario, ParleyScenarioReader.Parse(json, "bounds.json"));
    }

    [Fact]
    public void ToJson_UnknownUtilityFunction_IsNotSupported()
    {
        var space = new OutcomeSpace([new IntegerIssue("n", 0, 1)]);
        var scenario = new Scenario("custom", space, [new Party("P", new FlatUtility(space), 0, DiscountFactor.None)]);

        var e = Assert.Throws<NotSupportedException>(() => ParleyScenarioWriter.ToJson(scenario));
        Assert.Contains("FlatUtility", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_EvaluationOfAValueTheIssueLacks_IsNotSupported()
    {
        var space = new OutcomeSpace([new DiscreteIssue("colour", ["red"])]);
        var utility = new LinearAdditiveUtilityFunction(space, [1.0], [new DiscreteValueFunction([new("red", 1), new("green", 4)])]);
        var scenario = new Scenario("extra", space, [new Party("P", utility, 0, DiscountFactor.None)]);

        var e = Assert.Throws<NotSupportedException>(() => ParleyScenarioWriter.ToJson(scenario));
        Assert.Contains("'green'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_EmptyRectangleBound_IsNotSupported()
    {
        var space = new OutcomeSpace([new IntegerIssue("a", 0, 3)]);
        var utility = new HyperRectangleUtilityFunction(space, [new HyperRectangle(1, 1, [new HyperRectangleBound(0, 2, 1)])], 1);
        var scenario = new Scenario("empty", space, [new Party("P", utility, 0, DiscountFactor.None)]);

        Assert.Throws<NotSupportedException>(() => ParleyScenarioWriter.ToJson(scenario));
    }

    /// <summary>Everything a scenario holds is equal, and every utility is bit-identical on every outcome.</summary>
    internal static void AssertSameScenario(Scenario expected, Scenario actual)
    {
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.Description, actual.Description);
        Assert.Equal(expected.Source, actual.Source);
        Assert.Equal(expected.Space.Issues.Select(Describe), actual.Space.Issues.Select(Describe));
        Assert.Equal(expected.Parties.Length, actual.Parties.Length);
        for (var p = 0; p < expected.Parties.Length; p++)
        {
            var (e, a) = (expected.Parties[p], actual.Parties[p]);
            Assert.Equal(e.Name, a.Name);
            Assert.Equal(e.Source, a.Source);
            Assert.Equal(BitConverter.DoubleToInt64Bits(e.ReservationValue), BitConverter.DoubleToInt64Bits(a.ReservationValue));
            Assert.Equal(BitConverter.DoubleToInt64Bits(e.Discount.Value), BitConverter.DoubleToInt64Bits(a.Discount.Value));
            Assert.Equal(e.Utility.GetType(), a.Utility.GetType());

            var expectedColumn = UtilityColumn.Evaluate(e.Utility, 1);
            var actualColumn = UtilityColumn.Evaluate(a.Utility, 1);
            Assert.Equal(expectedColumn.Select(BitConverter.DoubleToInt64Bits), actualColumn.Select(BitConverter.DoubleToInt64Bits));
            foreach (var outcome in actual.Space)
            {
                Assert.Equal(
                    BitConverter.DoubleToInt64Bits(e.Utility.Utility(outcome)),
                    BitConverter.DoubleToInt64Bits(a.Utility.Utility(outcome)));
            }
        }
    }

    private static string Describe(Issue issue) => issue switch
    {
        DiscreteIssue d => $"{d.Name}: discrete [{string.Join("|", d.Values)}]",
        IntegerIssue i => $"{i.Name}: integer {i.Min}..{i.Max}",
        RealIssue r => $"{r.Name}: real {BitConverter.DoubleToInt64Bits(r.Min)}..{BitConverter.DoubleToInt64Bits(r.Max)} on {r.GridPoints}",
        _ => issue.ToString(),
    };

    private static Scenario GoldenScenario()
    {
        var space = new OutcomeSpace(
        [
            new DiscreteIssue("colour", ["red", "blue"]),
            new IntegerIssue("quantity", 1, 10),
            new RealIssue("price", 10, 40, 4),
        ]);
        var buyer = new LinearAdditiveUtilityFunction(
            space,
            [0.5, 0.2, 0.3],
            [
                new DiscreteValueFunction([new("red", 7), new("blue", 3)]),
                new IntegerLinearValueFunction(1, 10, 0.1, 0.1),
                new LinearValueFunction(1.33, -0.033),
            ]);
        var seller = new LinearAdditiveUtilityFunction(
            space,
            [0.2, 0.5, 0.3],
            [
                new ConstantValueFunction(0.5),
                new TriangularValueFunction(0, 10, 5),
                new NumberRangeValueFunction(10, 0, 40, 1),
            ]);
        return new Scenario(
            "golden",
            space,
            [
                new Party("Buyer", buyer, 0.2, DiscountFactor.FromGenius(0.9), "interview"),
                new Party("Seller", seller, 0, DiscountFactor.None),
            ],
            "A small scenario with every issue kind.",
            "Parley tests");
    }

    private sealed class FlatUtility(OutcomeSpace space) : IUtilityFunction
    {
        public OutcomeSpace Space { get; } = space;

        public double Utility(ReadOnlySpan<int> valueIndices) => 0.5;

        public void Evaluate(long firstIndex, Span<double> destination) => destination.Fill(0.5);
    }

    /// <summary>CsCheck generators of small scenarios using every issue kind and every preference type.</summary>
    private static class Generators
    {
        private static readonly string[] NamePool = ["a", "b", "price", "two words", "quote\"d", "back\\slash", "dot.ted", "ünï", "☕", "x[0]"];

        /// <summary>Doubles of every flavour: short decimals, full-precision fractions, raw bit patterns.</summary>
        private static readonly Gen<double> AnyFinite = Gen.Frequency(
            (3, Gen.Int[-1000, 1000].Select(i => i / 100.0)),
            (3, Gen.Double[-10, 10]),
            (1, Gen.Long.Select(BitConverter.Int64BitsToDouble).Where(double.IsFinite)));

        private static readonly Gen<double> NonNegative = Gen.Frequency(
            (3, Gen.Int[0, 1000].Select(i => i / 100.0)),
            (3, Gen.Double[0, 2]),
            (1, Gen.Long[0, long.MaxValue].Select(BitConverter.Int64BitsToDouble).Where(double.IsFinite)),
            (1, Gen.Const(0.0)));

        private static readonly Gen<double> Unit = Gen.OneOf(Gen.Double[0, 1], Gen.Int[0, 10].Select(i => i / 10.0));

        private static readonly Gen<Func<string, Issue>> IssueShape = Gen.Int[0, 2].SelectMany(kind => kind switch
        {
            0 => Gen.Int[1, 4].Select(n => (Func<string, Issue>)(name => new DiscreteIssue(name, NamePool.Take(n).Select(v => v + " value")))),
            1 => Gen.Select(Gen.Long[-5, 5], Gen.Int[0, 4], (min, span) => (Func<string, Issue>)(name => new IntegerIssue(name, min, min + span))),
            _ => Gen.Select(Gen.Double[-100, 100], Gen.Double[0.001, 100], Gen.Int[1, 5], (min, span, grid) =>
                (Func<string, Issue>)(name => grid == 1 ? new RealIssue(name, min, min, 1) : new RealIssue(name, min, min + span, grid))),
        });

        public static readonly Gen<Scenario> AnyScenario =
            Gen.Int[1, 3].SelectMany(n => IssueShape.Array[n])
                .Select(shapes => new OutcomeSpace(shapes.Select((make, i) => make(NamePool[i + 1]))))
                .SelectMany(space => Gen.Int[1, 3].SelectMany(n => Party(space).Array[n]).Select(parties => new Scenario(
                    "random",
                    space,
                    parties.Select((make, i) => make(NamePool[^(i + 1)])),
                    description: parties.Length == 2 ? "two parties" : null,
                    source: parties.Length == 3 ? "generated" : null)));

        private static Gen<Func<string, Party>> Party(OutcomeSpace space) =>
            Gen.Select(Utility(space), AnyFinite, Gen.Double[-0.5, 1.5], Gen.Bool, (utility, reservation, discount, hasSource) =>
                (Func<string, Party>)(name => new Party(name, utility, reservation, DiscountFactor.FromGenius(discount), hasSource ? "src" : null)));

        private static Gen<IUtilityFunction> Utility(OutcomeSpace space)
        {
            var additive = Gen.Select(NonNegative.Array[space.IssueCount], ValueFunctions(space), (weights, functions) =>
                (IUtilityFunction)new LinearAdditiveUtilityFunction(space, weights, functions));
            var choices = new List<(int, Gen<IUtilityFunction>)> { (2, additive) };
            if (space.Issues.All(i => i is IntegerIssue))
            {
                choices.Add((1, Rectangles(space)));
            }

            if (space.Issues.Any(i => i.Kind != IssueKind.Discrete))
            {
                choices.Add((1, PaymentStreams(space)));
            }

            return Gen.Frequency([.. choices]);
        }

        /// <summary>
        /// Payment streams: the first numeric issue is the amount, the first discrete issue (if any, sometimes) the
        /// escalation rule, an integer issue of years ≥ 1 (if any, sometimes) the duration; the other issues, and sometimes
        /// the stream's own, get terms. Bounds are left to the space's extremes or given explicitly.
        /// </summary>
        private static Gen<IUtilityFunction> PaymentStreams(OutcomeSpace space)
        {
            var amount = space.Issues.ToList().FindIndex(i => i.Kind != IssueKind.Discrete);
            var discrete = space.Issues.ToList().FindIndex(i => i is DiscreteIssue);
            var years = space.Issues.ToList().FindIndex(i => i is IntegerIssue { Min: >= 1 } && i != space.Issues[amount]);
            var rate = Gen.Frequency((3, Gen.Int[-500, 500].Select(i => i / 100.0)), (1, Gen.Double[-99, 99]));
            return Gen.Select(Gen.Bool, Gen.Bool, Gen.Int[1, 5], Gen.Int[1, 6], rate, rate, Gen.Bool, NonNegative)
                .SelectMany(choice => Gen.Select(
                    rate.Array[1, 3].Array[discrete >= 0 && choice.Item1 ? space.Issues[discrete].ValueCount : 1],
                    ValueFunctions(space),
                    NonNegative.Array[space.IssueCount],
                    Gen.Bool.Array[space.IssueCount],
                    AnyFinite.Array[2],
                    Gen.Int[0, 2],
                    (growth, functions, weights, extraTerms, bounds, boundKind) =>
                    {
                        var (useEscalation, useDuration, horizon, fixedDuration, discount, after, less, weight) = choice;
                        var stream = new PaymentStream(
                            space, amount, useEscalation && discrete >= 0 ? discrete : -1, growth, useDuration && years >= 0 ? years : -1, fixedDuration, horizon, discount, after);
                        var terms = Enumerable.Range(0, space.IssueCount)
                            .Where(i => !stream.Issues.Contains(i) || extraTerms[i])
                            .Select(i => new PaymentStreamTerm(i, weights[i], functions[i]))
                            .ToList();
                        var prefers = less ? PaymentPreference.Less : PaymentPreference.More;
                        var (minimum, maximum) = stream.PresentValueRange();
                        var (low, high) = (Math.Min(bounds[0], bounds[1]), Math.Max(bounds[0], bounds[1]));
                        var explicitBounds = boundKind == 0 || !(maximum > minimum) || low == high;
                        if (explicitBounds && low == high)
                        {
                            high = low + 1;
                        }

                        return (IUtilityFunction)(explicitBounds
                            ? new PaymentStreamUtilityFunction(stream, weight, prefers, terms, less ? high : low, less ? low : high)
                            : new PaymentStreamUtilityFunction(stream, weight, prefers, terms));
                    }));
        }

        private static Gen<ImmutableList<ValueFunction>> ValueFunctions(OutcomeSpace space) =>
            space.Issues.Aggregate(
                Gen.Const(ImmutableList<ValueFunction>.Empty),
                (functions, issue) => functions.SelectMany(list => ValueFunction(issue).Select(list.Add)));

        private static Gen<ValueFunction> ValueFunction(Issue issue)
        {
            var constant = AnyFinite.Select(s => (ValueFunction)new ConstantValueFunction(s));
            if (issue is DiscreteIssue discrete)
            {
                return Gen.Frequency(
                    (4, NonNegative.Array[discrete.ValueCount].Select(e => (ValueFunction)new DiscreteValueFunction(discrete.Values.Zip(e, KeyValuePair.Create)))),
                    (1, constant));
            }

            var own = issue as IntegerIssue;
            var integerLinear = Gen.Select(Gen.Long[-10, 10], Gen.Long[0, 10], AnyFinite, AnyFinite, Gen.Bool, (lower, span, offset, slope, useIssueBounds) =>
                (ValueFunction)(useIssueBounds && own is not null
                    ? new IntegerLinearValueFunction(own.Min, own.Max, offset, slope)
                    : new IntegerLinearValueFunction(lower, lower + span, offset, slope)));
            var linear = Gen.Select(AnyFinite, AnyFinite, (intercept, slope) => (ValueFunction)new LinearValueFunction(intercept, slope));
            var triangular = Gen.Double[-100, 100].Array[3].Select(p =>
            {
                Array.Sort(p);
                return (ValueFunction)new TriangularValueFunction(p[0], p[2], p[1]);
            });
            var numberRange = Gen.Select(Gen.Double[-100, 100], Gen.Double[0.001, 100], Unit, Unit, (low, span, lowUtility, highUtility) =>
                (ValueFunction)new NumberRangeValueFunction(low, lowUtility, low + span, highUtility));
            return Gen.OneOf(integerLinear, linear, triangular, constant, numberRange);
        }

        private static Gen<IUtilityFunction> Rectangles(OutcomeSpace space)
        {
            var bound = Gen.Int[0, space.IssueCount - 1].SelectMany(issue =>
            {
                var integer = (IntegerIssue)space.Issues[issue];
                return Gen.Select(Gen.Long[integer.Min - 1, integer.Max + 1], Gen.Long[0, 3], (min, span) => new HyperRectangleBound(issue, min, min + span));
            });
            var rectangle = Gen.Select(AnyFinite, Gen.Frequency((2, Gen.Const(1.0)), (1, NonNegative)), bound.Array[0, 3], (utility, weight, bounds) =>
                new HyperRectangle(utility, weight, [.. bounds]));
            return Gen.Select(rectangle.Array[0, 4], Gen.Double[0.01, 100], (rectangles, max) =>
                (IUtilityFunction)new HyperRectangleUtilityFunction(space, rectangles, max));
        }
    }
}
