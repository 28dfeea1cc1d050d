namespace Parley.BurdenSharing;

/// <summary>The escalation rule an agreement applies in one year.</summary>
/// <param name="Year">The year.</param>
/// <param name="Rule">The rule.</param>
public sealed record YearRule(int Year, EscalationRule Rule);
