using CsCheck;
using Parley.Analysis;

namespace Parley.Tests.Analysis;

public sealed class ParetoFrontierTests
{
    public static TheoryData<int, int, int> LargeCases => new()
    {
        // parties, grid (values are multiples of 1/grid, so small grids tie a lot), seed
        { 2, 8, 1 }, { 2, 50, 2 }, { 2, 1_000_000, 3 },
        { 3, 6, 4 }, { 3, 40, 5 }, { 3, 1_000_000, 6 },
        { 4, 5, 7 }, { 4, 1_000_000, 8 }, { 5, 10, 9 },
    };

    [Theory]
    [MemberData(nameof(LargeCases))]
    public void Compute_LargeInputWithTies_MatchesQuadraticOracle(int parties, int grid, int seed)
    {
        // 6,000 items: above the small-input threshold, so the pre-filters run. Half the items are near an opposed
        // plane (a big frontier), half uniform; duplicates are common on small grids.
        var random = new Random(seed);
        const int n = 6_000;
        var columns = new double[parties][];
        for (var j = 0; j < parties; j++)
        {
            columns[j] = new double[n];
        }

        for (var i = 0; i < n; i++)
        {
            var opposed = i % 2 == 0;
            double rest = 1;
            for (var j = 0; j < parties; j++)
            {
                var x = opposed ? (j == parties - 1 ? rest : rest * random.NextDouble()) : random.NextDouble();
                rest -= opposed && j < parties - 1 ? x : 0;
                columns[j][i] = Math.Round(x * grid) / grid;
            }
        }

        Assert.Equal(Oracle(columns), ParetoFrontier.Compute(columns));
        Assert.Equal(Oracle(columns), ParetoFrontier.Compute(columns, maxDegreeOfParallelism: 1));
    }

    [Fact]
    public void Compute_RandomSmallColumns_MatchesQuadraticOracle() =>
        (from parties in Gen.Int[2, 5]
         from n in Gen.Int[0, 60]
         from values in Gen.OneOf(0.0, -0.0, 0.25, 0.5, 0.75, 1.0, -1.0).Array[n].Array[parties]
         select values)
        .Sample(columns => Assert.Equal(Oracle(columns), ParetoFrontier.Compute(columns)), iter: 500);

    [Theory]
    [InlineData(8, 11)]
    [InlineData(12, 12)]
    public void Compute_ManyPartiesWithCopiedPreferences_MatchesQuadraticOracle(int parties, int seed)
    {
        // SON-like: many parties, several of them exact copies of another's preferences, and a large frontier, so the
        // window is big enough for the parallel blocks and the region groups to matter.
        var random = new Random(seed);
        const int n = 5_000;
        var distinct = Math.Max(2, parties / 2);
        var originals = new double[distinct][];
        for (var j = 0; j < distinct; j++)
        {
            originals[j] = new double[n];
        }

        for (var i = 0; i < n; i++)
        {
            var norm = 0.0;
            for (var j = 0; j < distinct; j++)
            {
                originals[j][i] = Math.Round(random.NextDouble() * 64) / 64;
                norm += originals[j][i];
            }

            for (var j = 0; j < distinct && i % 3 != 0; j++)
            {
                originals[j][i] /= Math.Max(norm, 1e-9);
            }
        }

        var columns = Enumerable.Range(0, parties).Select(j => j < distinct ? originals[j] : (double[])originals[(j * 7) % distinct].Clone()).ToArray();

        Assert.Equal(Oracle(columns), ParetoFrontier.Compute(columns));
        Assert.Equal(Oracle(columns), ParetoFrontier.Compute(columns, maxDegreeOfParallelism: 1));
    }

    [Fact]
    public void Compute_AllPartiesAlike_KeepsEveryMaximiserInItemOrder()
    {
        double[] utilities = [0.2, 0.9, 0.4, 0.9, 0.9, 0.1];

        Assert.Equal([1, 3, 4], ParetoFrontier.Compute([utilities, (double[])utilities.Clone(), utilities]));
    }

    [Fact]
    public void Compute_IdenticalVectors_AllKept()
    {
        double[][] columns = [[0.5, 0.5, 0.2, 0.5], [0.5, 0.5, 0.9, 0.5]];

        Assert.Equal([0, 1, 3, 2], ParetoFrontier.Compute(columns));
    }

    [Fact]
    public void Compute_NonFiniteUtility_ThrowsNamingPartyAndItem()
    {
        double[][] columns = [[0.1, 0.2, 0.3], [0.1, double.NaN, 0.3]];

        var error = Assert.Throws<ArgumentException>(() => ParetoFrontier.Compute(columns));

        Assert.Contains("Party 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("item 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_OneColumn_Throws() =>
        Assert.Throws<ArgumentException>(() => ParetoFrontier.Compute([[0.1]]));

    /// <summary>O(n²): an item is on the frontier iff nothing dominates it; ordered by utilities descending, then item.</summary>
    private static int[] Oracle(double[][] columns)
    {
        var n = columns[0].Length;
        var vectors = Enumerable.Range(0, n).Select(i => columns.Select(c => c[i]).ToArray()).ToArray();
        var frontier = new List<int>();
        for (var i = 0; i < n; i++)
        {
            var dominated = false;
            for (var q = 0; q < n && !dominated; q++)
            {
                dominated = BruteForceOracle.Dominates(vectors[q], vectors[i]);
            }

            if (!dominated)
            {
                frontier.Add(i);
            }
        }

        frontier.Sort((x, y) =>
        {
            for (var j = 0; j < columns.Length; j++)
            {
                if (vectors[x][j] != vectors[y][j])
                {
                    return vectors[x][j] > vectors[y][j] ? -1 : 1;
                }
            }

            return x.CompareTo(y);
        });
        return [.. frontier];
    }
}
