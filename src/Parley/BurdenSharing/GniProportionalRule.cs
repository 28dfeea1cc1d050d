namespace Parley.BurdenSharing;

/// <summary>share_i = GNI_i / Σ GNI: NATO's basis for common funding (before the 2021–2024 cap).</summary>
public sealed class GniProportionalRule : ICostAllocationRule
{
    /// <inheritdoc />
    public string Name => "gni";

    /// <inheritdoc />
    public string Formula => "share_i = GNI_i / Σ_j GNI_j; amount_i = share_i × C";

    /// <inheritdoc />
    public CostAllocation Allocate(CostSharingProblem problem, double? commonCost = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        AllocationText.CheckCommonCost(commonCost, Name);
        var gni = AllocationText.PositiveWeights(problem, Name);
        var total = gni.Sum();
        var allocations = problem.Allies.Select((ally, i) =>
        {
            var share = gni[i] / total;
            return new AllyAllocation(
                ally.Name, share, AllocationText.Times(share, commonCost), gni[i],
                $"GNI {AllocationText.Number(gni[i])} / {AllocationText.Number(total)}");
        });
        return new CostAllocation(Name, Formula, commonCost, [.. allocations], []);
    }
}
