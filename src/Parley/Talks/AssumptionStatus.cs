namespace Parley.Talks;

/// <summary>How far an assumption of a talks file can be trusted.</summary>
public enum AssumptionStatus
{
    /// <summary>A cited source gives the figure.</summary>
    Sourced,

    /// <summary>Computed from sourced figures (the derivation is given).</summary>
    Derived,

    /// <summary>Reported, but the sources disagree or the figure was never confirmed.</summary>
    Unverified,

    /// <summary>A modelling choice, with its reason.</summary>
    Assumed,
}
