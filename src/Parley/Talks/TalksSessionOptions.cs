namespace Parley.Talks;

/// <summary>How a <see cref="TalksSession"/> builds agents, where it saves, and which clock it reads.</summary>
public sealed class TalksSessionOptions
{
    /// <summary>Builds agents from specs; null builds catalogued agents (<see cref="Agents.TalksAgentCatalog.Default"/>).</summary>
    public TalksAgentFactory? Agents { get; init; }

    /// <summary>Where to save the talks after each meeting; null keeps them in memory only.</summary>
    public ITalksStore? Store { get; init; }

    /// <summary>
    /// The clock for the store's timestamps (meetings run on rounds and never read it). Defaults to the system clock.
    /// </summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
