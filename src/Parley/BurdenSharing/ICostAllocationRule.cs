namespace Parley.BurdenSharing;

/// <summary>A rule that divides a common cost among allies.</summary>
public interface ICostAllocationRule
{
    /// <summary>The rule's command-line name (<c>gni</c>, <c>nato-cap</c>, …).</summary>
    string Name { get; }

    /// <summary>The rule as a formula.</summary>
    string Formula { get; }

    /// <summary>Divides the cost. <paramref name="commonCost"/> is the cost shared, when the rule divides a given total.</summary>
    /// <exception cref="CostSharingInputException">The input lacks what the rule needs, or cannot be divided by it.</exception>
    CostAllocation Allocate(CostSharingProblem problem, double? commonCost = null);
}
