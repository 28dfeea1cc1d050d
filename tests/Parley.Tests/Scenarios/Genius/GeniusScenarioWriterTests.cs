using System.Text;
using CsCheck;
using Parley.Outcomes;
using Parley.Preferences;
using Parley.Scenarios;
using Parley.Scenarios.Genius;

namespace Parley.Tests.Scenarios.Genius;

public sealed class GeniusScenarioWriterTests
{
    [Fact]
    public void Render_Scenario_NamesFilesAfterScenarioAndSanitisedParties()
    {
        var scenario = Scenario("Laptop deal", Party("buyer"), Party("a/b c"), Party("x"), Party("X"));

        var names = GeniusScenarioWriter.Render(scenario).Select(f => f.FileName);

        Assert.Equal(["Laptop_deal-domain.xml", "buyer.xml", "a_b_c.xml", "x.xml", "X-2.xml"], names);
    }

    [Fact]
    public void Render_ThenReadFiles_GivesBitIdenticalUtilitiesAndSameSettings()
    {
        var scenario = Scenario("S", Party("p", reservation: 0.1 + 0.2, discount: DiscountFactor.FromGenius(1.0 / 3)));

        var back = RoundTrip(scenario);

        AssertSameUtilities(scenario, back);
        Assert.Equal(scenario.Parties[0].ReservationValue, back.Parties[0].ReservationValue);
        Assert.Equal(scenario.Parties[0].Discount, back.Parties[0].Discount);
        Assert.Equal(["Colour", "Qty", "Price"], back.Space.Issues.Select(i => i.Name));
    }

    [Fact]
    public void Render_ThenReadFolder_PartiesNamedAfterFiles()
    {
        var scenario = Scenario("S", Party("b"), Party("a"));
        var files = GeniusScenarioWriter.Render(scenario).OrderBy(f => f.FileName, StringComparer.Ordinal)
            .Select(f => new SourceFile($"S/{f.FileName}", f.Bytes));

        var back = GeniusScenarioReader.ReadFolder("S", "S", files);

        Assert.Equal(["a", "b"], back.Parties.Select(p => p.Name));
    }

