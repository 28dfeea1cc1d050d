namespace Parley.BurdenSharing;

/// <summary>The currency an SMA amount is paid or reported in.</summary>
public enum Currency
{
    /// <summary>South Korean won (KRW): every SMA from the 6th (2005) on.</summary>
    Krw,

    /// <summary>U.S. dollars (USD): the 1st–5th SMAs (1991–2004), as the MND chart reports them.</summary>
    Usd,
}
