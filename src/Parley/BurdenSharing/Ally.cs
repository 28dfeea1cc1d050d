namespace Parley.BurdenSharing;

/// <summary>
/// One row of a cost-sharing table: an ally (or, with <see cref="Members"/> &gt; 1, several small allies combined) and the
/// figures the allocation rules read. A rule that needs a figure the row lacks says so, naming the row's line.
/// </summary>
/// <param name="Name">The ally's name, unique in the table.</param>
/// <param name="Gni">Gross national income, or any weight proportional to it (such as NATO's GNI-based cost shares).</param>
/// <param name="Members">How many allies the row stands for (1 for a single ally).</param>
/// <param name="StandAloneCost">What the ally would pay alone, c({i}), for the standard cost games of the Shapley value.</param>
/// <param name="StationingCost">The cost of the forces stationed in the ally (for "cost plus 50").</param>
/// <param name="HostPays">What the ally already pays toward that cost.</param>
/// <param name="Source">Where the row's figures come from.</param>
/// <param name="Status">Their status (<c>sourced</c>, <c>unverified</c>, <c>computed</c>, …), as the file says.</param>
/// <param name="Line">The line of the input file the row was read from, if any.</param>
public sealed record Ally(
    string Name,
    double? Gni = null,
    int Members = 1,
    double? StandAloneCost = null,
    double? StationingCost = null,
    double? HostPays = null,
    string? Source = null,
    string? Status = null,
    int? Line = null);
