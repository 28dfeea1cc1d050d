using System.Collections.Immutable;
using System.Globalization;

namespace Parley.BurdenSharing;

/// <summary>
/// NATO 2021–2024 style: GNI shares w_i, then the largest payer L is capped at the next largest payer's share, and the
/// excess is spread over the others in proportion to their GNI shares. Allies that opt out (France in 2019) keep their
/// GNI share. The cap level is the next largest's share after the spreading, so L and the next largest end up equal
/// (as the United States and Germany did at 16.35 %):
/// with O the opt-outs and R the rest, k = (1 − Σ_O w) / (max_R w + Σ_R w), every ally in R pays k·w_i and L pays
/// k·max_R w; when an opt-out is then the next largest (k·max_R w &lt; max_O w), L pays max_O w and
/// k = (1 − Σ_O w − max_O w) / Σ_R w.
/// Rows that stand for several allies are never L nor the next largest; they take their share of the excess.
/// </summary>
public sealed class LargestPayerCapRule : ICostAllocationRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="optOuts">Allies that keep their GNI share (matched by name, ignoring case).</param>
    public LargestPayerCapRule(IEnumerable<string>? optOuts = null)
    {
        OptOuts = [.. (optOuts ?? []).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>The allies that opt out.</summary>
    public ImmutableArray<string> OptOuts { get; }

    /// <inheritdoc />
    public string Name => "nato-cap";

    /// <inheritdoc />
    public string Formula =>
        "GNI shares w_i; the largest payer is capped at the next largest's share and the excess is spread over the others "
        + "(not the opt-outs) in proportion to w_i: k = (1 − Σ_opt-outs w) / (w_next + Σ_others w), share_i = k·w_i, share_largest = k·w_next";

    /// <inheritdoc />
    public CostAllocation Allocate(CostSharingProblem problem, double? commonCost = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        AllocationText.CheckCommonCost(commonCost, Name);
        var gni = AllocationText.PositiveWeights(problem, Name);
        var allies = problem.Allies;
        var total = gni.Sum();
        var w = gni.Select(g => g / total).ToArray();
        var optedOut = OptOutIndexes(problem);

        var singles = Enumerable.Range(0, allies.Length).Where(i => allies[i].Members == 1).OrderByDescending(i => w[i]).ToArray();
        if (singles.Length < 2)
        {
            throw new CostSharingInputException("the cap needs at least two single allies (rows with members = 1)", problem.File);
        }

        var largest = singles[0];
        if (optedOut.Contains(largest))
        {
            throw new CostSharingInputException($"{allies[largest].Name} is the largest payer, whose share is the one capped; it cannot opt out", problem.File, allies[largest].Line);
        }

        if (w[singles[1]] >= w[largest])
        {
            return Uncapped(problem, commonCost, w, gni, $"{allies[largest].Name} and {allies[singles[1]].Name} already pay the same share; nothing to cap.");
        }

        var rest = Enumerable.Range(0, allies.Length).Where(i => i != largest && !optedOut.Contains(i)).ToArray();
        if (rest.Length == 0)
        {
            throw new CostSharingInputException("every ally but the largest opts out; no one is left to take the excess", problem.File);
        }

        var sumOptOut = optedOut.Sum(i => w[i]);
        var sumRest = rest.Sum(i => w[i]);
        var maxRest = rest.Where(i => allies[i].Members == 1).Select(i => w[i]).DefaultIfEmpty(0).Max();
        var maxOptOut = optedOut.Where(i => allies[i].Members == 1).Select(i => w[i]).DefaultIfEmpty(0).Max();

        var k = (1 - sumOptOut) / (maxRest + sumRest);
        var cap = k * maxRest;
        var capAt = "the next largest payer's share after the spreading";
        if (cap < maxOptOut)
        {
            cap = maxOptOut;
            k = (1 - sumOptOut - cap) / sumRest;
            capAt = "the share of the largest ally that opted out";
        }

        var shares = new double[allies.Length];
        var details = new string[allies.Length];
        for (var i = 0; i < allies.Length; i++)
        {
            if (i == largest)
            {
                shares[i] = cap;
                details[i] = $"GNI share {AllocationText.Percent(w[i])} capped at {AllocationText.Percent(cap)}";
            }
            else if (optedOut.Contains(i))
            {
                shares[i] = w[i];
                details[i] = $"GNI share {AllocationText.Percent(w[i])} (opted out: keeps it)";
            }
            else
            {
                shares[i] = k * w[i];
                details[i] = string.Create(CultureInfo.InvariantCulture, $"GNI share {AllocationText.Percent(w[i])} × {k:0.#####}");
            }
        }

        var notes = new List<string>
        {
            $"{allies[largest].Name}'s share falls from {AllocationText.Percent(w[largest])} to {AllocationText.Percent(cap)} ({capAt}); "
                + string.Create(CultureInfo.InvariantCulture, $"the others' GNI shares are multiplied by k = {k:0.#####}."),
        };
        if (!optedOut.IsEmpty)
        {
            notes.Add($"Opted out (keep their GNI share): {string.Join(", ", optedOut.Order().Select(i => allies[i].Name))}.");
        }

        var allocations = allies.Select((ally, i) => new AllyAllocation(ally.Name, shares[i], AllocationText.Times(shares[i], commonCost), gni[i], details[i]));
        return new CostAllocation(Name, Formula, commonCost, [.. allocations], [.. notes]);
    }

    private ImmutableHashSet<int> OptOutIndexes(CostSharingProblem problem)
    {
        var indexes = ImmutableHashSet.CreateBuilder<int>();
        foreach (var name in OptOuts)
        {
            var index = problem.Allies.Select(a => a.Name).ToList().FindIndex(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                throw new CostSharingInputException(
                    $"the opt-out '{name}' is not an ally of the input (allies: {string.Join(", ", problem.Allies.Select(a => a.Name))})", problem.File);
            }

            indexes.Add(index);
        }

        return indexes.ToImmutable();
    }

    private CostAllocation Uncapped(CostSharingProblem problem, double? commonCost, double[] w, double[] gni, string note) =>
        new(Name, Formula, commonCost,
            [.. problem.Allies.Select((ally, i) => new AllyAllocation(ally.Name, w[i], AllocationText.Times(w[i], commonCost), gni[i], $"GNI share {AllocationText.Percent(w[i])}"))],
            [note]);
}
