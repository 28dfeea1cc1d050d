namespace Parley.BurdenSharing;

/// <summary>Codes and publication units of <see cref="Currency"/>.</summary>
public static class CurrencyExtensions
{
    /// <summary>The ISO 4217 code: <c>KRW</c> or <c>USD</c>.</summary>
    public static string Code(this Currency currency) => currency switch
    {
        Currency.Krw => "KRW",
        Currency.Usd => "USD",
        _ => throw new ArgumentOutOfRangeException(nameof(currency), currency, "Unknown currency."),
    };

    /// <summary>
    /// The unit amounts are published and rounded in: 100 million won (억 원) for KRW, and USD 10 million for USD
    /// (the MND chart gives dollars in units of USD 100 million with one decimal).
    /// </summary>
    public static long PublicationUnit(this Currency currency) => currency switch
    {
        Currency.Krw => 100_000_000,
        Currency.Usd => 10_000_000,
        _ => throw new ArgumentOutOfRangeException(nameof(currency), currency, "Unknown currency."),
    };

    /// <summary>Rounds an amount to the publication unit, half away from zero.</summary>
    public static long RoundToPublicationUnit(this Currency currency, decimal amount)
    {
        var unit = currency.PublicationUnit();
        return (long)decimal.Round(amount / unit, 0, MidpointRounding.AwayFromZero) * unit;
    }
}
