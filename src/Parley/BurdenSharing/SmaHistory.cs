using System.Collections.Immutable;

namespace Parley.BurdenSharing;

/// <summary>
/// Computes the SMA history: for each year 1991–2030, the published amount and the amount the agreement's rule
/// computes from the prior year, each year rounded to the publication unit (100 million won; USD 10 million).
/// </summary>
public static class SmaHistory
{
    /// <summary>The history with the historical inputs and the given CPI projection for 2027–2030.</summary>
    public static ImmutableArray<SmaHistoryYear> Compute(CpiProjection projection)
    {
        ArgumentNullException.ThrowIfNull(projection);
        return Compute(EscalationInputs.Historical.WithProjection(projection));
    }

    /// <summary>
    /// The history with these inputs. The rule of a year starts from the prior year's published amount, or from its
    /// computed amount when none was published. Years with neither a published nor a computable amount are left out.
    /// </summary>
    public static ImmutableArray<SmaHistoryYear> Compute(EscalationInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var rows = ImmutableArray.CreateBuilder<SmaHistoryYear>();
        SmaHistoryYear? previous = null;
        for (var year = SmaData.FirstYear; year <= SmaData.LastYear; year++)
        {
            var agreement = SmaData.AgreementFor(year);
            var rule = agreement.RuleFor(year);
            var published = SmaData.PublishedFor(year);
            var (computed, reason) = ComputeYear(year, agreement.Currency, rule, previous, inputs);
            SmaHistoryYear? row = published is null && computed is null
                ? null
                : new SmaHistoryYear(year, agreement.Currency, agreement, rule, published, computed, reason);
            if (row is not null)
            {
                rows.Add(row);
            }

            previous = row;
        }

        return rows.ToImmutable();
    }

    private static (ComputedAmount? Computed, string? Reason) ComputeYear(
        int year, Currency currency, EscalationRule rule, SmaHistoryYear? previous, EscalationInputs inputs)
    {
        if (previous is null || previous.Year != year - 1)
        {
            return (null, $"no amount for {year - 1} to start from");
        }

        if (previous.Currency != currency)
        {
            return (null, $"{year - 1} is in {previous.Currency.Code()}, {year} in {currency.Code()}: the currency changed");
        }

        var step = rule.Apply(year, previous.Amount, inputs);
        if (!step.IsAvailable)
        {
            return (null, step.Explanation);
        }

        var amount = currency.RoundToPublicationUnit(step.Unrounded);
        return (new ComputedAmount(amount, previous.Year, previous.Amount, previous.IsComputed, step), null);
    }
}
