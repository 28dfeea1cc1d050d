using Parley.Preferences;

namespace Parley.Talks;

/// <summary>
/// Replaces a party's preferences (a new government, a new owner): its utility function and, when given, its
/// reservation value and discount. Without a reservation value the party keeps its own, except that while a status quo
/// is in force (<see cref="SetStatusQuo"/>) it becomes the new utility of the status quo.
/// </summary>
/// <param name="Party">The party.</param>
/// <param name="Utility">The new utility function, over the talks' outcome space.</param>
/// <param name="ReservationValue">The new reservation value, if given.</param>
/// <param name="Discount">The new discount, if given.</param>
/// <param name="Source">Where the new preferences come from, if known.</param>
public sealed record ReplacePreferences(string Party, IUtilityFunction Utility, double? ReservationValue = null, DiscountFactor? Discount = null, string? Source = null)
    : TalksEffect(Party)
{
    /// <inheritdoc />
    public override string Describe() => $"{Party}'s preferences replaced";
}
