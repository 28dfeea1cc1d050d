using System.Collections.Frozen;
using System.Collections.Immutable;
using Parley.Outcomes;

namespace Parley.Preferences;

/// <summary>
/// Scores each discrete value by the utility written for it, used as is: no normalisation by the maximum
/// (GeniusWeb's <c>DiscreteValueSetUtilities</c>; contrast <see cref="DiscreteValueFunction"/>, GENIUS's evaluator).
/// </summary>
public sealed class TabularValueFunction : ValueFunction
{
    private readonly FrozenDictionary<string, double> _byValue;

    /// <summary>Creates the function from one finite utility per value; values must be distinct.</summary>
    public TabularValueFunction(IEnumerable<KeyValuePair<string, double>> utilities)
    {
        ArgumentNullException.ThrowIfNull(utilities);
        Utilities = [.. utilities];
        if (Utilities.IsEmpty)
        {
            throw new ArgumentException("A tabular value function needs at least one value.", nameof(utilities));
        }

        var byValue = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (value, utility) in Utilities)
        {
            if (!double.IsFinite(utility))
            {
                throw new ArgumentException($"Value '{value}' has utility {utility}; utilities must be finite.", nameof(utilities));
            }

            if (!byValue.TryAdd(value, utility))
            {
                throw new ArgumentException($"Value '{value}' has two utilities.", nameof(utilities));
            }
        }

        _byValue = byValue.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The utilities, in the order given.</summary>
    public ImmutableArray<KeyValuePair<string, double>> Utilities { get; }

    /// <summary>The utility of a value, if it has one.</summary>
    public bool TryGetUtility(string value, out double utility) => _byValue.TryGetValue(value, out utility);

    /// <inheritdoc />
    public override double Evaluate(IssueValue value) =>
        value.Kind == IssueKind.Discrete && _byValue.TryGetValue(value.Text!, out var utility)
            ? utility
            : throw new ArgumentException($"No utility for value '{value}'.", nameof(value));

    /// <inheritdoc />
    public override string? CheckFits(Issue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        if (issue is not DiscreteIssue discrete)
        {
            return $"issue '{issue.Name}' is {issue.Kind.ToString().ToLowerInvariant()}, but its utilities are for discrete values";
        }

        var missing = discrete.Values.Where(v => !_byValue.ContainsKey(v)).ToList();
        return missing.Count == 0
            ? null
            : $"issue '{issue.Name}' has no utility for value{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing.Select(v => $"'{v}'"))}";
    }
}
