using System.Collections.Immutable;
using System.Globalization;
using Parley.Outcomes;

namespace Parley.Preferences;

/// <summary>
/// A party's utility as a weighted sum of terms, one of which scores the present value of a <see cref="PaymentStream"/>
/// (the payments several issues imply together over the years), the others ordinary per-issue value functions:
/// <para>U(ω) = min(1, w_s · s(PV(ω)) + Σᵢ wᵢ · eᵢ(ωᵢ)),  s(PV) = clip01((PV − worst) / (best − worst)),</para>
/// summed in that order (the stream first, then the terms in issue order). The stream score is linear in the present
/// value between a worst and a best present value: a payer prefers less (best &lt; worst), a receiver more. Without
/// explicit bounds they are the extremes of the present value over the whole outcome space. Weights are used as written
/// and the sum is capped at 1, as for linear-additive utilities. Immutable and thread-safe.
/// </summary>
public sealed class PaymentStreamUtilityFunction : IUtilityFunction
{
    private readonly double[][] _contributions;
    private readonly int[] _termIssues;

    /// <summary>Creates the function.</summary>
    /// <param name="stream">The payment stream the outcomes imply.</param>
    /// <param name="streamWeight">The weight w_s of the stream's score (finite, ≥ 0).</param>
    /// <param name="prefers">Whether the party prefers to pay (or receive) less or more.</param>
    /// <param name="terms">Per-issue terms, at most one per issue; every issue not read by the stream needs one (a weight of 0 says it does not matter).</param>
    /// <param name="worst">The present value scored 0; null: the least favourable over the outcome space.</param>
    /// <param name="best">The present value scored 1; null: the most favourable over the outcome space.</param>
    public PaymentStreamUtilityFunction(
        PaymentStream stream, double streamWeight, PaymentPreference prefers, IEnumerable<PaymentStreamTerm> terms, double? worst = null, double? best = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(terms);
        if (!double.IsFinite(streamWeight) || streamWeight < 0)
        {
            throw new ArgumentException($"The stream's weight must be finite and ≥ 0 (got {streamWeight}).", nameof(streamWeight));
        }

        if (!Enum.IsDefined(prefers))
        {
            throw new ArgumentOutOfRangeException(nameof(prefers), prefers, "Prefer less or more.");
        }

        Stream = stream;
        StreamWeight = streamWeight;
        Prefers = prefers;
        Terms = [.. terms.OrderBy(t => t.Issue)];
        ExplicitWorst = worst;
        ExplicitBest = best;
        var space = stream.Space;
        var (minimum, maximum) = stream.PresentValueRange();
        Worst = worst ?? (prefers == PaymentPreference.Less ? maximum : minimum);
        Best = best ?? (prefers == PaymentPreference.Less ? minimum : maximum);
        if (!double.IsFinite(Worst) || !double.IsFinite(Best))
        {
            throw new ArgumentException("The worst and best present values must be finite numbers.");
        }

        if (prefers == PaymentPreference.Less ? !(Best < Worst) : !(Best > Worst))
        {
            throw new ArgumentException(string.Create(
                CultureInfo.InvariantCulture,
                $"A party that prefers {(prefers == PaymentPreference.Less ? "less" : "more")} needs a best present value {(prefers == PaymentPreference.Less ? "below" : "above")} its worst (got best {Best}, worst {Worst})."));
        }

        var covered = new bool[space.IssueCount];
        foreach (var issue in stream.Issues)
        {
            covered[issue] = true;
        }

        _termIssues = new int[Terms.Length];
        _contributions = new double[Terms.Length][];
        for (var t = 0; t < Terms.Length; t++)
        {
            var term = Terms[t];
            if ((uint)term.Issue >= (uint)space.IssueCount)
            {
                throw new ArgumentException($"A term scores issue #{term.Issue}, which the outcome space does not have.");
            }

            var issue = space.Issues[term.Issue];
            if (t > 0 && Terms[t - 1].Issue == term.Issue)
            {
                throw new ArgumentException($"Issue '{issue.Name}' has two terms.");
            }

            if (!double.IsFinite(term.Weight) || term.Weight < 0)
            {
                throw new ArgumentException($"Issue '{issue.Name}' has weight {term.Weight}; weights must be finite and ≥ 0.");
            }

            var problem = term.Function.CheckFits(issue);
            if (problem is not null)
            {
                throw new ArgumentException(char.ToUpperInvariant(problem[0]) + problem[1..] + ".");
            }

            var scores = term.Function.Tabulate(issue);
            var table = new double[scores.Length];
            for (var v = 0; v < scores.Length; v++)
            {
                table[v] = term.Weight * scores[v];
            }

            covered[term.Issue] = true;
            _termIssues[t] = term.Issue;
            _contributions[t] = table;
        }

        for (var i = 0; i < covered.Length; i++)
        {
            if (!covered[i])
            {
                throw new ArgumentException(
                    $"Issue '{space.Issues[i].Name}' is neither part of the payment stream nor given a term; give it a weight (0 if it does not matter).");
            }
        }
    }

