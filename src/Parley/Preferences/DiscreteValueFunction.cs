using System.Collections.Frozen;
using System.Collections.Immutable;
using Parley.Outcomes;

namespace Parley.Preferences;

/// <summary>
/// Scores discrete values from raw evaluations, as GENIUS does: a value's score is its evaluation divided by the
/// highest evaluation of the issue (not min–max scaling), and 0 for every value when that maximum is below 1e-5.
/// Raw evaluations are kept so a profile can be written back unchanged.
/// </summary>
public sealed class DiscreteValueFunction : ValueFunction
{
    private const double NegligibleMaximum = 0.00001;
    private readonly FrozenDictionary<string, double> _byValue;

    /// <summary>Creates the function from raw evaluations (finite, non-negative).</summary>
    public DiscreteValueFunction(IEnumerable<KeyValuePair<string, double>> evaluations)
    {
        ArgumentNullException.ThrowIfNull(evaluations);
        Evaluations = [.. evaluations];
        if (Evaluations.IsEmpty)
        {
            throw new ArgumentException("A discrete value function needs at least one evaluation.", nameof(evaluations));
        }

        var byValue = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (value, evaluation) in Evaluations)
        {
            if (!double.IsFinite(evaluation) || evaluation < 0)
            {
                throw new ArgumentException($"Value '{value}' has evaluation {evaluation}; evaluations must be finite and ≥ 0.");
            }

            if (!byValue.TryAdd(value, evaluation))
            {
                throw new ArgumentException($"Value '{value}' is evaluated twice.", nameof(evaluations));
            }
        }

        _byValue = byValue.ToFrozenDictionary(StringComparer.Ordinal);
        Maximum = Evaluations.Max(pair => pair.Value);
    }

    /// <summary>The raw evaluations, in the order given.</summary>
    public ImmutableArray<KeyValuePair<string, double>> Evaluations { get; }

    /// <summary>The highest raw evaluation (the normaliser).</summary>
    public double Maximum { get; }

    /// <summary>The raw evaluation of a value, if it has one.</summary>
    public bool TryGetEvaluation(string value, out double evaluation) => _byValue.TryGetValue(value, out evaluation);

    /// <inheritdoc />
    public override double Evaluate(IssueValue value)
    {
        if (value.Kind != IssueKind.Discrete || !_byValue.TryGetValue(value.Text!, out var evaluation))
        {
            throw new ArgumentException($"No evaluation for value '{value}'.", nameof(value));
        }

        return Maximum < NegligibleMaximum ? 0.0 : evaluation / Maximum;
    }

    /// <inheritdoc />
    public override string? CheckFits(Issue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        if (issue is not DiscreteIssue discrete)
        {
            return $"issue '{issue.Name}' is {issue.Kind.ToString().ToLowerInvariant()}, but its evaluations are for discrete values";
        }

        var missing = discrete.Values.Where(v => !_byValue.ContainsKey(v)).ToList();
        return missing.Count == 0
            ? null
            : $"issue '{issue.Name}' has no evaluation for value{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing.Select(v => $"'{v}'"))}";
    }
}
