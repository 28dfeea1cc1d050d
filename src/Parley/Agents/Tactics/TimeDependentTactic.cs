namespace Parley.Agents.Tactics;

/// <summary>
/// The time-dependent tactics of Faratin, Sierra and Jennings (1998), "Negotiation decision functions for autonomous
/// agents", in the utility form GENIUS uses (<c>TimeDependent_Offering</c>): at normalised time t the target is
/// u(t) = Pmin + (Pmax − Pmin)·(1 − f(t)), with f(t) = k + (1 − k)·t^(1/e) (and f = k when e = 0).
/// e &lt; 1 concedes late (Boulware), e = 1 linearly, e &gt; 1 early (Conceder), e = 0 never (Hardliner).
/// Pmax = min(max, best utility); Pmin = max(min, reservation value, worst utility), capped at Pmax, so the agent never
/// aims below its reservation value. Stateless during a negotiation; O(1) per turn.
/// </summary>
internal sealed class TimeDependentTactic : IConcessionTactic
{
    private readonly double _inverseExponent;

    public TimeDependentTactic(double exponent, double initialConcession = 0, double minimum = 0, double maximum = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(exponent);
        if (!double.IsFinite(exponent))
        {
            throw new ArgumentOutOfRangeException(nameof(exponent), exponent, "The exponent must be finite.");
        }

        if (initialConcession is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(initialConcession), initialConcession, "k must be in [0, 1].");
        }

        Exponent = exponent;
        _inverseExponent = exponent == 0 ? 0 : 1 / exponent;
        InitialConcession = initialConcession;
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>The concession exponent e.</summary>
    public double Exponent { get; }

    /// <summary>The initial concession k (f(0) = k).</summary>
    public double InitialConcession { get; }

    /// <summary>The lowest target asked for (the reservation value and worst utility also bound it).</summary>
    public double Minimum { get; }

    /// <summary>The highest target asked for (the best utility also bounds it).</summary>
    public double Maximum { get; }

    /// <summary>Pmin of the negotiation in progress.</summary>
    public double Pmin { get; private set; }

    /// <summary>Pmax of the negotiation in progress.</summary>
    public double Pmax { get; private set; }

    /// <summary>The fraction of the range conceded at time t: f(t) = k + (1 − k)·t^(1/e), or k when e = 0.</summary>
    public static double Concession(double time, double exponent, double initialConcession) =>
        exponent == 0
            ? initialConcession
            : initialConcession + ((1 - initialConcession) * Math.Pow(Math.Clamp(time, 0, 1), 1 / exponent));

    public void Start(AgentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Pmax = Math.Min(Maximum, context.Index.Maximum);
        Pmin = Math.Min(Pmax, Math.Max(Minimum, Math.Max(context.ReservationValue, context.Index.Minimum)));
    }

    /// <summary>The target at time t.</summary>
    public double TargetAt(double time)
    {
        // f(t) as in Concession, with 1/e computed once.
        var concession = Exponent == 0
            ? InitialConcession
            : InitialConcession + ((1 - InitialConcession) * Math.Pow(Math.Clamp(time, 0, 1), _inverseExponent));
        return Pmin + ((Pmax - Pmin) * (1 - concession));
    }

    public double Target(NegotiationView view) => TargetAt(view.Time);
}
