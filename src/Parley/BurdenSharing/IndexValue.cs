namespace Parley.BurdenSharing;

/// <summary>One yearly input of an escalation rule (a CPI change, a defense-budget growth rate, …) and where it comes from.</summary>
/// <param name="Year">The year the rate belongs to (the CPI change of 2023, the defense budget of 2023, …).</param>
/// <param name="Percent">The rate in percent (4.4 means +4.4 %).</param>
/// <param name="Source">Where the value comes from; <see langword="null"/> for assumed or given values.</param>
/// <param name="Status">How far the value can be trusted.</param>
/// <param name="Note">Anything a reader should know (disagreeing sources, how it was inferred).</param>
public sealed record IndexValue(int Year, decimal Percent, Citation? Source, FigureStatus Status, string? Note = null)
{
    /// <summary>A short description such as <c>4.4 %</c>, with the status when it is not sourced (<c>2.0 % (assumed)</c>).</summary>
    public string Describe() =>
        Status == FigureStatus.Sourced
            ? FormattableString.Invariant($"{Percent:0.0##} %")
            : FormattableString.Invariant($"{Percent:0.0##} % ({Status.ToString().ToLowerInvariant()})");
}
