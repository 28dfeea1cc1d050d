using Parley.Outcomes;

namespace Parley.Scenarios;

/// <summary>How <see cref="ScenarioLoader"/> reads scenarios whose format leaves a choice open.</summary>
public sealed class ScenarioLoadOptions
{
    /// <summary>Grid points for GENIUS real-valued issues (GENIUS uses 21). Parley files state their own grids.</summary>
    public int RealGridPoints { get; set; } = RealIssue.DefaultGridPoints;

    /// <summary>Whether GENIUS <c>type="UNCERTAIN"</c> profiles in a folder become parties too (by default they do not).</summary>
    public bool IncludeUncertainProfiles { get; set; }
}
