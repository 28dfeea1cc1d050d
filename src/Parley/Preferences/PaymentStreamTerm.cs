namespace Parley.Preferences;

/// <summary>One per-issue term of a <see cref="PaymentStreamUtilityFunction"/>: weight × value function of one issue.</summary>
/// <param name="Issue">The issue's position in the outcome space.</param>
/// <param name="Weight">Its weight (finite, ≥ 0), used as written.</param>
/// <param name="Function">Its value function.</param>
public sealed record PaymentStreamTerm(int Issue, double Weight, ValueFunction Function);