    [Fact]
    public void Render_Output_IsGeniusShapedXml()
    {
        var files = GeniusScenarioWriter.Render(Scenario("S", Party("p")));
        var domain = Encoding.UTF8.GetString(files[0].Bytes);
        var profile = Encoding.UTF8.GetString(files[1].Bytes);

        Assert.StartsWith("""<?xml version="1.0" encoding="utf-8"?>""", domain, StringComparison.Ordinal);
        Assert.Contains("""<issue index="2" etype="integer" type="integer" vtype="integer" name="Qty" lowerbound="1" upperbound="10" />""", domain, StringComparison.Ordinal);
        Assert.Contains("""<item index="1" value="red" evaluation="7" />""", profile, StringComparison.Ordinal);
        Assert.Contains("""<evaluator ftype="linear" slope="0.1" offset="0.05" />""", profile, StringComparison.Ordinal);
        Assert.Contains("""<reservation value="0" />""", profile, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NumberRangeValueFunction_IsRefused()
    {
        var space = new OutcomeSpace([new IntegerIssue("N", 0, 4)]);
        var utility = new LinearAdditiveUtilityFunction(space, [1.0], [new NumberRangeValueFunction(0, 0.2, 4, 0.9)]);
        var scenario = new Scenario("S", space, [new Party("p", utility, 0, DiscountFactor.None)]);

        var error = Assert.Throws<NotSupportedException>(() => GeniusScenarioWriter.Render(scenario));

        Assert.StartsWith("Party 'p', issue 'N': a NumberRangeValueFunction has no GENIUS form", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_IntegerLinearOnRealIssue_IsRefused()
    {
        var space = new OutcomeSpace([new RealIssue("R", 0, 1)]);
        var utility = new LinearAdditiveUtilityFunction(space, [1.0], [new IntegerLinearValueFunction(0, 1, 0, 1)]);

        var error = Assert.Throws<NotSupportedException>(() => GeniusScenarioWriter.Render(new Scenario("S", space, [new Party("p", utility, 0, DiscountFactor.None)])));

        Assert.Contains("IntegerLinearValueFunction has no GENIUS form", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TabularWithBestExactlyOne_RoundTrips()
    {
        var scenario = DiscreteScenario(new TabularValueFunction([new("a", 0.25), new("b", 1.0)]));

        AssertSameUtilities(scenario, RoundTrip(scenario));
    }

    [Fact]
    public void Render_TabularWithBestBelowOne_IsRefused()
    {
        var error = Assert.Throws<NotSupportedException>(() => GeniusScenarioWriter.Render(DiscreteScenario(new TabularValueFunction([new("a", 0.25), new("b", 0.75)]))));

        Assert.Contains("only when the best is exactly 1 (it is 0.75)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_DiscreteWithHigherExtraEvaluation_IsRefused()
    {
        var function = new DiscreteValueFunction([new("a", 1), new("b", 2), new("unused", 5)]);

        var error = Assert.Throws<NotSupportedException>(() => GeniusScenarioWriter.Render(DiscreteScenario(function)));

        Assert.Contains("normalise by a different maximum", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_DiscreteWithLowerExtraEvaluation_RoundTrips()
    {
        var scenario = DiscreteScenario(new DiscreteValueFunction([new("b", 2), new("unused", 1), new("a", 1)]));

        AssertSameUtilities(scenario, RoundTrip(scenario));
    }

    [Theory]
    [InlineData(0.0, true)]
    [InlineData(1.0, true)]
    [InlineData(0.5, false)]
    public void Render_ConstantOnDiscreteIssue_OnlyZeroOrOne(double score, bool writable)
    {
        var scenario = DiscreteScenario(new ConstantValueFunction(score));

        if (writable)
        {
            AssertSameUtilities(scenario, RoundTrip(scenario));
        }
        else
        {
            Assert.Throws<NotSupportedException>(() => GeniusScenarioWriter.Render(scenario));
        }
    }

    [Fact]
    public void Render_OtherUtilityFunction_IsRefused()
    {
        var space = new OutcomeSpace([new DiscreteIssue("I", ["a"])]);
        var scenario = new Scenario("S", space, [new Party("p", new Flat(space), 0, DiscountFactor.None)]);

        var error = Assert.Throws<NotSupportedException>(() => GeniusScenarioWriter.Render(scenario));

        Assert.Contains("a Flat cannot be written as a GENIUS profile", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HyperRectangles_RoundTrip()
    {
        var space = new OutcomeSpace([new IntegerIssue("A", 0, 9), new IntegerIssue("B", -3, 3)]);
        var utility = new HyperRectangleUtilityFunction(
            space,
            [new HyperRectangle(49, 1, [new HyperRectangleBound(0, 7, 9)]), new HyperRectangle(0.3, 0.7, [new HyperRectangleBound(1, -1, 2), new HyperRectangleBound(0, 0, 8)]), new HyperRectangle(18, 1, [])],
            63.5);
        var scenario = new Scenario("S", space, [new Party("p", utility, 0.75, DiscountFactor.FromGenius(0.5))]);

        var back = RoundTrip(scenario);

        Assert.IsType<HyperRectangleUtilityFunction>(back.Parties[0].Utility);
        AssertSameUtilities(scenario, back);
    }

    [Fact]
    public void Render_RandomScenarios_ReadBackWithBitIdenticalUtilities()
    {
        Gen.Int.Sample(
            seed =>
            {
                var scenario = RandomScenario(new Random(seed));
                AssertSameUtilities(scenario, RoundTrip(scenario));
            },
            iter: 300,
            threads: 1);
    }

    // ---------------------------------------------------------------- helpers

    private static Scenario RoundTrip(Scenario scenario)
    {
        var files = GeniusScenarioWriter.Render(scenario);
        return GeniusScenarioReader.ReadFiles(
            new SourceFile($"RoundTrip/{files[0].FileName}", files[0].Bytes),
            files.Skip(1).Select(f => new SourceFile($"RoundTrip/{f.FileName}", f.Bytes)));
    }

    private static void AssertSameUtilities(Scenario expected, Scenario actual)
    {
        Assert.Equal(expected.Space.Radices.ToArray(), actual.Space.Radices.ToArray());
        Assert.Equal(expected.Parties.Length, actual.Parties.Length);
        for (var p = 0; p < expected.Parties.Length; p++)
        {
            Assert.Equal(expected.Parties[p].ReservationValue, actual.Parties[p].ReservationValue);
            Assert.Equal(expected.Parties[p].Discount, actual.Parties[p].Discount);
            foreach (var outcome in expected.Space)
            {
                var want = expected.Parties[p].Utility.Utility(outcome);
                var got = actual.Parties[p].Utility.Utility(outcome);
                if (BitConverter.DoubleToInt64Bits(want) != BitConverter.DoubleToInt64Bits(got))
                {
                    Assert.Fail($"Party {p}, outcome ({string.Join(", ", outcome.ToArray())}): wrote {want:R}, read back {got:R}.");
                }
            }
        }
    }

    private static Scenario Scenario(string name, params Func<OutcomeSpace, Party>[] parties)
    {
        var space = new OutcomeSpace([new DiscreteIssue("Colour", ["red", "blue", "green"]), new IntegerIssue("Qty", 1, 10), new RealIssue("Price", 10, 40)]);
        return new Scenario(name, space, parties.Select(p => p(space)));
    }

    private static Func<OutcomeSpace, Party> Party(string name, double reservation = 0, DiscountFactor? discount = null) =>
        space => new Party(
            name,
            new LinearAdditiveUtilityFunction(
                space,
                [0.5, 0.2, 0.3],
                [new DiscreteValueFunction([new("red", 7), new("blue", 3), new("green", 0)]), new IntegerLinearValueFunction(1, 10, 0.05, 0.1), new LinearValueFunction(1.5, -0.025)]),
            reservation,
            discount ?? DiscountFactor.None);

    private static Scenario DiscreteScenario(ValueFunction function)
    {
        var space = new OutcomeSpace([new DiscreteIssue("I", ["a", "b"])]);
        return new Scenario("S", space, [new Party("p", new LinearAdditiveUtilityFunction(space, [0.8], [function]), 0, DiscountFactor.None)]);
    }

    /// <summary>A random small scenario of every issue kind and every value function the writer supports.</summary>
    private static Scenario RandomScenario(Random random)
    {
        string[] names = ["red", "a & b", "x<y", "quote\"s", " padded ", "café", "tab\there", "1.5"];
        var issues = new List<Issue>();
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            var name = $"issue {issues.Count}";
            issues.Add((random.Next(3), random.Next(2)) switch
            {
                (0, _) => new DiscreteIssue(name, names.OrderBy(_ => random.Next()).Take(random.Next(1, 5))),
                (1, _) or (_, 0) => IntegerIssue(name, random),
                _ => RealIssue(name, random),
            });
        }

        var space = new OutcomeSpace(issues);
        var allInteger = issues.All(i => i is IntegerIssue);
        var parties = new List<Party>();
        for (var p = random.Next(1, 4); p > 0; p--)
        {
            IUtilityFunction utility = allInteger && random.Next(2) == 0
                ? RandomRectangles(space, random)
                : new LinearAdditiveUtilityFunction(space, issues.Select(_ => random.NextDouble() * 0.6), issues.Select(i => RandomFunction(i, random)));
            var discount = random.Next(2) == 0 ? DiscountFactor.None : DiscountFactor.FromGenius(random.NextDouble());
            parties.Add(new Party($"party {parties.Count}", utility, Number(random, 1), discount));
        }

        return new Scenario("random scenario", space, parties);
    }

    private static RealIssue RealIssue(string name, Random random)
    {
        var min = Number(random, 10);
        return new RealIssue(name, min, min + 0.5 + (random.NextDouble() * 20));
    }

    private static IntegerIssue IntegerIssue(string name, Random random)
    {
        var min = random.Next(-20, 20);
        return new IntegerIssue(name, min, min + random.Next(0, 6));
    }

    private static ValueFunction RandomFunction(Issue issue, Random random)
    {
        switch (issue)
        {
            case DiscreteIssue discrete:
                return random.Next(4) switch
                {
                    0 => new ConstantValueFunction(random.Next(2)),
                    1 => new TabularValueFunction(discrete.Values.Select((v, k) => KeyValuePair.Create(v, k == 0 ? 1.0 : random.NextDouble()))),
                    2 => new DiscreteValueFunction(discrete.Values.Select(v => KeyValuePair.Create(v, (double)random.Next(0, 101)))),
                    _ => new DiscreteValueFunction(discrete.Values.Select(v => KeyValuePair.Create(v, random.NextDouble() * 30))),
                };
            case IntegerIssue integer when random.Next(2) == 0:
                var low = integer.Min + random.Next(-2, 3);
                return new IntegerLinearValueFunction(low, low + random.Next(0, 10), Number(random, 1), Number(random, 0.3));
            default:
                var (min, max) = issue is RealIssue real ? (real.Min, real.Max) : (((IntegerIssue)issue).Min, (double)((IntegerIssue)issue).Max);
                var a = min + (random.NextDouble() * (max - min));
                var b = min + (random.NextDouble() * (max - min));
                return random.Next(3) switch
                {
                    0 => new LinearValueFunction(Number(random, 2), Number(random, 0.5)),
                    1 => new TriangularValueFunction(Math.Min(a, b) - 1, Math.Max(a, b) + 1, (a + b) / 2),
                    _ => new ConstantValueFunction(random.NextDouble()),
                };
        }
    }

    private static HyperRectangleUtilityFunction RandomRectangles(OutcomeSpace space, Random random)
    {
        var rectangles = new List<HyperRectangle>();
        for (var r = random.Next(0, 6); r > 0; r--)
        {
            var bounds = new List<HyperRectangleBound>();
            for (var b = random.Next(0, 3); b > 0; b--)
            {
                var issue = random.Next(space.IssueCount);
                var integer = (IntegerIssue)space.Issues[issue];
                var x = integer.Min + random.Next(0, integer.ValueCount);
                var y = integer.Min + random.Next(0, integer.ValueCount);
                bounds.Add(new HyperRectangleBound(issue, Math.Min(x, y), Math.Max(x, y)));
            }

            rectangles.Add(new HyperRectangle(random.NextDouble() * 100, random.Next(2) == 0 ? 1 : random.NextDouble() * 2, [.. bounds]));
        }

        return new HyperRectangleUtilityFunction(space, rectangles, 1 + (random.NextDouble() * 200));
    }

    /// <summary>A number in (−scale, scale) with all 53 bits used.</summary>
    private static double Number(Random random, double scale) => ((random.NextDouble() * 2) - 1) * scale;

    private sealed class Flat(OutcomeSpace space) : IUtilityFunction
    {
        public OutcomeSpace Space { get; } = space;

        public double Utility(ReadOnlySpan<int> valueIndices) => 0.5;

        public void Evaluate(long firstIndex, Span<double> destination) => destination.Fill(0.5);
    }
}
