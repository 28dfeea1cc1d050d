using System.Collections.Immutable;

namespace Parley.BurdenSharing;

/// <summary>
/// What an escalation rule did for one year: the growth it applied, the unrounded amount, and the inputs it read; or why it
/// could not compute the year (<see cref="IsAvailable"/> is <see langword="false"/>).
/// </summary>
public sealed record EscalationStep
{
    private EscalationStep(bool isAvailable, decimal growthPercent, decimal unrounded, ImmutableArray<IndexValue> inputs, bool capBinding, string explanation)
    {
        IsAvailable = isAvailable;
        GrowthPercent = growthPercent;
        Unrounded = unrounded;
        Inputs = inputs;
        CapBinding = capBinding;
        Explanation = explanation;
    }

    /// <summary>Whether the rule computed the year.</summary>
    public bool IsAvailable { get; }

    /// <summary>The growth applied to the prior amount, in percent (after any cap).</summary>
    public decimal GrowthPercent { get; }

    /// <summary>prior × (1 + growth), before rounding to the publication unit.</summary>
    public decimal Unrounded { get; }

    /// <summary>The inputs the rule read, with their sources.</summary>
    public ImmutableArray<IndexValue> Inputs { get; }

    /// <summary>Whether a cap lowered the growth.</summary>
    public bool CapBinding { get; }

    /// <summary>How the growth came about (<c>defense-budget growth of 2023: 4.4 %</c>), or why the year is not computed.</summary>
    public string Explanation { get; }

    /// <summary>A computed step.</summary>
    public static EscalationStep Computed(decimal prior, decimal growthPercent, IEnumerable<IndexValue> inputs, string explanation, bool capBinding = false) =>
        new(true, growthPercent, prior * (1 + (growthPercent / 100m)), [.. inputs], capBinding, explanation);

    /// <summary>A year the rule cannot compute, and why.</summary>
    public static EscalationStep Unavailable(string reason) => new(false, 0, 0, [], false, reason);
}
