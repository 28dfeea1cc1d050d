using Parley.Protocols;

namespace Parley.Agents.TimeDependent;

/// <summary>
/// The time-dependent family of Faratin, Sierra and Jennings (1998), "Negotiation decision functions for autonomous
/// agents", Robotics and Autonomous Systems 24(3–4): at normalised time t the agent aims at
/// u(t) = Pmin + (Pmax − Pmin)·(1 − t^(1/e)), offers the least-good outcome still worth at least u(t), and accepts an
/// offer worth at least what it is about to offer (AC_next). e &lt; 1 concedes late (Boulware), e = 1 linearly, e &gt; 1
/// early (Conceder); e = 0 never concedes (Hardliner). Pmax is its best utility, Pmin its reservation value (or its
/// worst utility, if higher).
/// </summary>
public sealed class TimeDependentAgent : Agent
{
    private readonly string _name;
    private double _pmin;
    private double _pmax;

    /// <summary>Creates the agent with concession exponent <paramref name="exponent"/> (e ≥ 0).</summary>
    public TimeDependentAgent(double exponent, string name = "TimeDependent")
    {
        ArgumentOutOfRangeException.ThrowIfNegative(exponent);
        Exponent = exponent;
        _name = name;
    }

    /// <inheritdoc />
    public override string Name => _name;

    /// <summary>The concession exponent e.</summary>
    public double Exponent { get; }

    /// <inheritdoc />
    public override void Start(AgentContext context)
    {
        base.Start(context);
        _pmax = context.Index.Maximum;
        _pmin = Math.Min(_pmax, Math.Max(context.ReservationValue, context.Index.Minimum));
    }

    /// <summary>The utility aimed at at time t.</summary>
    public double Target(double time) =>
        Exponent == 0 ? _pmax : _pmin + ((_pmax - _pmin) * (1 - Math.Pow(Math.Clamp(time, 0, 1), 1 / Exponent)));

    /// <inheritdoc />
    public override NegotiationAction Act(NegotiationView view)
    {
        var bid = Context.Index.LowestAtLeast(Target(view.Time));
        if (view.HasOpponentOffer && view.UtilityOf(view.CurrentOffer) >= Context.Index.UtilityOf(bid))
        {
            return NegotiationAction.Accept(view.Seat);
        }

        return NegotiationAction.Offer(view.Seat, bid);
    }
}
