namespace Parley.BurdenSharing;

/// <summary>How far a figure can be trusted, as the research notes and the stored sources say.</summary>
public enum FigureStatus
{
    /// <summary>A cited source gives this figure.</summary>
    Sourced,

    /// <summary>The sources disagree, or the figure could not be found in a stored source.</summary>
    Unverified,

    /// <summary>Inferred from other figures (for example from a chain of published amounts), not sourced.</summary>
    Inferred,

    /// <summary>Computed by an escalation rule from other figures.</summary>
    Computed,

    /// <summary>An assumption (for example the default CPI of a projection), not a forecast.</summary>
    Assumed,

    /// <summary>Given by the caller (for example with <c>--cpi</c>).</summary>
    Given,
}
