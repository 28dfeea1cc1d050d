namespace Parley.Preferences;

/// <summary>Which way a party's payment-stream score runs: a payer prefers to pay less, a receiver to receive more.</summary>
public enum PaymentPreference
{
    /// <summary>Less is better (the party pays).</summary>
    Less,

    /// <summary>More is better (the party receives).</summary>
    More,
}
