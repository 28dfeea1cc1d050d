using Parley.Outcomes;

namespace Parley.Analysis;

/// <summary>
/// A computed Pareto frontier in frontier order: the outcomes, their utilities flat (point t, party j at
/// <c>Utilities[t·Parties + j]</c>) and a tie key per point that orders outcomes the way the outcome space does
/// (dense index, or rank of the value-index vector).
/// </summary>
internal sealed class FrontierPoints(Outcome[] outcomes, double[] utilities, long[] tieKeys, int parties)
{
    public Outcome[] Outcomes { get; } = outcomes;

    public double[] Utilities { get; } = utilities;

    public long[] TieKeys { get; } = tieKeys;

    public int Parties { get; } = parties;

    public int Count => Outcomes.Length;

    /// <summary>
    /// Gathers the frontier items of an enumerated or sampled set: <paramref name="items"/> index the columns (in
    /// frontier order), <paramref name="outcomeOf"/> names each item's outcome, and the item number is the tie key
    /// (the items must be numbered in outcome order).
    /// </summary>
    public static FrontierPoints FromColumns(IReadOnlyList<double[]> columns, int[] items, Func<int, Outcome> outcomeOf)
    {
        var k = columns.Count;
        var outcomes = new Outcome[items.Length];
        var utilities = new double[items.Length * k];
        var keys = new long[items.Length];
        for (var t = 0; t < items.Length; t++)
        {
            var item = items[t];
            outcomes[t] = outcomeOf(item);
            keys[t] = item;
            for (var j = 0; j < k; j++)
            {
                utilities[(t * k) + j] = columns[j][item];
            }
        }

        return new FrontierPoints(outcomes, utilities, keys, k);
    }
}
