using System.Globalization;

namespace Parley.BurdenSharing;

/// <summary>prior × (1 + p): a fixed percentage agreed up front (the 3rd SMA's +10 % a year, first-year increases).</summary>
/// <param name="Percent">The increase in percent; negative for a cut.</param>
/// <param name="Basis">What the percentage is, when it matters (<c>negotiated first-year increase</c>).</param>
public sealed record FixedPercentageRule(decimal Percent, string? Basis = null) : EscalationRule
{
    /// <inheritdoc />
    public override string Formula =>
        string.Create(CultureInfo.InvariantCulture, $"prior × (1 {(Percent < 0 ? "−" : "+")} {Math.Abs(Percent):0.0##} %)")
        + (Basis is null ? string.Empty : $" ({Basis})");

    /// <inheritdoc />
    public override EscalationStep Apply(int year, decimal prior, EscalationInputs inputs) =>
        EscalationStep.Computed(prior, Percent, [], string.Create(CultureInfo.InvariantCulture, $"fixed {Percent:+0.0##;−0.0##} %"));
}
