using System.Collections.Immutable;

namespace Parley.BurdenSharing;

/// <summary>One U.S.–ROK Special Measures Agreement: its years, currency, escalation rule per year, and sources.</summary>
/// <param name="Number">1 for the 1st SMA … 12 for the 12th.</param>
/// <param name="FirstYear">The first year it covers.</param>
/// <param name="LastYear">The last year it covers.</param>
/// <param name="Currency">The currency of its amounts.</param>
/// <param name="Duration">Its term as the sources put it (<c>"1+5" = 6 yrs</c>).</param>
/// <param name="RuleSummary">Its escalation rule in words.</param>
/// <param name="Rules">The rule applied in each of its years.</param>
/// <param name="Sources">Where the agreement's terms come from.</param>
/// <param name="Note">Context and caveats (unverified details, how a rule was read).</param>
public sealed record SpecialMeasuresAgreement(
    int Number,
    int FirstYear,
    int LastYear,
    Currency Currency,
    string Duration,
    string RuleSummary,
    ImmutableArray<YearRule> Rules,
    ImmutableArray<Citation> Sources,
    string? Note = null)
{
    /// <summary>The agreement's name: <c>11th SMA</c>.</summary>
    public string Name => Number switch
    {
        1 => "1st SMA",
        2 => "2nd SMA",
        3 => "3rd SMA",
        _ => $"{Number}th SMA",
    };

    /// <summary>Whether the agreement covers the year.</summary>
    public bool Covers(int year) => year >= FirstYear && year <= LastYear;

    /// <summary>The rule of a year the agreement covers.</summary>
    public EscalationRule RuleFor(int year) =>
        Rules.FirstOrDefault(r => r.Year == year)?.Rule
        ?? throw new ArgumentOutOfRangeException(nameof(year), year, $"The {Name} covers {FirstYear}–{LastYear}.");
}
