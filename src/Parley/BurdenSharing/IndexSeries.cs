using System.Collections.Immutable;

namespace Parley.BurdenSharing;

/// <summary>A yearly series of rates that escalation rules read (CPI change, defense-budget growth, …), one value per year.</summary>
public sealed class IndexSeries
{
    private readonly ImmutableSortedDictionary<int, IndexValue> byYear;

    /// <summary>Creates the series; at most one value per year.</summary>
    /// <param name="name">What the rate is, for people: <c>ROK consumer-price inflation (CPI)</c>.</param>
    /// <param name="shortName">A short name for formulas: <c>CPI</c>.</param>
    /// <param name="values">The values.</param>
    public IndexSeries(string name, string shortName, IEnumerable<IndexValue> values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(shortName);
        ArgumentNullException.ThrowIfNull(values);
        Name = name;
        ShortName = shortName;
        var builder = ImmutableSortedDictionary.CreateBuilder<int, IndexValue>();
        foreach (var value in values)
        {
            if (!builder.TryAdd(value.Year, value))
            {
                throw new ArgumentException($"{name}: two values for {value.Year}.", nameof(values));
            }
        }

        byYear = builder.ToImmutable();
    }

    /// <summary>What the rate is, for people.</summary>
    public string Name { get; }

    /// <summary>A short name for formulas.</summary>
    public string ShortName { get; }

    /// <summary>The values in year order.</summary>
    public IEnumerable<IndexValue> Values => byYear.Values;

    /// <summary>The value of a year, if the series has one.</summary>
    public IndexValue? this[int year] => byYear.TryGetValue(year, out var value) ? value : null;

    /// <summary>A copy with these values added; a value for a year the series already has replaces it.</summary>
    public IndexSeries With(IEnumerable<IndexValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var merged = byYear.ToBuilder();
        foreach (var value in values)
        {
            merged[value.Year] = value;
        }

        return new IndexSeries(Name, ShortName, merged.Values);
    }
}
