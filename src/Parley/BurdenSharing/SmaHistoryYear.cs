namespace Parley.BurdenSharing;

/// <summary>
/// One year of the SMA history: the published figure, the figure the agreement's rule computes, or both (then the
/// rule reproduces the published figure when they are equal).
/// </summary>
/// <param name="Year">The year.</param>
/// <param name="Currency">The currency of the year's amounts.</param>
/// <param name="Agreement">The agreement in force.</param>
/// <param name="Rule">The agreement's rule for the year.</param>
/// <param name="Published">The published figure, if any.</param>
/// <param name="Computed">The figure the rule computes, if it can.</param>
/// <param name="NotComputedReason">Why the rule could not compute the year, when it could not.</param>
public sealed record SmaHistoryYear(
    int Year,
    Currency Currency,
    SpecialMeasuresAgreement Agreement,
    EscalationRule Rule,
    PublishedAmount? Published,
    ComputedAmount? Computed,
    string? NotComputedReason)
{
    /// <summary>The year's amount: the published figure where there is one, else the computed one.</summary>
    public long Amount => Published?.Amount ?? Computed?.Amount
        ?? throw new InvalidOperationException($"{Year} has neither a published nor a computed amount.");

    /// <summary>Whether <see cref="Amount"/> is computed (there is no published figure).</summary>
    public bool IsComputed => Published is null;

    /// <summary>Whether the rule reproduces the published figure; <see langword="null"/> unless both exist.</summary>
    public bool? Reproduces => Published is not null && Computed is not null ? Published.Amount == Computed.Amount : null;

    /// <summary>Whether a computed amount rests on assumed or caller-given inputs (a projection).</summary>
    public bool IsProjection => Computed is not null && Computed.Step.Inputs.Any(i => i.Status is FigureStatus.Assumed or FigureStatus.Given);
}
