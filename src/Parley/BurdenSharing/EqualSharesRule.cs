namespace Parley.BurdenSharing;

/// <summary>share_i = members_i / n: every ally pays the same (a row standing for several allies pays for each).</summary>
public sealed class EqualSharesRule : ICostAllocationRule
{
    /// <inheritdoc />
    public string Name => "equal";

    /// <inheritdoc />
    public string Formula => "share_i = 1 / n (a row that stands for m allies: m / n); amount_i = share_i × C";

    /// <inheritdoc />
    public CostAllocation Allocate(CostSharingProblem problem, double? commonCost = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        AllocationText.CheckCommonCost(commonCost, Name);
        if (problem.Allies.IsDefaultOrEmpty)
        {
            throw new CostSharingInputException("there are no allies to share the cost", problem.File);
        }

        var n = problem.AllyCount;
        var allocations = problem.Allies.Select(ally =>
        {
            var share = (double)ally.Members / n;
            return new AllyAllocation(
                ally.Name, share, AllocationText.Times(share, commonCost), null, ally.Members == 1 ? $"1 / {n}" : $"{ally.Members} allies / {n}");
        });
        return new CostAllocation(Name, Formula, commonCost, [.. allocations], []);
    }
}
