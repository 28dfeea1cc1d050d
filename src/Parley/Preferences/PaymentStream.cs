using System.Collections.Immutable;
using System.Globalization;
using Parley.Outcomes;

namespace Parley.Preferences;

/// <summary>
/// The payments an agreement implies over a fixed horizon of years, from several issues jointly: a first-year amount
/// (a numeric issue), an escalation rule (a discrete issue whose values carry yearly growth rates, or one fixed list of
/// rates), and a duration in years (an integer issue, or a fixed number). Host-nation cost sharing is the example: the
/// 2020 payment, the rule for later years and the length of the agreement are negotiated together, and what a party
/// cares about is what is paid over the years, not the first year alone. Immutable.
/// <para>
/// <b>Amounts.</b> Year 0 pays the first-year amount P. In agreement year y (1 ≤ y &lt; duration) the amount grows by the
/// rule's rate for that year, gᵧ (the y-th entry of the rule's list; a short list repeats its last entry). After the
/// agreement expires (y ≥ duration, up to the horizon) it grows by <see cref="AfterExpiryPercent"/> a year: the party's
/// expectation of what a renegotiation gives. A duration longer than the horizon covers the whole horizon.
/// </para>
/// <para>
/// <b>Present value.</b> PV = P · F(rule, duration), with the factor F = Σ_{y=0}^{H−1} Gᵧ / Dᵧ, where G₀ = D₀ = 1,
/// Gᵧ = Gᵧ₋₁ · (1 + growthᵧ/100) and Dᵧ = Dᵧ₋₁ · (1 + r/100) for the discount rate r (percent a year). The products are
/// accumulated year by year in that order, so a factor computed by hand with the same steps matches to the bit.
/// </para>
/// </summary>
public sealed class PaymentStream
{
    private readonly double[] _amounts;
    private readonly int[] _durations;
    private readonly double[][] _factors;

    /// <summary>Creates the stream.</summary>
    /// <param name="space">The outcome space.</param>
    /// <param name="amountIssue">The issue whose (integer or real) value is the first year's amount.</param>
    /// <param name="escalationIssue">A discrete issue naming the escalation rule, or −1 for one fixed rule.</param>
    /// <param name="growthPercent">
    /// The yearly growth rates in percent, one list per value of the escalation issue (in value order), or exactly one
    /// list when there is no escalation issue. Entry k is the growth in agreement year k + 2 (k = 0: the second year); a
    /// list shorter than the agreement repeats its last entry. Every list has at least one entry.
    /// </param>
    /// <param name="durationIssue">An integer issue giving the agreement's length in years (≥ 1), or −1 for <paramref name="fixedDuration"/>.</param>
    /// <param name="fixedDuration">The agreement's length in years when there is no duration issue (≥ 1).</param>
    /// <param name="horizon">How many years the present value covers (≥ 1), starting with the first year.</param>
    /// <param name="discountRatePercent">The yearly discount rate r in percent (&gt; −100).</param>
    /// <param name="afterExpiryPercent">The yearly growth after the agreement expires, in percent (&gt; −100).</param>
    public PaymentStream(
        OutcomeSpace space,
        int amountIssue,
        int escalationIssue,
        IEnumerable<IEnumerable<double>> growthPercent,
        int durationIssue,
        int fixedDuration,
        int horizon,
        double discountRatePercent,
        double afterExpiryPercent)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(growthPercent);
        Space = space;
        AmountIssue = amountIssue;
        EscalationIssue = escalationIssue;
        DurationIssue = durationIssue;
        FixedDuration = fixedDuration;
        Horizon = horizon;
        DiscountRatePercent = discountRatePercent;
        AfterExpiryPercent = afterExpiryPercent;
        GrowthPercent = [.. growthPercent.Select(list => list.ToImmutableArray())];

        _amounts = AmountValues(space, amountIssue);
        var escalations = EscalationCount(space, escalationIssue);
        if (GrowthPercent.Length != escalations)
        {
            throw new ArgumentException(escalationIssue < 0
                ? $"A stream without an escalation issue has one list of growth rates, not {GrowthPercent.Length}."
                : $"Issue '{space.Issues[escalationIssue].Name}' has {escalations} values but {GrowthPercent.Length} lists of growth rates were given.");
        }

        for (var e = 0; e < GrowthPercent.Length; e++)
        {
            if (GrowthPercent[e].IsEmpty || GrowthPercent[e].Any(g => !double.IsFinite(g) || g <= -100))
            {
                throw new ArgumentException($"Escalation rule {EscalationName(e)} needs at least one growth rate, each a finite number above −100 (percent).");
            }
        }

