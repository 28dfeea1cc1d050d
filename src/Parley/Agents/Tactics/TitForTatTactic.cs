using Parley.Protocols;

namespace Parley.Agents.Tactics;

/// <summary>
/// The imitative (tit-for-tat) tactics of Faratin, Sierra and Jennings (1998), "Negotiation decision functions for
/// autonomous agents" (§ 4.3), stated in the agent's own utility terms, as they are usually implemented (NegMAS's
/// tit-for-tat, for one, measures the opponent's concession as the rise in its own utility of the opponent's offers).
/// <para>
/// Let o₁, o₂, … be the agent's utilities of the opponent's offers and δ ≥ 1 the delay. The target starts at Pmax (the
/// best utility). Each time an offer o_j arrives with j ≥ δ + 1, the agent reacts to the opponent's step δ offers back,
/// from a = o_(j−δ) to b = o_(j−δ+1) (δ = 1: its latest step), which is Faratin's pair x^(t_(n−2δ)), x^(t_(n−2δ+2)):
/// </para>
/// <list type="bullet">
/// <item><description>absolute: T ← T − (b − a), conceding the same utility the opponent conceded;</description></item>
/// <item><description>relative: T ← Pmin + (T − Pmin)·(Pmax − b)/(Pmax − a) (ratio 1 when Pmax = a): the opponent
/// closed a fraction of its gap to the agent's best outcome, and the agent closes the same fraction of its own
/// concession range;</description></item>
/// </list>
/// <para>
/// and T is kept in [Pmin, Pmax], Pmin being the larger of the reservation value and the worst utility. A retraction by
/// the opponent (b &lt; a) raises T again. Faratin's random term R(M) of absolute tit-for-tat is left out (M = 0), so the
/// tactic is deterministic. With more than two parties every other party's offers are pooled into one sequence. O(1)
/// per offer; the δ + 1 most recent utilities live in a ring allocated in <see cref="Start"/>.
/// </para>
/// </summary>
internal sealed class TitForTatTactic : IConcessionTactic
{
    private double[] _recent = [];
    private int _count;
    private double _target;
    private double _pmin;
    private double _pmax;
    private AgentContext? _context;

    public TitForTatTactic(TitForTatMode mode, int delay = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, 1);
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown tit-for-tat mode.");
        }

        Mode = mode;
        Delay = delay;
    }

    /// <summary>Absolute or relative.</summary>
    public TitForTatMode Mode { get; }

    /// <summary>The delay δ.</summary>
    public int Delay { get; }

    public void Start(AgentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        if (_recent.Length != Delay + 1)
        {
            _recent = new double[Delay + 1];
        }

        _count = 0;
        _pmax = context.Index.Maximum;
        _pmin = Math.Min(_pmax, Math.Max(context.ReservationValue, context.Index.Minimum));
        _target = _pmax;
    }

    public void Observe(NegotiationAction action, NegotiationView view)
    {
        if (action.Kind != ActionKind.Offer || action.Actor == view.Seat)
        {
            return;
        }

        var length = _recent.Length;
        _recent[_count % length] = _context!.UtilityOf(action.Outcome);
        _count++;
        if (_count < length)
        {
            return;
        }

        var before = _recent[(_count - length) % length];
        var after = _recent[(_count - length + 1) % length];
        double next;
        if (Mode == TitForTatMode.Absolute)
        {
            next = _target - (after - before);
        }
        else
        {
            var gapBefore = _pmax - before;
            var ratio = gapBefore > 0 ? (_pmax - after) / gapBefore : 1.0;
            next = _pmin + ((_target - _pmin) * ratio);
        }

        _target = Math.Clamp(next, _pmin, _pmax);
    }

    public double Target(NegotiationView view) => _target;
}
