namespace Parley.BurdenSharing;

/// <summary>An amount set by negotiation, with no formula (the 1st and 2nd SMAs' phase-in, the 6th SMA's cut).</summary>
/// <param name="Description">What was agreed, in words.</param>
public sealed record NegotiatedLevelRule(string Description) : EscalationRule
{
    /// <inheritdoc />
    public override string Formula => $"negotiated level: {Description}";

    /// <inheritdoc />
    public override EscalationStep Apply(int year, decimal prior, EscalationInputs inputs) =>
        EscalationStep.Unavailable("the amount was negotiated; there is no formula to compute it");
}
