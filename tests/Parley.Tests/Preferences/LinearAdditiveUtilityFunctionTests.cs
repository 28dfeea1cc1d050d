using CsCheck;
using Parley.Outcomes;
using Parley.Preferences;

namespace Parley.Tests.Preferences;

public sealed class LinearAdditiveUtilityFunctionTests
{
    private static OutcomeSpace ColourQuantity() =>
        new([new DiscreteIssue("colour", ["red", "green", "blue"]), new IntegerIssue("quantity", 1, 5)]);

    [Fact]
    public void Utility_DiscreteAndInteger_MatchesHandComputedValue()
    {
        var space = ColourQuantity();
        var utility = new LinearAdditiveUtilityFunction(
            space,
            [0.6, 0.4],
            [
                new DiscreteValueFunction([new("red", 8), new("green", 4), new("blue", 2)]),
                new IntegerLinearValueFunction(1, 5, offset: 0.2, slope: 0.2),
            ]);

        // green = 4/8 = 0.5; quantity 3 → 0.2 + 0.2·(3 − 1) = 0.6.  U = 0.6·0.5 + 0.4·0.6 = 0.54
        Assert.Equal(0.54, utility.Utility([1, 2]), 12);

        // red, quantity 5 → 0.6·1 + 0.4·clip01(1.0) = 1.0
        Assert.Equal(1.0, utility.Utility([0, 4]), 12);
    }

    [Fact]
    public void Utility_WeightsSumAboveOne_IsCappedAtOneLikeGenius()
    {
        var space = new OutcomeSpace([new DiscreteIssue("a", ["x", "y"]), new DiscreteIssue("b", ["x", "y"])]);
        var utility = new LinearAdditiveUtilityFunction(
            space,
            [0.6, 0.5],
            [new DiscreteValueFunction([new("x", 1), new("y", 0.5)]), new DiscreteValueFunction([new("x", 1), new("y", 0.5)])]);

        Assert.Equal(1.0, utility.Utility([0, 0]));        // 1.1 uncapped
        Assert.Equal(0.8, utility.Utility([1, 0]), 12);    // 0.6·0.5 + 0.5·1
        Assert.False(utility.IsPurelyAdditive);
        Assert.Equal(1.1, utility.MaximumUncappedUtility, 12);
    }

    [Fact]
    public void Constructor_DiscreteFunctionMissingAValue_NamesIssueAndValue()
    {
        var space = ColourQuantity();

        var error = Assert.Throws<ArgumentException>(() => new LinearAdditiveUtilityFunction(
            space,
            [0.5, 0.5],
            [new DiscreteValueFunction([new("red", 1), new("blue", 2)]), new IntegerLinearValueFunction(1, 5, 0, 0.25)]));

        Assert.Contains("'colour'", error.Message);
        Assert.Contains("'green'", error.Message);
    }

    [Fact]
    public void Constructor_NegativeWeight_Throws()
    {
        var space = ColourQuantity();
        var error = Assert.Throws<ArgumentException>(() => new LinearAdditiveUtilityFunction(
            space,
            [-0.5, 0.5],
            [new DiscreteValueFunction([new("red", 1), new("green", 1), new("blue", 2)]), new IntegerLinearValueFunction(1, 5, 0, 0.25)]));
        Assert.Contains("'colour'", error.Message);
    }

    [Fact]
    public void Evaluate_AnyChunk_IsBitIdenticalToUtility()
    {
        var scenario =
            from radices in Gen.Int[1, 5].Array[1, 5]
            from weights in Gen.Double[0, 0.6].Array[radices.Length]
            from scores in Gen.Int[0, 9].Array[radices.Sum()]
            from start in Gen.Double[0, 1]
            from fraction in Gen.Double[0, 1]
            select (radices, weights, scores, start, fraction);

        scenario.Sample(s =>
        {
            var space = new OutcomeSpace(s.radices.Select((r, i) => (Issue)new DiscreteIssue($"i{i}", Enumerable.Range(0, r).Select(v => $"v{v}"))));
            var offset = 0;
            var functions = new List<ValueFunction>();
            foreach (var r in s.radices)
            {
                functions.Add(new DiscreteValueFunction(Enumerable.Range(0, r).Select(v => new KeyValuePair<string, double>($"v{v}", s.scores[offset + v]))));
                offset += r;
            }

            var utility = new LinearAdditiveUtilityFunction(space, s.weights, functions);
            var first = (long)(s.start * (space.Count - 1));
            var length = (int)Math.Max(1, s.fraction * (space.Count - first));
            var chunk = new double[length];
            utility.Evaluate(first, chunk);

            var values = new int[space.IssueCount];
            for (var k = 0; k < length; k++)
            {
                space.Decode(first + k, values);
                Assert.Equal(BitConverter.DoubleToInt64Bits(utility.Utility(values)), BitConverter.DoubleToInt64Bits(chunk[k]));
            }
        });
    }

    [Fact]
    public void UtilityColumn_Parallel_EqualsSequentialEvaluation()
    {
        var random = new Random(3);
        var space = new OutcomeSpace(Enumerable.Range(0, 4).Select(i => new IntegerIssue($"i{i}", 0, 19)));
        var utility = new LinearAdditiveUtilityFunction(
            space,
            [0.1, 0.2, 0.3, 0.4],
            Enumerable.Range(0, 4).Select(_ => new IntegerLinearValueFunction(0, 19, random.NextDouble() * 0.5, random.NextDouble() * 0.05)));

        var parallel = UtilityColumn.Evaluate(utility);
        var sequential = UtilityColumn.Evaluate(utility, maxDegreeOfParallelism: 1);

        Assert.Equal(160_000, parallel.Length);
        Assert.Equal(sequential, parallel);
        Assert.Equal(utility.Utility([19, 0, 7, 3]), parallel[space.IndexOf([19, 0, 7, 3])]);
    }
}
