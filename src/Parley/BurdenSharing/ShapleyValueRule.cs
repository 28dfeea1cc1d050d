using System.Globalization;

namespace Parley.BurdenSharing;

/// <summary>
/// The Shapley value of a cost game: each ally pays its average marginal cost over all orders in which the alliance
/// could have formed. The game is the input's coalition costs when it gave them, else a standard game built from the
/// stand-alone costs (<see cref="StandardCostFunction"/>). Exact, for at most <see cref="CostGame.MaxPlayers"/> allies.
/// </summary>
/// <param name="function">The standard game used when the input gives no coalition costs.</param>
/// <param name="scaleExponent">The exponent e of <see cref="StandardCostFunction.EconomiesOfScale"/>, in (0, 1].</param>
public sealed class ShapleyValueRule(StandardCostFunction function = StandardCostFunction.MaxStandAlone, double scaleExponent = ShapleyValueRule.DefaultScaleExponent)
    : ICostAllocationRule
{
    /// <summary>The default exponent of the economies-of-scale game.</summary>
    public const double DefaultScaleExponent = 0.8;

    /// <summary>The standard game used when the input gives no coalition costs.</summary>
    public StandardCostFunction Function { get; } = function;

    /// <summary>The exponent of the economies-of-scale game.</summary>
    public double ScaleExponent { get; } = scaleExponent;

    /// <inheritdoc />
    public string Name => "shapley";

    /// <inheritdoc />
    public string Formula => "φ_i = Σ over S ⊆ N∖{i} of |S|!(n−|S|−1)!/n! · (c(S ∪ {i}) − c(S)); Σ φ_i = c(N)";

    /// <summary>The game the rule divides for this input.</summary>
    public CostGame GameFor(CostSharingProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (problem.Game is not null)
        {
            return problem.Game;
        }

        if (problem.Allies.IsDefaultOrEmpty)
        {
            throw new CostSharingInputException("there are no allies to share the cost", problem.File);
        }

        if (problem.Allies.FirstOrDefault(a => a.Members != 1) is { } combined)
        {
            throw new CostSharingInputException(
                $"{combined.Name} stands for {combined.Members} allies; the Shapley value needs one row per ally", problem.File, combined.Line, field: "members");
        }

        if (problem.Allies.Length > CostGame.MaxPlayers)
        {
            throw new CostSharingInputException(
                $"the exact Shapley value enumerates all 2^n coalitions, so Parley allows at most {CostGame.MaxPlayers} allies (got {problem.Allies.Length})", problem.File);
        }

        var names = problem.Allies.Select(a => a.Name).ToArray();
        var costs = problem.Allies.Select(a => problem.Require(a, a.StandAloneCost, "stand_alone_cost", Name)).ToArray();
        return Function switch
        {
            StandardCostFunction.MaxStandAlone => CostGame.MaxStandAlone(names, costs),
            StandardCostFunction.EconomiesOfScale => CostGame.EconomiesOfScale(names, costs, ScaleExponent),
            _ => throw new ArgumentOutOfRangeException(nameof(problem), Function, "Unknown cost function."),
        };
    }

    /// <inheritdoc />
    public CostAllocation Allocate(CostSharingProblem problem, double? commonCost = null)
    {
        AllocationText.RejectCommonCost(commonCost, Name, "it divides the grand coalition's cost c(N) of the game");
        var game = GameFor(problem);
        var phi = ShapleyValue.Compute(game);
        var total = game.GrandCoalitionCost;
        var allocations = game.Players.Select((name, i) => new AllyAllocation(
            name,
            total > 0 ? phi[i] / total : 0,
            phi[i],
            game.Cost(1 << i),
            string.Create(CultureInfo.InvariantCulture, $"stand-alone c({{{name}}}) = {AllocationText.Number(game.Cost(1 << i))}; saves {AllocationText.Number(game.Cost(1 << i) - phi[i])}")));
        return new CostAllocation(
            Name, Formula, total, [.. allocations],
            [$"Cost game: {game.Description}; c(N) = {AllocationText.Number(total)} for {game.Players.Length} allies."]);
    }
}
