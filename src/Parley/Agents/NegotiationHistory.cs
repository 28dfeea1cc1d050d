using Parley.Protocols;

namespace Parley.Agents;

/// <summary>The actions of one negotiation in order, in a growable array the runner owns (amortised zero allocation).</summary>
internal sealed class NegotiationHistory
{
    private NegotiationAction[] _actions;
    private int _count;

    public NegotiationHistory(int capacity) => _actions = new NegotiationAction[Math.Max(capacity, 16)];

    public ReadOnlySpan<NegotiationAction> Actions => _actions.AsSpan(0, _count);

    public int Count => _count;

    public void Add(NegotiationAction action)
    {
        if (_count == _actions.Length)
        {
            Array.Resize(ref _actions, _actions.Length * 2);
        }

        _actions[_count++] = action;
    }

    public void Clear() => _count = 0;
}
