namespace Parley.BurdenSharing;

/// <summary>A source: a short label for tables and the public address it was read at.</summary>
/// <param name="Label">A short name, such as <c>MND 2018 White Paper, chart 5-1</c>.</param>
/// <param name="Url">The original address of the stored public copy.</param>
public sealed record Citation(string Label, string Url)
{
    /// <summary>The label followed by the address.</summary>
    public override string ToString() => $"{Label} {Url}";
}
