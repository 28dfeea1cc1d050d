namespace Parley.Agents.Tactics;

/// <summary>
/// The polynomial aspiration curve of NegMAS (<c>PolyAspiration</c>, used by its <c>AspirationNegotiator</c>, the
/// standard time-based benchmark agent of NegMAS and ANL): the aspiration level 1 − t^e, mapped onto the agent's
/// utility range, gives the target u(t) = Umax − (Umax − Umin)·t^e. Umax is the best utility; Umin the larger of the
/// reservation value and the worst utility. NegMAS names e = 4 "boulware", 1 "linear" and 0.25 "conceder"; the default
/// e = 4 is NegMAS's default. Note the exponent is the reciprocal of Faratin's: aspiration e corresponds to
/// time-dependent 1/e. Stateless during a negotiation; O(1) per turn.
/// </summary>
internal sealed class AspirationTactic : IConcessionTactic
{
    public const double DefaultExponent = 4.0;

    public AspirationTactic(double exponent = DefaultExponent)
    {
        if (!(exponent > 0) || !double.IsFinite(exponent))
        {
            throw new ArgumentOutOfRangeException(nameof(exponent), exponent, "The aspiration exponent must be a positive number.");
        }

        Exponent = exponent;
    }

    /// <summary>The exponent e.</summary>
    public double Exponent { get; }

    /// <summary>Umin of the negotiation in progress.</summary>
    public double Umin { get; private set; }

    /// <summary>Umax of the negotiation in progress.</summary>
    public double Umax { get; private set; }

    public void Start(AgentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Umax = context.Index.Maximum;
        Umin = Math.Min(Umax, Math.Max(context.ReservationValue, context.Index.Minimum));
    }

    /// <summary>The target at time t.</summary>
    public double TargetAt(double time) => Umax - ((Umax - Umin) * Math.Pow(Math.Clamp(time, 0, 1), Exponent));

    public double Target(NegotiationView view) => TargetAt(view.Time);
}
