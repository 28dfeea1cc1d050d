using System.Globalization;

namespace Parley.BurdenSharing;

/// <summary>
/// prior × (1 + ROK defense-budget growth of year − lag + adjustment): the 11th SMA's indexation (lag 1), its 2021
/// first year (2020 growth + 6.5 points for labor costs), and the 10th SMA's one year (equal to 2019's growth, lag 0).
/// </summary>
/// <param name="LagYears">Which year's defense-budget growth is applied: 1 means the prior year's.</param>
/// <param name="AdjustmentPoints">Percentage points added to the growth (the 2021 labor-cost adjustment).</param>
/// <param name="AdjustmentLabel">What the adjustment is for.</param>
public sealed record DefenseBudgetRule(int LagYears, decimal AdjustmentPoints = 0, string? AdjustmentLabel = null) : EscalationRule
{
    /// <inheritdoc />
    public override string Formula =>
        $"prior × (1 + ROK defense-budget growth {LagText(LagYears)}"
        + (AdjustmentPoints == 0
            ? ")"
            : string.Create(CultureInfo.InvariantCulture, $" + {AdjustmentPoints:0.0##} points{(AdjustmentLabel is null ? string.Empty : $" {AdjustmentLabel}")})"));

    /// <inheritdoc />
    public override EscalationStep Apply(int year, decimal prior, EscalationInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var budgetYear = year - LagYears;
        if (inputs.DefenseBudgetGrowth[budgetYear] is not { } growth)
        {
            return EscalationStep.Unavailable($"no defense-budget growth for {budgetYear} in the inputs");
        }

        var explanation = string.Create(CultureInfo.InvariantCulture, $"defense-budget growth of {budgetYear}: {growth.Describe()}")
            + (AdjustmentPoints == 0
                ? string.Empty
                : string.Create(CultureInfo.InvariantCulture, $" + {AdjustmentPoints:0.0##} points{(AdjustmentLabel is null ? string.Empty : $" {AdjustmentLabel}")}"));
        return EscalationStep.Computed(prior, growth.Percent + AdjustmentPoints, [growth], explanation);
    }
}
