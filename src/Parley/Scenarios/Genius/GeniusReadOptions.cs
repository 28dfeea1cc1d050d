using Parley.Outcomes;

namespace Parley.Scenarios.Genius;

/// <summary>How <see cref="GeniusScenarioReader"/> reads a GENIUS scenario.</summary>
public sealed class GeniusReadOptions
{
    /// <summary>
    /// Whether a folder's <c>type="UNCERTAIN"</c> profiles (GENIUS 9+ preference-elicitation variants) become parties.
    /// They are left out by default because their discount and reservation differ from the scenario's real profiles.
    /// Profiles named explicitly are always read.
    /// </summary>
    public bool IncludeUncertainProfiles { get; set; }

    /// <summary>How many evenly spaced points a real issue is enumerated on (GENIUS uses 21); at least 2.</summary>
    public int RealGridPoints { get; set; } = RealIssue.DefaultGridPoints;

    internal void Validate()
    {
        if (RealGridPoints < 2)
        {
            throw new ArgumentOutOfRangeException(
                nameof(RealGridPoints), RealGridPoints, $"{nameof(RealGridPoints)} must be at least 2 (got {RealGridPoints}).");
        }
    }
}
