using System.Globalization;

namespace Parley.Preferences;

/// <summary>
/// GENIUS's time discount: a utility u at normalised time t ∈ [0, 1] is worth u·d^t.
/// A factor d ≤ 0 or d > 1 means no discount, exactly as GENIUS's <c>validateDiscount</c> reads it.
/// </summary>
public readonly record struct DiscountFactor
{
    private DiscountFactor(double value) => Value = value;

    /// <summary>No discount (d = 1).</summary>
    public static DiscountFactor None { get; } = new(1.0);

    /// <summary>The factor d in (0, 1].</summary>
    public double Value { get; }

    /// <summary>Whether utilities shrink over time.</summary>
    public bool IsDiscounting => Value < 1.0;

    /// <summary>Reads a factor the way GENIUS does: d ≤ 0, d > 1 and NaN mean no discount.</summary>
    public static DiscountFactor FromGenius(double d) => d > 0 && d <= 1 ? new DiscountFactor(d) : None;

    /// <summary>The discounted value u·d^t, with t clamped to [0, 1].</summary>
    public double Apply(double utility, double time)
    {
        if (!IsDiscounting)
        {
            return utility;
        }

        var t = Math.Clamp(time, 0.0, 1.0);
        return utility * Math.Pow(Value, t);
    }

    /// <inheritdoc />
    public override string ToString() => Value.ToString("R", CultureInfo.InvariantCulture);
}
