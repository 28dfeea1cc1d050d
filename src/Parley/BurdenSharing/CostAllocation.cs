using System.Collections.Immutable;

namespace Parley.BurdenSharing;

/// <summary>The result of a cost-allocation rule: each ally's share and amount, the rule's formula and notes.</summary>
/// <param name="Rule">The rule's name (<c>gni</c>, <c>nato-cap</c>, <c>equal</c>, <c>shapley</c>, <c>cost-plus-50</c>).</param>
/// <param name="Formula">The rule as a formula.</param>
/// <param name="Total">The total allocated; <see langword="null"/> when only shares were asked for.</param>
/// <param name="Allocations">One entry per ally, in input order.</param>
/// <param name="Notes">What a reader should know about this result (a binding cap, opt-outs, the cost game used).</param>
public sealed record CostAllocation(string Rule, string Formula, double? Total, ImmutableArray<AllyAllocation> Allocations, ImmutableArray<string> Notes);
