using Parley.Agents.Boa;

namespace Parley.Agents.Acceptance;

/// <summary>
/// The acceptance conditions of Baarslag, Hindriks and Jonker (2014), "Effective acceptance conditions in multi-issue
/// negotiation", as BOA components. All compare undiscounted own utilities. Each call makes a fresh component: give every
/// agent its own.
/// </summary>
public static class AcceptanceConditions
{
    /// <summary>AC_next(α, β): accept x when α·u(x) + β ≥ u(x′), x′ the agent's next bid.</summary>
    public static IAcceptanceStrategy Next(double alpha = 1, double beta = 0) => new AcceptNext(alpha, beta);

    /// <summary>AC_const(α): accept x when u(x) ≥ α.</summary>
    public static IAcceptanceStrategy Constant(double threshold) => new AcceptConstant(threshold);

    /// <summary>AC_time(T): accept anything once t ≥ T.</summary>
    public static IAcceptanceStrategy Time(double time) => new AcceptTime(time);

    /// <summary>
    /// AC_combi(T, α): AC_next, or after time T any offer at least as good as α (see <see cref="CombiThreshold"/>) and the
    /// reservation value.
    /// </summary>
    public static IAcceptanceStrategy Combi(double time, CombiThreshold threshold = CombiThreshold.MaxInWindow) => new AcceptCombi(time, threshold);

    /// <summary>Accepts any offer worth at least the reservation value.</summary>
    public static IAcceptanceStrategy AboveReservation() => new AcceptAboveReservation();
}
