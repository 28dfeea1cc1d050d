using Parley.Scenarios;

namespace Parley.Talks;

/// <summary>
/// Where one party stands between meetings: its current preferences (with its base reservation value), what each day
/// without a deal costs it, and the cost accrued so far. Immutable.
/// </summary>
/// <param name="Party">Its current preferences; <see cref="Party.ReservationValue"/> is the base, before costs.</param>
/// <param name="DailyCost">What each further day without a deal costs it.</param>
/// <param name="AccruedCost">What the days without a deal have cost it so far.</param>
public sealed record PartyStanding(Party Party, double DailyCost = 0, double AccruedCost = 0)
{
    /// <summary>Its reservation value now: the base minus the cost accrued.</summary>
    public double ReservationValue => Party.ReservationValue - AccruedCost;
}
