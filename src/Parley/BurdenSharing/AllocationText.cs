using System.Globalization;

namespace Parley.BurdenSharing;

/// <summary>Number formats for the details of allocations (invariant culture).</summary>
internal static class AllocationText
{
    public static string Percent(double fraction) => (fraction * 100).ToString("0.####", CultureInfo.InvariantCulture) + " %";

    public static string Number(double value) =>
        Math.Abs(value) >= 1e6 && Math.Abs(value) < 1e18 ? value.ToString("N0", CultureInfo.InvariantCulture) : value.ToString("G6", CultureInfo.InvariantCulture);

    public static double? Times(double share, double? total) => total is { } t ? share * t : null;

    public static void CheckCommonCost(double? commonCost, string rule)
    {
        if (commonCost is { } cost && (!double.IsFinite(cost) || cost < 0))
        {
            throw new CostSharingInputException(string.Create(CultureInfo.InvariantCulture, $"the common cost for {rule} must be a finite number ≥ 0 (got {cost})"));
        }
    }

    public static void RejectCommonCost(double? commonCost, string rule, string why)
    {
        if (commonCost is not null)
        {
            throw new CostSharingInputException($"the {rule} rule does not divide a given common cost: {why}");
        }
    }

    public static double[] PositiveWeights(CostSharingProblem problem, string rule)
    {
        if (problem.Allies.IsDefaultOrEmpty)
        {
            throw new CostSharingInputException("there are no allies to share the cost", problem.File);
        }

        var weights = new double[problem.Allies.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            var ally = problem.Allies[i];
            weights[i] = problem.Require(ally, ally.Gni, "gni", rule);
            if (!(weights[i] > 0) || !double.IsFinite(weights[i]))
            {
                throw new CostSharingInputException(
                    string.Create(CultureInfo.InvariantCulture, $"{ally.Name}'s gni must be a finite number > 0 (got {weights[i]})"), problem.File, ally.Line, field: "gni");
            }
        }

        return weights;
    }
}
