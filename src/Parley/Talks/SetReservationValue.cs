using System.Globalization;

namespace Parley.Talks;

/// <summary>Sets a party's (base) reservation value: what no deal is worth to it from now on.</summary>
/// <param name="Party">The party.</param>
/// <param name="Value">The new reservation value.</param>
public sealed record SetReservationValue(string Party, double Value) : TalksEffect(Party)
{
    /// <inheritdoc />
    public override string Describe() => string.Create(CultureInfo.InvariantCulture, $"{Party}'s reservation value set to {Value:0.####}");
}
