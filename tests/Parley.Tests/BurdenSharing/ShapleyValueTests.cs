using CsCheck;
using Parley.BurdenSharing;

namespace Parley.Tests.BurdenSharing;

public sealed class ShapleyValueTests
{
    /// <summary>A random game: n players and a cost per non-empty coalition.</summary>
    private static readonly Gen<(int N, double[] Costs)> AnyGame =
        from n in Gen.Int[1, 6]
        from costs in Gen.Double[0, 1000].Array[1 << n]
        select (n, costs);

    private static CostGame Game(int n, Func<int, double> cost) =>
        CostGame.Create([.. Enumerable.Range(0, n).Select(i => $"p{i}")], cost, "random");

    [Fact]
    public void Compute_RandomGames_AreEfficient()
    {
        AnyGame.Sample(g =>
        {
            var game = Game(g.N, mask => g.Costs[mask]);

            Assert.Equal(game.GrandCoalitionCost, ShapleyValue.Compute(game).Sum(), 1e-9 * Math.Max(1, game.GrandCoalitionCost));
        });
    }

    [Fact]
    public void Compute_RandomGames_SymmetricPlayersPayTheSame()
    {
        AnyGame.Where(g => g.N >= 2).Sample(g =>
        {
            // Players 0 and 1 are made symmetric: a coalition with 1 but not 0 costs what the same coalition with 0 instead costs.
            static int Canonical(int mask) => (mask & 3) == 2 ? mask ^ 3 : mask;
            var game = Game(g.N, mask => g.Costs[Canonical(mask)]);

            var phi = ShapleyValue.Compute(game);

            Assert.Equal(phi[0], phi[1], 1e-9);
        });
    }

    [Fact]
    public void Compute_RandomGames_NullPlayerPaysNothing()
    {
        AnyGame.Where(g => g.N >= 2).Sample(g =>
        {
            // The last player adds no cost to any coalition (c({last}) = c(∅) = 0).
            var last = 1 << (g.N - 1);
            var game = Game(g.N, mask => (mask & ~last) == 0 ? 0 : g.Costs[mask & ~last]);

            Assert.Equal(0, ShapleyValue.Compute(game)[g.N - 1], 1e-9);
        });
    }

    [Fact]
    public void Compute_TwentyPlayers_IsExactAndFast()
    {
        var costs = Enumerable.Range(1, CostGame.MaxPlayers).Select(i => (double)i).ToArray();
        var game = CostGame.MaxStandAlone([.. costs.Select(c => $"p{c}")], costs);

        var phi = ShapleyValue.Compute(game);

        // Airport game with costs 1..20: the player of cost k pays Σ_{j ≤ k} 1 / (21 − j).
        for (var k = 1; k <= 20; k++)
        {
            Assert.Equal(Enumerable.Range(1, k).Sum(j => 1.0 / (21 - j)), phi[k - 1], 1e-9);
        }
    }
}
