namespace Parley.Agents.Boa;

/// <summary>
/// The opponent model of the BOA architecture (Baarslag, Hindriks, Hendrikx, Dirkzwager and Jonker 2014, "Decoupling
/// negotiating agents to explore the space of negotiation strategies", in Novel Insights in Agent-based Complex Automated
/// Negotiation): learns from the offers the other parties make and estimates how much they like an outcome. The
/// <see cref="BoaAgent"/> calls <see cref="Update"/> for every offer made by another party (all other parties are pooled
/// into one model), and the bidding and acceptance strategies read <see cref="EstimatedUtility"/>.
/// <para>
/// Implementations should update in O(issues) per offer and allocate nothing per offer: buffers belong to the model and
/// are allocated in <see cref="Start"/>.
/// </para>
/// </summary>
public interface IOpponentModel
{
    /// <summary>Forgets everything and prepares for a new negotiation.</summary>
    void Start(AgentContext context);

    /// <summary>Learns from an offer of <paramref name="outcome"/> (dense index) made by another party.</summary>
    void Update(long outcome, NegotiationView view);

    /// <summary>The estimated utility of <paramref name="outcome"/> for the opponent, in [0, 1].</summary>
    double EstimatedUtility(long outcome);
}
