using Parley.Outcomes;
using Parley.Preferences;

namespace Parley.Analysis;

/// <summary>Evaluates a utility function on a list of outcomes (a sample or a cloud), in parallel chunks.</summary>
internal static class OutcomeEvaluation
{
    /// <summary>Utilities of the outcomes with the given dense indices, in parallel.</summary>
    public static double[] Evaluate(IUtilityFunction utility, long[] indices, int maxDegreeOfParallelism)
    {
        var space = utility.Space;
        var column = new double[indices.Length];
        ChunkedParallel.For(
            indices.Length,
            maxDegreeOfParallelism,
            (_, start, end) =>
            {
                var values = new int[space.IssueCount];
                for (var i = start; i < end; i++)
                {
                    space.Decode(indices[i], values);
                    column[i] = utility.Utility(values);
                }
            });
        return column;
    }

    /// <summary>Utilities of the given outcomes, in parallel.</summary>
    public static double[] Evaluate(IUtilityFunction utility, Outcome[] outcomes, int maxDegreeOfParallelism)
    {
        var column = new double[outcomes.Length];
        ChunkedParallel.For(
            outcomes.Length,
            maxDegreeOfParallelism,
            (_, start, end) =>
            {
                for (var i = start; i < end; i++)
                {
                    column[i] = utility.Utility(outcomes[i].ValueIndices);
                }
            });
        return column;
    }
}
