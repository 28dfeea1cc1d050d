using Parley.Agents.Boa;

namespace Parley.Agents.Rubinstein;

/// <summary>
/// Plays Rubinstein's (1982) subgame-perfect equilibrium strategy as both the bidding and the acceptance strategy, for
/// split-the-pie scenarios, where the parties' utilities of an outcome add up to 1.
/// <para>
/// Per-round factors: δ_own = d_own^(1/R) and δ_opp = d_opp^(1/R) (<see cref="RubinsteinBargaining.PerRoundFactor"/>),
/// d being the GENIUS discount factors — the agent's own from its profile, the opponent's given, since an agent never
/// sees another party's preferences — and R the rounds of the deadline (R = 1 under a time-only deadline). Shares are
/// of the agent's utility range: share s means utility Umin + s·(Umax − Umin), which is s itself on split-the-pie.
/// </para>
/// <list type="bullet">
/// <item><description>Bidding: always the outcome nearest the proposer share x* = (1 − δ_opp)/(1 − δ_own·δ_opp); on a
/// grid exactly halfway between two outcomes, the one worth less to the agent (the generous one).</description></item>
/// <item><description>Acceptance: accept an offer worth at least the outcome nearest its responder share
/// y* = 1 − (1 − δ_own)/(1 − δ_opp·δ_own) = δ_own·x*, rounded the same way (so on split-the-pie the two rounded shares
/// are complements and the responder accepts the proposer's rounded offer at once).</description></item>
/// </list>
/// <para>
/// The reservation value and the deadline's finite horizon are ignored: this is the infinite-horizon equilibrium.
/// Everything is computed in <see cref="Start"/> (two binary searches); a turn is O(1).
/// </para>
/// </summary>
internal sealed class RubinsteinStrategy : IBiddingStrategy, IAcceptanceStrategy
{
    private AgentContext? _context;
    private long _bid;
    private double _threshold;

    public RubinsteinStrategy(double opponentDiscount)
    {
        if (double.IsNaN(opponentDiscount))
        {
            throw new ArgumentOutOfRangeException(nameof(opponentDiscount), opponentDiscount, "The opponent's discount factor must be a number.");
        }

        OpponentDiscount = opponentDiscount;
    }

    /// <summary>The opponent's GENIUS discount factor.</summary>
    public double OpponentDiscount { get; }

    /// <summary>x*: the share asked for as proposer.</summary>
    public double ProposerShare { get; private set; }

    /// <summary>y*: the share accepted as responder.</summary>
    public double ResponderShare { get; private set; }

    public void Start(AgentContext context, IOpponentModel? opponentModel)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        var rounds = context.Settings.Deadline.Rounds ?? 1;
        var own = RubinsteinBargaining.PerRoundFactor(context.Party.Discount.Value, rounds);
        var opponent = RubinsteinBargaining.PerRoundFactor(OpponentDiscount, rounds);
        ProposerShare = RubinsteinBargaining.ProposerShare(own, opponent);
        ResponderShare = 1 - RubinsteinBargaining.ProposerShare(opponent, own);
        var index = context.Index;
        var low = index.Minimum;
        var range = index.Maximum - low;
        _bid = RubinsteinBargaining.NearestOutcome(index, low + (ProposerShare * range));
        _threshold = index.UtilityOf(RubinsteinBargaining.NearestOutcome(index, low + (ResponderShare * range)));
    }

    public long NextBid(NegotiationView view) => _bid;

    public AcceptanceDecision Decide(NegotiationView view, long nextBid) =>
        _context!.UtilityOf(view.CurrentOffer) >= _threshold ? AcceptanceDecision.Accept : AcceptanceDecision.Reject;
}
