using System.Collections.Immutable;
using Parley.Scenarios;

namespace Parley.Analysis;

/// <summary>
/// The "outcome cloud" for plots: utility vectors of every outcome when the space has at most K, else of a seeded
/// uniform sample of K distinct outcomes; in outcome order.
/// </summary>
internal static class OutcomeCloud
{
    /// <summary>The cloud's seed, derived from the analysis seed so the cloud and an analysis sample are independent draws.</summary>
    public static int DeriveSeed(int seed) => unchecked((int)(((uint)seed * 2654435761u) ^ 0x5BD1E995u));

    /// <summary>
    /// Builds the cloud of <paramref name="size"/> outcomes (0: none). <paramref name="wholeSpaceColumns"/>, when given,
    /// are utility columns by dense index and are read instead of evaluating again.
    /// </summary>
    public static ImmutableArray<ImmutableArray<double>> Build(
        Scenario scenario, int size, int seed, double[][]? wholeSpaceColumns, int maxDegreeOfParallelism)
    {
        if (size == 0)
        {
            return [];
        }

        var space = scenario.Space;
        var k = scenario.Parties.Length;
        double[][] columns;
        if (space.IsIndexable)
        {
            var indices = OutcomeSampler.SampleIndices(space.Count, size, seed);
            columns = new double[k][];
            for (var j = 0; j < k; j++)
            {
                if (wholeSpaceColumns is null)
                {
                    columns[j] = OutcomeEvaluation.Evaluate(scenario.Parties[j].Utility, indices, maxDegreeOfParallelism);
                }
                else
                {
                    var whole = wholeSpaceColumns[j];
                    columns[j] = [.. indices.Select(i => whole[i])];
                }
            }
        }
        else
        {
            var outcomes = OutcomeSampler.SampleOutcomes(space, size, seed);
            columns = [.. scenario.Parties.Select(p => OutcomeEvaluation.Evaluate(p.Utility, outcomes, maxDegreeOfParallelism))];
        }

        var points = ImmutableArray.CreateBuilder<ImmutableArray<double>>(columns[0].Length);
        for (var i = 0; i < columns[0].Length; i++)
        {
            var vector = new double[k];
            for (var j = 0; j < k; j++)
            {
                vector[j] = columns[j][i];
            }

            points.Add(ImmutableArray.Create(vector));
        }

        return points.MoveToImmutable();
    }
}
