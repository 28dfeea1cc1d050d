using System.Collections.Immutable;
using System.Globalization;

namespace Parley.BurdenSharing;

/// <summary>
/// A cost game: the cost c(S) of every coalition S of the players, c(∅) = 0. A coalition is a bit mask (bit i is
/// player i). Exact for at most <see cref="MaxPlayers"/> players, since every one of the 2^n coalitions is stored.
/// </summary>
public sealed class CostGame
{
    /// <summary>The most players a game may have: 2^20 coalitions (8 MiB of costs; the Shapley value takes n·2^n steps).</summary>
    public const int MaxPlayers = 20;

    private readonly double[] costs;

    private CostGame(ImmutableArray<string> players, double[] costs, string description)
    {
        Players = players;
        this.costs = costs;
        Description = description;
    }

    /// <summary>The players, in input order.</summary>
    public ImmutableArray<string> Players { get; }

    /// <summary>How the costs were made, for people.</summary>
    public string Description { get; }

    /// <summary>The cost of the grand coalition, c(N): what the allies share.</summary>
    public double GrandCoalitionCost => costs[^1];

    /// <summary>The cost of a coalition (a bit mask of players).</summary>
    public double Cost(int coalition) => costs[coalition];

    /// <summary>Creates a game from a cost function over coalitions.</summary>
    /// <exception cref="CostSharingInputException">No players, more than <see cref="MaxPlayers"/>, duplicate names, or a cost that is negative or not finite.</exception>
    public static CostGame Create(IReadOnlyList<string> players, Func<int, double> cost, string description)
    {
        ArgumentNullException.ThrowIfNull(players);
        ArgumentNullException.ThrowIfNull(cost);
        CheckPlayers(players);
        var table = new double[1 << players.Count];
        for (var coalition = 1; coalition < table.Length; coalition++)
        {
            var value = cost(coalition);
            if (!double.IsFinite(value) || value < 0)
            {
                throw new CostSharingInputException(string.Create(
                    CultureInfo.InvariantCulture, $"the cost of {{{string.Join(", ", Members(players, coalition))}}} must be a finite number ≥ 0 (got {value})"));
            }

            table[coalition] = value;
        }

        return new CostGame([.. players], table, description);
    }

    /// <summary>c(S) = max over i in S of c({i}): a shared facility sized for its most demanding member (the "airport game").</summary>
    public static CostGame MaxStandAlone(IReadOnlyList<string> players, IReadOnlyList<double> standAloneCosts)
    {
        ArgumentNullException.ThrowIfNull(standAloneCosts);
        CheckLengths(players, standAloneCosts);
        return Create(players, coalition => Fold(coalition, standAloneCosts, 0.0, Math.Max), "c(S) = max of the stand-alone costs c({i}) in S");
    }

    /// <summary>
    /// c(S) = (Σ over i in S of c({i})) · |S|^(e − 1): the sum of the stand-alone costs with economies of scale; e = 1 is
    /// no saving (the sum), smaller e saves more as coalitions grow. Subadditive for 0 &lt; e ≤ 1.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="exponent"/> is not in (0, 1].</exception>
    public static CostGame EconomiesOfScale(IReadOnlyList<string> players, IReadOnlyList<double> standAloneCosts, double exponent)
    {
        ArgumentNullException.ThrowIfNull(standAloneCosts);
        if (!(exponent > 0 && exponent <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(exponent), exponent, "The scale exponent must be in (0, 1].");
        }

        CheckLengths(players, standAloneCosts);
        return Create(
            players,
            coalition => Fold(coalition, standAloneCosts, 0.0, (a, b) => a + b) * Math.Pow(int.PopCount(coalition), exponent - 1),
            string.Create(CultureInfo.InvariantCulture, $"c(S) = (sum of the stand-alone costs c({{i}}) in S) · |S|^({exponent:0.###} − 1)"));
    }

    /// <summary>The names of a coalition's members.</summary>
    public IEnumerable<string> MembersOf(int coalition) => Members(Players, coalition);

    private static IEnumerable<string> Members(IReadOnlyList<string> players, int coalition) =>
        Enumerable.Range(0, players.Count).Where(i => (coalition & (1 << i)) != 0).Select(i => players[i]);

    private static double Fold(int coalition, IReadOnlyList<double> values, double seed, Func<double, double, double> combine)
    {
        var result = seed;
        for (var i = 0; i < values.Count; i++)
        {
            if ((coalition & (1 << i)) != 0)
            {
                result = combine(result, values[i]);
            }
        }

        return result;
    }

    private static void CheckPlayers(IReadOnlyList<string> players)
    {
        if (players.Count == 0)
        {
            throw new CostSharingInputException("a cost game needs at least one player");
        }

        if (players.Count > MaxPlayers)
        {
            throw new CostSharingInputException(
                $"the exact Shapley value enumerates all 2^n coalitions, so Parley allows at most {MaxPlayers} players (got {players.Count})");
        }

        var duplicate = players.GroupBy(p => p, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new CostSharingInputException($"the player '{duplicate.Key}' appears twice");
        }
    }

    private static void CheckLengths(IReadOnlyList<string> players, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(players);
        if (players.Count != values.Count)
        {
            throw new ArgumentException($"{players.Count} players but {values.Count} stand-alone costs.", nameof(values));
        }
    }
}
