namespace Parley.BurdenSharing;

/// <summary>A yearly amount computed by an agreement's escalation rule from the prior year's amount.</summary>
/// <param name="Amount">The amount rounded to the publication unit (100 million won; USD 10 million), in currency units.</param>
/// <param name="PriorYear">The year whose amount the rule started from.</param>
/// <param name="PriorAmount">That amount: the published figure where there is one, else the computed one.</param>
/// <param name="PriorIsComputed">Whether the prior amount is itself computed (no published figure).</param>
/// <param name="Step">What the rule did.</param>
public sealed record ComputedAmount(long Amount, int PriorYear, long PriorAmount, bool PriorIsComputed, EscalationStep Step);
