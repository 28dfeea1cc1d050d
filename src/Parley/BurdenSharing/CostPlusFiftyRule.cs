using System.Globalization;

namespace Parley.BurdenSharing;

/// <summary>
/// "Cost plus 50": each host's bill = stationing cost × (1 + markup), markup 0.5 by default, optionally minus what the host
/// already pays (floored at 0). The 2019 White House draft demand (research notes §0).
/// </summary>
/// <param name="markup">The markup on the stationing cost: 0.5 is "plus 50 %".</param>
/// <param name="netOfHostPayments">Whether the bill is net of what the host already pays (column host_pays).</param>
public sealed class CostPlusFiftyRule(double markup = 0.5, bool netOfHostPayments = false) : ICostAllocationRule
{
    /// <summary>The markup on the stationing cost.</summary>
    public double Markup { get; } = markup >= 0 && double.IsFinite(markup)
        ? markup
        : throw new ArgumentOutOfRangeException(nameof(markup), markup, "The markup must be a finite number ≥ 0.");

    /// <summary>Whether bills are net of what the hosts already pay.</summary>
    public bool NetOfHostPayments { get; } = netOfHostPayments;

    /// <inheritdoc />
    public string Name => "cost-plus-50";

    /// <inheritdoc />
    public string Formula => string.Create(CultureInfo.InvariantCulture, $"bill_i = stationing cost_i × {1 + Markup:0.###}")
        + (NetOfHostPayments ? " − what host i already pays (at least 0)" : string.Empty);

    /// <inheritdoc />
    public CostAllocation Allocate(CostSharingProblem problem, double? commonCost = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        AllocationText.RejectCommonCost(commonCost, Name, "each host's bill follows from its own stationing cost");
        if (problem.Allies.IsDefaultOrEmpty)
        {
            throw new CostSharingInputException("there are no hosts to bill", problem.File);
        }

        var notes = new List<string>();
        var bills = new double[problem.Allies.Length];
        var details = new string[bills.Length];
        var factor = 1 + Markup;
        for (var i = 0; i < bills.Length; i++)
        {
            var ally = problem.Allies[i];
            var cost = NonNegative(problem, ally, problem.Require(ally, ally.StationingCost, "stationing_cost", Name), "stationing_cost");
            var gross = cost * factor;
            details[i] = string.Create(CultureInfo.InvariantCulture, $"{AllocationText.Number(cost)} × {factor:0.###}");
            bills[i] = gross;
            if (NetOfHostPayments)
            {
                var pays = NonNegative(problem, ally, problem.Require(ally, ally.HostPays, "host_pays", Name), "host_pays");
                bills[i] = Math.Max(0, gross - pays);
                details[i] += $" − {AllocationText.Number(pays)}";
                if (pays > gross)
                {
                    notes.Add($"{ally.Name} already pays more than the bill; its net bill is 0.");
                }
            }
        }

        var total = bills.Sum();
        var allocations = problem.Allies.Select((ally, i) =>
            new AllyAllocation(ally.Name, total > 0 ? bills[i] / total : 0, bills[i], ally.StationingCost, details[i]));
        return new CostAllocation(Name, Formula, total, [.. allocations], [.. notes]);
    }

    private static double NonNegative(CostSharingProblem problem, Ally ally, double value, string column) =>
        value >= 0 && double.IsFinite(value)
            ? value
            : throw new CostSharingInputException(
                string.Create(CultureInfo.InvariantCulture, $"{ally.Name}'s {column} must be a finite number ≥ 0 (got {value})"), problem.File, ally.Line, field: column);
}