        _durations = DurationValues(space, durationIssue, fixedDuration);
        ArgumentOutOfRangeException.ThrowIfLessThan(horizon, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(horizon, 1000);
        if (!double.IsFinite(discountRatePercent) || discountRatePercent <= -100)
        {
            throw new ArgumentException($"The discount rate must be a finite number above −100 percent (got {discountRatePercent}).", nameof(discountRatePercent));
        }

        if (!double.IsFinite(afterExpiryPercent) || afterExpiryPercent <= -100)
        {
            throw new ArgumentException($"The growth after expiry must be a finite number above −100 percent (got {afterExpiryPercent}).", nameof(afterExpiryPercent));
        }

        var distinct = new[] { amountIssue, escalationIssue, durationIssue }.Where(i => i >= 0).ToArray();
        if (distinct.Distinct().Count() != distinct.Length)
        {
            throw new ArgumentException("The amount, escalation and duration of a payment stream must be different issues.");
        }

        _factors = new double[GrowthPercent.Length][];
        for (var e = 0; e < _factors.Length; e++)
        {
            _factors[e] = new double[_durations.Length];
            for (var d = 0; d < _durations.Length; d++)
            {
                _factors[e][d] = ComputeFactor(e, _durations[d]);
            }
        }
    }

    /// <summary>The outcome space.</summary>
    public OutcomeSpace Space { get; }

    /// <summary>The issue whose value is the first year's amount.</summary>
    public int AmountIssue { get; }

    /// <summary>The issue naming the escalation rule, or −1.</summary>
    public int EscalationIssue { get; }

    /// <summary>The growth rates (percent) of each escalation rule, in the escalation issue's value order.</summary>
    public ImmutableArray<ImmutableArray<double>> GrowthPercent { get; }

    /// <summary>The issue giving the agreement's length in years, or −1.</summary>
    public int DurationIssue { get; }

    /// <summary>The agreement's length in years when there is no duration issue.</summary>
    public int FixedDuration { get; }

    /// <summary>How many years the present value covers.</summary>
    public int Horizon { get; }

    /// <summary>The yearly discount rate, in percent.</summary>
    public double DiscountRatePercent { get; }

    /// <summary>The yearly growth after the agreement expires, in percent.</summary>
    public double AfterExpiryPercent { get; }

    /// <summary>The issues the stream reads (amount, then escalation and duration when they are issues).</summary>
    public ImmutableArray<int> Issues => [.. new[] { AmountIssue, EscalationIssue, DurationIssue }.Where(i => i >= 0)];

    /// <summary>The first-year amount of an outcome.</summary>
    public double FirstYearAmount(ReadOnlySpan<int> valueIndices) => _amounts[valueIndices[AmountIssue]];

    /// <summary>The escalation rule of an outcome (its value index, or 0 without an escalation issue).</summary>
    public int EscalationOf(ReadOnlySpan<int> valueIndices) => EscalationIssue < 0 ? 0 : valueIndices[EscalationIssue];

    /// <summary>The agreement's length in years of an outcome.</summary>
    public int DurationOf(ReadOnlySpan<int> valueIndices) => DurationIssue < 0 ? FixedDuration : _durations[valueIndices[DurationIssue]];

    /// <summary>The present value of an outcome's stream: first-year amount × <see cref="Factor(int, int)"/>.</summary>
    public double PresentValue(ReadOnlySpan<int> valueIndices) =>
        _amounts[valueIndices[AmountIssue]] * _factors[EscalationOf(valueIndices)][DurationIssue < 0 ? 0 : valueIndices[DurationIssue]];

    /// <summary>The present value of a stream given by its terms: <paramref name="firstYear"/> × F(rule, years).</summary>
    /// <param name="firstYear">The first year's amount (need not be on the issue's grid).</param>
    /// <param name="escalation">The escalation rule's value index (0 without an escalation issue).</param>
    /// <param name="years">The agreement's length in years (≥ 1).</param>
    public double PresentValue(double firstYear, int escalation, int years) => firstYear * Factor(escalation, years);

    /// <summary>
    /// The present value of explicit yearly amounts (year 0 first; at most <see cref="Horizon"/> of them, missing years
    /// growing from the last one by <see cref="AfterExpiryPercent"/>): Σ aᵧ / Dᵧ. For deals that are not on the issues' grid.
    /// </summary>
    public double PresentValue(ReadOnlySpan<double> amounts)
    {
        if (amounts.IsEmpty || amounts.Length > Horizon)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Give 1 to {Horizon} yearly amounts (got {amounts.Length})."), nameof(amounts));
        }

        double pv = 0;
        var discount = 1.0;
        var amount = amounts[0];
        for (var y = 0; y < Horizon; y++)
        {
            if (y > 0)
            {
                discount *= 1 + (DiscountRatePercent / 100);
                amount = y < amounts.Length ? amounts[y] : amount * (1 + (AfterExpiryPercent / 100));
            }

            pv += amount / discount;
        }

