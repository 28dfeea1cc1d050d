using System.Globalization;

namespace Parley.BurdenSharing;

/// <summary>
/// prior × (1 + real GDP growth + CPI change), both of year − lag: the 4th SMA (1999–2001). The sources do not say which
/// year's rates were used; the default reads the prior year's. Parley's data holds no inputs for it, so those years are
/// published only.
/// </summary>
/// <param name="LagYears">Which year's rates are applied.</param>
public sealed record GdpGrowthPlusInflationRule(int LagYears = 1) : EscalationRule
{
    /// <inheritdoc />
    public override string Formula => $"prior × (1 + real GDP growth + CPI change, {LagText(LagYears)})";

    /// <inheritdoc />
    public override EscalationStep Apply(int year, decimal prior, EscalationInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var inputYear = year - LagYears;
        var gdp = inputs.RealGdpGrowth[inputYear];
        var cpi = inputs.ConsumerPrices[inputYear];
        if (gdp is null || cpi is null)
        {
            return EscalationStep.Unavailable($"no real GDP growth and CPI change for {inputYear} in the inputs");
        }

        var explanation = string.Create(CultureInfo.InvariantCulture, $"real GDP growth of {inputYear}: {gdp.Describe()} + CPI change: {cpi.Describe()}");
        return EscalationStep.Computed(prior, gdp.Percent + cpi.Percent, [gdp, cpi], explanation);
    }
}
