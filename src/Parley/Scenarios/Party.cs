using Parley.Preferences;

namespace Parley.Scenarios;

/// <summary>
/// A seat at the table: a name, its preferences, what it gets without a deal, and how fast its utilities shrink.
/// </summary>
/// <param name="Name">The party's name, unique within its scenario.</param>
/// <param name="Utility">Its (undiscounted) utility function.</param>
/// <param name="ReservationValue">The utility of no agreement (GENIUS: 0 when the profile has none).</param>
/// <param name="Discount">Its time discount (GENIUS: none when the profile has none).</param>
/// <param name="Source">Where the preferences came from (a file path, a citation), if known.</param>
public sealed record Party(string Name, IUtilityFunction Utility, double ReservationValue, DiscountFactor Discount, string? Source = null)
{
    /// <summary>The utility of an outcome at normalised time t, discounted.</summary>
    public double DiscountedUtility(ReadOnlySpan<int> valueIndices, double time) =>
        Discount.Apply(Utility.Utility(valueIndices), time);

    /// <summary>The reservation value at normalised time t, discounted the same way as utilities (as GENIUS does).</summary>
    public double DiscountedReservationValue(double time) => Discount.Apply(ReservationValue, time);
}