        return pv;
    }

    /// <summary>
    /// The present value of one unit paid in the first year under a rule and a duration: F = Σᵧ Gᵧ / Dᵧ (see the class
    /// remarks).
    /// </summary>
    /// <param name="escalation">The escalation rule's value index (0 without an escalation issue).</param>
    /// <param name="years">The agreement's length in years (≥ 1; longer than the horizon covers the horizon).</param>
    public double Factor(int escalation, int years)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(escalation);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(escalation, GrowthPercent.Length);
        ArgumentOutOfRangeException.ThrowIfLessThan(years, 1);
        var index = Array.IndexOf(_durations, years);
        return index >= 0 ? _factors[escalation][index] : ComputeFactor(escalation, years);
    }

    /// <summary>The yearly amounts over the horizon of a stream given by its terms (year 0 first).</summary>
    public ImmutableArray<double> Amounts(double firstYear, int escalation, int years)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(escalation);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(escalation, GrowthPercent.Length);
        ArgumentOutOfRangeException.ThrowIfLessThan(years, 1);
        var amounts = new double[Horizon];
        var growth = 1.0;
        for (var y = 0; y < Horizon; y++)
        {
            if (y > 0)
            {
                growth *= 1 + (GrowthIn(escalation, years, y) / 100);
            }

            amounts[y] = firstYear * growth;
        }

        return [.. amounts];
    }

    /// <summary>The growth (percent) applied in year <paramref name="year"/> (≥ 1) of the horizon.</summary>
    public double GrowthIn(int escalation, int years, int year)
    {
        if (year >= years)
        {
            return AfterExpiryPercent;
        }

        var rates = GrowthPercent[escalation];
        return rates[Math.Min(year - 1, rates.Length - 1)];
    }

    /// <summary>The smallest and largest present value over every outcome.</summary>
    public (double Minimum, double Maximum) PresentValueRange()
    {
        var minimum = double.PositiveInfinity;
        var maximum = double.NegativeInfinity;
        foreach (var factors in _factors)
        {
            foreach (var factor in DurationIssue < 0 ? factors.AsSpan(0, 1) : factors)
            {
                foreach (var amount in _amounts)
                {
                    var pv = amount * factor;
                    minimum = Math.Min(minimum, pv);
                    maximum = Math.Max(maximum, pv);
                }
            }
        }

        return (minimum, maximum);
    }

    /// <summary>A copy with another discount rate and growth after expiry (the rest unchanged).</summary>
    public PaymentStream With(double? discountRatePercent = null, double? afterExpiryPercent = null, IEnumerable<IEnumerable<double>>? growthPercent = null) =>
        new(Space, AmountIssue, EscalationIssue, growthPercent ?? GrowthPercent.Select(g => (IEnumerable<double>)g), DurationIssue, FixedDuration, Horizon,
            discountRatePercent ?? DiscountRatePercent, afterExpiryPercent ?? AfterExpiryPercent);

    private double ComputeFactor(int escalation, int years)
    {
        double factor = 0;
        var growth = 1.0;
        var discount = 1.0;
        for (var y = 0; y < Horizon; y++)
        {
            if (y > 0)
            {
                growth *= 1 + (GrowthIn(escalation, years, y) / 100);
                discount *= 1 + (DiscountRatePercent / 100);
            }

            factor += growth / discount;
        }

        return factor;
    }

    private string EscalationName(int index) =>
        EscalationIssue >= 0 ? $"'{Space.Issues[EscalationIssue].ValueAt(index)}'" : "(the fixed rule)";

    private static double[] AmountValues(OutcomeSpace space, int issue)
    {
        if ((uint)issue >= (uint)space.IssueCount)
        {
            throw new ArgumentOutOfRangeException(nameof(issue), issue, "The amount issue is not in the outcome space.");
        }

        var amount = space.Issues[issue];
        if (amount.Kind == IssueKind.Discrete)
        {
            throw new ArgumentException($"The first-year amount must be an integer or real issue; '{amount.Name}' is discrete.");
        }

        var values = new double[amount.ValueCount];
        for (var v = 0; v < values.Length; v++)
        {
            values[v] = amount.ValueAt(v).AsNumber();
        }

        return values;
    }

    private static int EscalationCount(OutcomeSpace space, int issue)
    {
        if (issue < 0)
        {
            return 1;
        }

        if (issue >= space.IssueCount)
        {
            throw new ArgumentOutOfRangeException(nameof(issue), issue, "The escalation issue is not in the outcome space.");
        }

        return space.Issues[issue].Kind == IssueKind.Discrete
            ? space.Issues[issue].ValueCount
            : throw new ArgumentException($"The escalation rule must be a discrete issue; '{space.Issues[issue].Name}' is not.");
    }

    private static int[] DurationValues(OutcomeSpace space, int issue, int fixedDuration)
    {
        if (issue < 0)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(fixedDuration, 1);
            return [fixedDuration];
        }

        if (issue >= space.IssueCount)
        {
            throw new ArgumentOutOfRangeException(nameof(issue), issue, "The duration issue is not in the outcome space.");
        }

        if (space.Issues[issue] is not IntegerIssue years)
        {
            throw new ArgumentException($"The duration must be an integer issue (years); '{space.Issues[issue].Name}' is not.");
        }

        if (years.Min < 1 || years.Max > int.MaxValue)
        {
            throw new ArgumentException($"Issue '{years.Name}' is a duration in years, so its values must be 1 or more (it runs {years.Min}..{years.Max}).");
        }

        return [.. Enumerable.Range(0, years.ValueCount).Select(v => (int)years.ValueAt(v).Integer)];
    }
}
