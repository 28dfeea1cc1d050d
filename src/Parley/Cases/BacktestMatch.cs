namespace Parley.Cases;

/// <summary>How a simulated figure compares with the actual one.</summary>
public enum BacktestMatch
{
    /// <summary>The same (amounts within 2 %; the same meeting; the same value).</summary>
    Yes,

    /// <summary>Near (amounts within 10 %; a deal within two months).</summary>
    Close,

    /// <summary>Different.</summary>
    No,
}
