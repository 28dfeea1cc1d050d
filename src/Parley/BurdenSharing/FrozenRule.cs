namespace Parley.BurdenSharing;

/// <summary>The prior year's amount, unchanged (2006 under the 6th SMA, 2020 under the 11th).</summary>
public sealed record FrozenRule : EscalationRule
{
    /// <inheritdoc />
    public override string Formula => "prior (frozen)";

    /// <inheritdoc />
    public override EscalationStep Apply(int year, decimal prior, EscalationInputs inputs) =>
        EscalationStep.Computed(prior, 0, [], "frozen at the prior year's amount");
}
