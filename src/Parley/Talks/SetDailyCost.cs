using System.Globalization;

namespace Parley.Talks;

/// <summary>
/// Sets what each further day without a deal costs a party, in utility (furloughs, holdover rent): from the event's
/// date the cost accrues day by day and lowers the party's reservation value, until the talks end or another
/// <see cref="SetDailyCost"/> changes the rate (0 stops it). Costs already accrued stay.
/// </summary>
/// <param name="Party">The party.</param>
/// <param name="PerDay">The utility lost per day of no deal (≥ 0).</param>
public sealed record SetDailyCost(string Party, double PerDay) : TalksEffect(Party)
{
    /// <inheritdoc />
    public override string Describe() => PerDay == 0
        ? $"{Party}'s daily cost of no deal stops"
        : string.Create(CultureInfo.InvariantCulture, $"no deal costs {Party} {PerDay:0.#########} a day");
}
