using System.Globalization;

namespace Parley.BurdenSharing;

/// <summary>
/// prior × (1 + min(CPI of year − lag, cap)): CPI indexation with an optional cap on the growth (the 7th–9th SMAs and the
/// 12th SMA's 2027–2030). Only the growth is capped; a negative CPI change lowers the amount (the sources name no floor).
/// </summary>
/// <param name="LagYears">Which year's CPI change is applied: 2 means the CPI of two years before (전전년도).</param>
/// <param name="CapPercent">The largest growth allowed, in percent; <see langword="null"/> for no cap.</param>
public sealed record ConsumerPriceRule(int LagYears, decimal? CapPercent) : EscalationRule
{
    /// <inheritdoc />
    public override string Formula =>
        $"prior × (1 + CPI change {LagText(LagYears)})"
        + (CapPercent is { } cap ? string.Create(CultureInfo.InvariantCulture, $", growth capped at {cap:0.##} %") : string.Empty);

    /// <inheritdoc />
    public override EscalationStep Apply(int year, decimal prior, EscalationInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var cpiYear = year - LagYears;
        if (inputs.ConsumerPrices[cpiYear] is not { } cpi)
        {
            return EscalationStep.Unavailable($"no CPI change for {cpiYear} in the inputs");
        }

        var binding = CapPercent is { } cap && cpi.Percent > cap;
        var growth = binding ? CapPercent!.Value : cpi.Percent;
        var explanation = string.Create(CultureInfo.InvariantCulture, $"CPI change of {cpiYear}: {cpi.Describe()}")
            + (binding ? string.Create(CultureInfo.InvariantCulture, $", capped at {growth:0.##} %") : string.Empty);
        return EscalationStep.Computed(prior, growth, [cpi], explanation, binding);
    }
}
