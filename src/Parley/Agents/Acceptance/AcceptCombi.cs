using Parley.Agents.Boa;
using Parley.Protocols;

namespace Parley.Agents.Acceptance;

/// <summary>
/// AC_combi(T, α) of Baarslag, Hindriks and Jonker (2014), "Effective acceptance conditions in multi-issue negotiation":
/// accept the offer x when AC_next holds (u(x) ≥ u(x′), x′ the agent's next bid), or when t ≥ T and u(x) ≥ α, where α
/// is the best (<see cref="CombiThreshold.MaxInWindow"/>) or average (<see cref="CombiThreshold.AverageInWindow"/>)
/// utility of the opponent offers received in the window [2t − 1, t] (as long as the time left), or the best received
/// so far (<see cref="CombiThreshold.MaxSoFar"/>). The offer on the table is in the window, so α is always defined.
/// One departure: after T, α is at least the reservation value (the paper's domains have none, and taking less than
/// walking away is never rational); the AC_next part is as published.
/// <para>
/// Offers are recorded as (time, utility) when observed, in arrays owned by the component that grow by doubling and
/// are reused by later negotiations; the window is scanned backwards from the newest offer only once t ≥ T, so a turn
/// costs O(offers in the window) and allocates nothing after warm-up.
/// </para>
/// </summary>
internal sealed class AcceptCombi : IAcceptanceStrategy
{
    private AgentContext? _context;
    private double[] _times = [];
    private double[] _utilities = [];
    private int _count;
    private double _maxSoFar;

    public AcceptCombi(double time, CombiThreshold threshold)
    {
        if (!Enum.IsDefined(threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "Unknown AC_combi threshold.");
        }

        Time = time;
        Threshold = threshold;
    }

    public double Time { get; }

    public CombiThreshold Threshold { get; }

    public void Start(AgentContext context, IOpponentModel? opponentModel)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        _count = 0;
        _maxSoFar = double.NegativeInfinity;
        if (_times.Length == 0)
        {
            var capacity = (int)Math.Min(context.Settings.TurnBudget ?? 64, 1024);
            _times = new double[capacity];
            _utilities = new double[capacity];
        }
    }

    public void Observe(NegotiationAction action, NegotiationView view)
    {
        if (action.Kind != ActionKind.Offer || action.Actor == view.Seat)
        {
            return;
        }

        if (_count == _times.Length)
        {
            Array.Resize(ref _times, _times.Length * 2);
            Array.Resize(ref _utilities, _utilities.Length * 2);
        }

        var utility = _context!.UtilityOf(action.Outcome);
        _times[_count] = view.Time;
        _utilities[_count] = utility;
        _count++;
        _maxSoFar = Math.Max(_maxSoFar, utility);
    }

    public AcceptanceDecision Decide(NegotiationView view, long nextBid)
    {
        var offered = _context!.UtilityOf(view.CurrentOffer);
        if (offered >= _context.UtilityOf(nextBid))
        {
            return AcceptanceDecision.Accept;
        }

        if (view.Time < Time)
        {
            return AcceptanceDecision.Reject;
        }

        var alpha = Math.Max(Alpha(view.Time, offered), _context.ReservationValue);
        return offered >= alpha ? AcceptanceDecision.Accept : AcceptanceDecision.Reject;
    }

    /// <summary>α at time t; the offer on the table counts as received in the window.</summary>
    private double Alpha(double time, double offered)
    {
        if (Threshold == CombiThreshold.MaxSoFar)
        {
            return Math.Max(_maxSoFar, offered);
        }

        var windowStart = time - (1 - time);
        double max = offered, sum = 0;
        var n = 0;
        for (var i = _count - 1; i >= 0 && _times[i] >= windowStart; i--)
        {
            max = Math.Max(max, _utilities[i]);
            sum += _utilities[i];
            n++;
        }

        return Threshold == CombiThreshold.MaxInWindow ? max : n == 0 ? offered : sum / n;
    }
}
