using System.Collections.Immutable;
using Parley.Outcomes;

namespace Parley.Scenarios;

/// <summary>
/// A negotiation problem: the outcome space and the parties with their preferences over it. Immutable.
/// </summary>
public sealed class Scenario
{
    /// <summary>Creates the scenario; every party's utility function must be defined on <paramref name="space"/>.</summary>
    public Scenario(string name, OutcomeSpace space, IEnumerable<Party> parties, string? description = null, string? source = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(parties);
        Name = name;
        Space = space;
        Parties = [.. parties];
        Description = description;
        Source = source;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var party in Parties)
        {
            if (!names.Add(party.Name))
            {
                throw new ArgumentException($"Scenario '{name}' has two parties named '{party.Name}'.", nameof(parties));
            }

            if (!ReferenceEquals(party.Utility.Space, space))
            {
                throw new ArgumentException($"Party '{party.Name}' has preferences over a different outcome space.", nameof(parties));
            }

            if (!double.IsFinite(party.ReservationValue))
            {
                throw new ArgumentException($"Party '{party.Name}' has reservation value {party.ReservationValue}; it must be a finite number.");
            }
        }
    }

    /// <summary>The scenario's name.</summary>
    public string Name { get; }

    /// <summary>The issues and their values.</summary>
    public OutcomeSpace Space { get; }

    /// <summary>The parties, in order.</summary>
    public ImmutableArray<Party> Parties { get; }

    /// <summary>A human description, if any.</summary>
    public string? Description { get; }

    /// <summary>Where the scenario came from, if known.</summary>
    public string? Source { get; }

    /// <summary>The party with a name, or a clear error.</summary>
    public Party Party(string name) =>
        Parties.FirstOrDefault(p => p.Name == name)
        ?? throw new ArgumentException($"Scenario '{Name}' has no party '{name}' (parties: {string.Join(", ", Parties.Select(p => p.Name))}).");

    /// <summary>A copy with a subset of the parties, in the order named.</summary>
    public Scenario WithParties(IEnumerable<string> partyNames) =>
        new(Name, Space, partyNames.Select(Party), Description, Source);

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Parties.Length} parties, {Space}";
}
