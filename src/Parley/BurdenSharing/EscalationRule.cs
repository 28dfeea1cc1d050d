namespace Parley.BurdenSharing;

/// <summary>
/// An SMA escalation rule: how a year's amount follows from the prior year's. Each kind of rule the SMAs used is a small
/// subtype; its inputs (CPI, defense-budget growth, …) come from <see cref="EscalationInputs"/> with their sources.
/// </summary>
public abstract record EscalationRule
{
    /// <summary>The rule as a formula, such as <c>prior × (1 + CPI of t−2), growth capped at 5 %</c>.</summary>
    public abstract string Formula { get; }

    /// <summary>Applies the rule to the prior year's amount (in currency units, unrounded growth).</summary>
    /// <param name="year">The year to compute.</param>
    /// <param name="prior">The prior year's amount.</param>
    /// <param name="inputs">The series the rule reads.</param>
    public abstract EscalationStep Apply(int year, decimal prior, EscalationInputs inputs);

    /// <summary>The formula.</summary>
    public override string ToString() => Formula;

    /// <summary>"of the same year", "of t−1", "of t−2", … for formulas.</summary>
    internal static string LagText(int lagYears) => lagYears switch
    {
        0 => "of the same year",
        1 => "of the prior year (t−1)",
        2 => "of two years before (t−2)",
        _ => $"of t−{lagYears}",
    };
}
