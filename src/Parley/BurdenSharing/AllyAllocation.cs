namespace Parley.BurdenSharing;

/// <summary>What one ally pays under a rule.</summary>
/// <param name="Ally">The ally's name.</param>
/// <param name="Share">Its share of the total, a fraction (0.25 is 25 %).</param>
/// <param name="Amount">What it pays, in the input's currency; <see langword="null"/> when the total was not given.</param>
/// <param name="Basis">The figure its share was computed from (GNI, stand-alone cost, stationing cost), if any.</param>
/// <param name="Detail">How the share came about, for people (<c>GNI share 14.65 % × 1.0915</c>).</param>
public sealed record AllyAllocation(string Ally, double Share, double? Amount, double? Basis, string Detail);
