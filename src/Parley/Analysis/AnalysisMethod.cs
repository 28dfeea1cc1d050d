namespace Parley.Analysis;

/// <summary>How <see cref="ScenarioAnalyzer"/> finds the Pareto frontier and the bargaining solutions.</summary>
public enum AnalysisMethod
{
    /// <summary>
    /// Choose: <see cref="LinearAdditiveMerge"/> when every party is purely linear-additive, else
    /// <see cref="Enumeration"/> when the space fits <see cref="AnalysisOptions.MaxEnumeratedOutcomes"/>, else
    /// <see cref="HyperRectangleSearch"/> when every party is a hyper-rectangle sum, else fail with
    /// <see cref="AnalysisTooLargeException"/>. Never samples on its own.
    /// </summary>
    Auto,

    /// <summary>Evaluate every outcome (exact; memory grows with the space).</summary>
    Enumeration,

    /// <summary>
    /// Merge per-issue frontiers without enumerating (exact; only when every party is a linear-additive utility
    /// function whose cap at 1 never binds).
    /// </summary>
    LinearAdditiveMerge,

    /// <summary>
    /// Branch and bound over the issues (exact; only when every party is a hyper-rectangle utility function, as in the
    /// ANAC 2014 non-linear profiles): skips every part of the space an outcome already found dominates.
    /// </summary>
    HyperRectangleSearch,

    /// <summary>Analyse a seeded uniform sample of distinct outcomes (approximate: the frontier of the sample).</summary>
    Sampling,
}
