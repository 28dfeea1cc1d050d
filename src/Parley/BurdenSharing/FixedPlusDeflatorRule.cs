using System.Globalization;

namespace Parley.BurdenSharing;

/// <summary>
/// prior × (1 + fixed % + GDP-deflator growth of year − lag): the 5th SMA (2002–2004), 8.8 % plus the deflator of two
/// years before. Parley's data holds no deflator series, so those years are published only.
/// </summary>
/// <param name="FixedPercent">The fixed part of the increase, in percent.</param>
/// <param name="LagYears">Which year's deflator growth is applied.</param>
public sealed record FixedPlusDeflatorRule(decimal FixedPercent = 8.8m, int LagYears = 2) : EscalationRule
{
    /// <inheritdoc />
    public override string Formula =>
        string.Create(CultureInfo.InvariantCulture, $"prior × (1 + {FixedPercent:0.0##} % + GDP-deflator growth {LagText(LagYears)})");

    /// <inheritdoc />
    public override EscalationStep Apply(int year, decimal prior, EscalationInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var deflatorYear = year - LagYears;
        if (inputs.GdpDeflator[deflatorYear] is not { } deflator)
        {
            return EscalationStep.Unavailable($"no GDP-deflator growth for {deflatorYear} in the inputs");
        }

        var explanation = string.Create(CultureInfo.InvariantCulture, $"{FixedPercent:0.0##} % + GDP-deflator growth of {deflatorYear}: {deflator.Describe()}");
        return EscalationStep.Computed(prior, FixedPercent + deflator.Percent, [deflator], explanation);
    }
}
