using System.Globalization;

namespace Parley.Talks;

/// <summary>Shifts a party's (base) reservation value by an amount: its outside option got better (+) or worse (−).</summary>
/// <param name="Party">The party.</param>
/// <param name="By">The change.</param>
public sealed record ShiftReservationValue(string Party, double By) : TalksEffect(Party)
{
    /// <inheritdoc />
    public override string Describe() => string.Create(CultureInfo.InvariantCulture, $"{Party}'s reservation value {By:+0.####;-0.####;0}");
}