    /// <inheritdoc />
    public OutcomeSpace Space => Stream.Space;

    /// <summary>The payment stream.</summary>
    public PaymentStream Stream { get; }

    /// <summary>The weight of the stream's score.</summary>
    public double StreamWeight { get; }

    /// <summary>Whether the party prefers to pay (or receive) less or more.</summary>
    public PaymentPreference Prefers { get; }

    /// <summary>The per-issue terms, in issue order.</summary>
    public ImmutableArray<PaymentStreamTerm> Terms { get; }

    /// <summary>The present value scored 0.</summary>
    public double Worst { get; }

    /// <summary>The present value scored 1.</summary>
    public double Best { get; }

    /// <summary>The worst present value as given, or null when it is the outcome space's extreme.</summary>
    public double? ExplicitWorst { get; }

    /// <summary>The best present value as given, or null when it is the outcome space's extreme.</summary>
    public double? ExplicitBest { get; }

    /// <summary>The stream's score s(PV) = clip01((PV − worst)/(best − worst)) of a present value.</summary>
    public double StreamScore(double presentValue)
    {
        var s = (presentValue - Worst) / (Best - Worst);
        return s < 0 ? 0 : s > 1 ? 1 : s;
    }

    /// <summary>The weighted per-issue terms of an outcome, summed in issue order (the stream's part left out).</summary>
    public double TermsUtility(ReadOnlySpan<int> valueIndices)
    {
        double sum = 0;
        for (var t = 0; t < _contributions.Length; t++)
        {
            sum += _contributions[t][valueIndices[_termIssues[t]]];
        }

        return sum;
    }

    /// <summary>
    /// The utility of explicit yearly amounts (see <see cref="PaymentStream.PresentValue(ReadOnlySpan{double})"/>) with
    /// the other issues as in <paramref name="valueIndices"/>: for deals that are not on the amount issue's grid.
    /// </summary>
    public double UtilityOfAmounts(ReadOnlySpan<double> amounts, ReadOnlySpan<int> valueIndices)
    {
        var sum = (StreamWeight * StreamScore(Stream.PresentValue(amounts))) + TermsUtility(valueIndices);
        return sum > 1 ? 1 : sum;
    }

    /// <inheritdoc />
    public double Utility(ReadOnlySpan<int> valueIndices)
    {
        if (valueIndices.Length != Space.IssueCount)
        {
            throw new ArgumentException($"The outcome space has {Space.IssueCount} issues, not {valueIndices.Length}.");
        }

        var sum = StreamWeight * StreamScore(Stream.PresentValue(valueIndices));
        for (var t = 0; t < _contributions.Length; t++)
        {
            sum += _contributions[t][valueIndices[_termIssues[t]]];
        }

        return sum > 1 ? 1 : sum;
    }

    /// <inheritdoc />
    public void Evaluate(long firstIndex, Span<double> destination) => PerOutcomeEvaluation.Evaluate(this, firstIndex, destination);

    /// <summary>A copy with another stream (e.g. another discount rate), the same weights, preference and bounds.</summary>
    public PaymentStreamUtilityFunction WithStream(PaymentStream stream) => new(stream, StreamWeight, Prefers, Terms, ExplicitWorst, ExplicitBest);
}
