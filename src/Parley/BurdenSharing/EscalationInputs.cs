namespace Parley.BurdenSharing;

/// <summary>The yearly series that escalation rules read.</summary>
/// <param name="ConsumerPrices">ROK consumer-price inflation, percent a year.</param>
/// <param name="DefenseBudgetGrowth">Growth of the ROK defense budget (main budget), percent a year.</param>
/// <param name="GdpDeflator">Growth of the ROK GDP deflator, percent a year (5th SMA).</param>
/// <param name="RealGdpGrowth">ROK real GDP growth, percent a year (4th SMA).</param>
public sealed record EscalationInputs(
    IndexSeries ConsumerPrices,
    IndexSeries DefenseBudgetGrowth,
    IndexSeries GdpDeflator,
    IndexSeries RealGdpGrowth)
{
    /// <summary>The sourced historical inputs of <see cref="SmaData"/>, with no projection.</summary>
    public static EscalationInputs Historical { get; } = new(
        SmaData.ConsumerPrices, SmaData.DefenseBudgetGrowth, SmaData.GdpDeflator, SmaData.RealGdpGrowth);

    /// <summary>A copy whose CPI series also holds the values of a projection.</summary>
    public EscalationInputs WithProjection(CpiProjection projection)
    {
        ArgumentNullException.ThrowIfNull(projection);
        return this with { ConsumerPrices = ConsumerPrices.With(projection.Values) };
    }
}
