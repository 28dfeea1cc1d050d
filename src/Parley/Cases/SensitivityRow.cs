using System.Collections.Immutable;
using Parley.Talks;

namespace Parley.Cases;

/// <summary>
/// One line of the sensitivity table: an assumption, the setting tried, and how the talks ended with it. Immutable.
/// </summary>
/// <param name="Assumption">The assumption varied.</param>
/// <param name="Setting">The value tried (the base case says so).</param>
/// <param name="IsBase">Whether this is the case as shipped.</param>
/// <param name="Status">How the talks ended.</param>
/// <param name="DealDate">The day of the deal, if any.</param>
/// <param name="DealMeeting">The meeting of the deal, if any.</param>
/// <param name="Deal">The terms agreed, if any.</param>
/// <param name="Utilities">Each party's utility of the deal (or its reservation value without one), party order.</param>
/// <param name="WalkOuts">The days of the walk-outs.</param>
public sealed record SensitivityRow(
    string Assumption,
    string Setting,
    bool IsBase,
    TalksStatus Status,
    DateOnly? DealDate,
    int? DealMeeting,
    SmaTerms? Deal,
    ImmutableArray<double> Utilities,
    ImmutableArray<DateOnly> WalkOuts);
