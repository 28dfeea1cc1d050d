using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.InteropServices;
using Parley.Outcomes;

namespace Parley.Preferences;

/// <summary>
/// U(ω) = min(1, Σᵢ wᵢ·eᵢ(ωᵢ)), summed in issue order, exactly as GENIUS's <c>AdditiveUtilitySpace.getUtility</c>:
/// weights are used as written (not renormalised) and the sum is capped at 1.
/// The per-issue contributions wᵢ·eᵢ(v) are tabulated once, so evaluating an outcome is a few additions and
/// evaluating the whole space is about one addition per outcome.
/// </summary>
public sealed class LinearAdditiveUtilityFunction : IUtilityFunction
{
    private readonly double[][] _contributions;

    /// <summary>Creates the function; one weight and one value function per issue of the space, in issue order.</summary>
    public LinearAdditiveUtilityFunction(OutcomeSpace space, IEnumerable<double> weights, IEnumerable<ValueFunction> valueFunctions)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(valueFunctions);
        Space = space;
        Weights = [.. weights];
        ValueFunctions = [.. valueFunctions];
        if (Weights.Length != space.IssueCount || ValueFunctions.Length != space.IssueCount)
        {
            throw new ArgumentException(
                $"The space has {space.IssueCount} issues, but {Weights.Length} weights and {ValueFunctions.Length} value functions were given.");
        }

        _contributions = new double[space.IssueCount][];
        double maximum = 0;
        for (var i = 0; i < space.IssueCount; i++)
        {
            var issue = space.Issues[i];
            if (!double.IsFinite(Weights[i]) || Weights[i] < 0)
            {
                throw new ArgumentException($"Issue '{issue.Name}' has weight {Weights[i]}; weights must be finite and ≥ 0.");
            }

            var problem = ValueFunctions[i].CheckFits(issue);
            if (problem is not null)
            {
                throw new ArgumentException(char.ToUpperInvariant(problem[0]) + problem[1..] + ".");
            }

            var scores = ValueFunctions[i].Tabulate(issue);
            var table = new double[scores.Length];
            var best = double.NegativeInfinity;
            for (var v = 0; v < scores.Length; v++)
            {
                // Same product GENIUS forms: weight * evaluation.
                table[v] = Weights[i] * scores[v];
                best = Math.Max(best, table[v]);
            }

            _contributions[i] = table;
            maximum += best;
        }

        MaximumUncappedUtility = maximum;
    }

    /// <inheritdoc />
    public OutcomeSpace Space { get; }

    /// <summary>The issue weights, in issue order, as given.</summary>
    public ImmutableArray<double> Weights { get; }

    /// <summary>The value function of each issue, in issue order.</summary>
    public ImmutableArray<ValueFunction> ValueFunctions { get; }

    /// <summary>
    /// The largest sum of contributions before the cap at 1 (floating-point addition is monotone, so this is the exact
    /// maximum of the uncapped sum). When it is at most 1 the cap never binds and the function is purely additive.
    /// </summary>
    public double MaximumUncappedUtility { get; }

    /// <summary>Whether the cap at 1 never changes a utility, so U is exactly the sum of its contributions.</summary>
    public bool IsPurelyAdditive => MaximumUncappedUtility <= 1.0;

    /// <summary>wᵢ·eᵢ(v) for every value v of issue i, in enumeration order.</summary>
    public ReadOnlySpan<double> Contributions(int issue) => _contributions[issue];

    /// <inheritdoc />
    public double Utility(ReadOnlySpan<int> valueIndices)
    {
        if (valueIndices.Length != _contributions.Length)
        {
            throw new ArgumentException($"The outcome space has {_contributions.Length} issues, not {valueIndices.Length}.");
        }

        double sum = 0;
        for (var i = 0; i < _contributions.Length; i++)
        {
            sum += _contributions[i][valueIndices[i]];
        }

        return sum > 1 ? 1 : sum;
    }

    /// <inheritdoc />
    public void Evaluate(long firstIndex, Span<double> destination)
    {
        if (destination.IsEmpty)
        {
            return;
        }

        var n = _contributions.Length;
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firstIndex + destination.Length, Space.Count);
        Span<int> digits = stackalloc int[n];
        Space.Decode(firstIndex, digits);

        // partial[i] = contributions of issues 0..i, accumulated in the same order as Utility(), so that every
        // value written here is bit-identical to Utility(outcome).
        Span<double> partial = stackalloc double[n];
        RecomputePartials(digits, partial, 0);
        var last = _contributions[n - 1];
        var written = 0;
        while (written < destination.Length)
        {
            var prefix = n >= 2 ? partial[n - 2] : 0.0;
            var start = digits[n - 1];
            var length = Math.Min(last.Length - start, destination.Length - written);
            AddCapped(prefix, last.AsSpan(start, length), destination.Slice(written, length));
            written += length;
            if (written == destination.Length)
            {
                break;
            }

            digits[n - 1] = 0;
            var changed = Carry(digits, n - 2);
            RecomputePartials(digits, partial, changed);
        }
    }

    private int Carry(Span<int> digits, int position)
    {
        for (var i = position; i >= 0; i--)
        {
            if (++digits[i] < _contributions[i].Length)
            {
                return i;
            }

            digits[i] = 0;
        }

        return 0;
    }

    private void RecomputePartials(ReadOnlySpan<int> digits, Span<double> partial, int from)
    {
        var sum = from == 0 ? 0.0 : partial[from - 1];
        for (var i = from; i < partial.Length - 1; i++)
        {
            sum += _contributions[i][digits[i]];
            partial[i] = sum;
        }
    }

    private static void AddCapped(double prefix, ReadOnlySpan<double> tail, Span<double> destination)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && tail.Length >= Vector<double>.Count)
        {
            var p = new Vector<double>(prefix);
            var one = Vector<double>.One;
            var source = MemoryMarshal.Cast<double, Vector<double>>(tail);
            var target = MemoryMarshal.Cast<double, Vector<double>>(destination);
            for (var k = 0; k < source.Length; k++)
            {
                target[k] = Vector.Min(p + source[k], one);
            }

            i = source.Length * Vector<double>.Count;
        }

        for (; i < tail.Length; i++)
        {
            var sum = prefix + tail[i];
            destination[i] = sum > 1 ? 1 : sum;
        }
    }
}
