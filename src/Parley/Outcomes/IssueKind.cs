namespace Parley.Outcomes;

/// <summary>The three kinds of negotiation issue GENIUS and Parley know.</summary>
public enum IssueKind
{
    /// <summary>Named values with no order (colours, brands, yes/no).</summary>
    Discrete,

    /// <summary>Whole numbers between two inclusive bounds.</summary>
    Integer,

    /// <summary>Real numbers between two bounds, enumerated on an explicit grid.</summary>
    Real,
}
