using System.Collections.Immutable;
using System.Globalization;
using Parley.Outcomes;

namespace Parley.Cases;

/// <summary>
/// The terms of one outcome of the SMA talks in the case's words: the 2020 payment, the escalation rule, the years
/// covered, the labor share and the scope, with the yearly amounts the agreement fixes (2020 first). Immutable.
/// </summary>
/// <param name="Outcome">The outcome's dense index.</param>
/// <param name="Payment2020">The 2020 payment, billion won.</param>
/// <param name="Escalation">The escalation rule (the issue's value).</param>
/// <param name="Duration">Years covered from 2020.</param>
/// <param name="LaborShare">The labor share (the issue's value).</param>
/// <param name="Scope">The scope (the issue's value).</param>
/// <param name="Amounts">The amounts the agreement fixes, billion won, one per year covered (at most the horizon).</param>
public sealed record SmaTerms(long Outcome, double Payment2020, string Escalation, int Duration, string LaborShare, string Scope, ImmutableArray<double> Amounts)
{
    /// <summary>The 2020 payment's increase over 2019, in percent.</summary>
    public double IncreasePercent => ((Payment2020 / SmaCase.Level2019) - 1) * 100;

    /// <summary>The 2021 amount, when the agreement covers 2021.</summary>
    public double? Amount2021 => Amounts.Length > 1 ? Amounts[1] : null;

    /// <summary>The amount of a year, when the agreement covers it.</summary>
    public double? AmountIn(int year) => year - SmaCase.FirstYear is var y && y >= 0 && y < Amounts.Length ? Amounts[y] : null;

    /// <summary>Short text: <c>2020 1,122.0 bn won ($0.96 B, +8.0 %), defense-budget growth, 6 years, labor 90%, existing categories</c>.</summary>
    public string Describe(double wonPerDollar) => string.Create(
        CultureInfo.InvariantCulture,
        $"2020 {SmaCase.Payment(Payment2020, wonPerDollar)}, {SmaCase.RuleName(Escalation)}, {Duration} year{(Duration == 1 ? "" : "s")}, labor {LaborShare}, {Scope} categories");

    /// <summary>The terms of outcome <paramref name="outcome"/> of the case's space (issues in the case file's order).</summary>
    internal static SmaTerms Of(OutcomeSpace space, long outcome, Func<ImmutableArray<int>, ImmutableArray<double>> amounts)
    {
        ImmutableArray<int> values = [.. space.OutcomeAt(outcome).ValueIndices];
        string Text(string issue) => space.Issues[space.IndexOfIssue(issue)].ValueAt(values[space.IndexOfIssue(issue)]).ToString();
        double Number(string issue) => space.Issues[space.IndexOfIssue(issue)].ValueAt(values[space.IndexOfIssue(issue)]).AsNumber();
        return new SmaTerms(
            outcome,
            Number(SmaCase.PaymentIssue),
            Text(SmaCase.EscalationIssue),
            (int)Number(SmaCase.DurationIssue),
            Text(SmaCase.LaborIssue),
            Text(SmaCase.ScopeIssue),
            amounts(values));
    }
}
