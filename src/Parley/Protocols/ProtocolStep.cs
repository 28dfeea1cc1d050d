namespace Parley.Protocols;

/// <summary>The result of applying an action to a protocol state: the next state, or the rule the action broke.</summary>
/// <typeparam name="TState">The protocol's state type.</typeparam>
public readonly struct ProtocolStep<TState>
    where TState : struct
{
    internal ProtocolStep(TState state, ProtocolViolation? violation)
    {
        State = state;
        Violation = violation;
    }

    /// <summary>The next state (the unchanged state when the action broke a rule).</summary>
    public TState State { get; }

    /// <summary>The broken rule, or null when the action was legal.</summary>
    public ProtocolViolation? Violation { get; }

    /// <summary>Whether the action broke a rule.</summary>
    public bool IsViolation => Violation is not null;
}

/// <summary>Creates <see cref="ProtocolStep{TState}"/> values.</summary>
public static class ProtocolStep
{
    /// <summary>A legal step.</summary>
    public static ProtocolStep<TState> Legal<TState>(TState next)
        where TState : struct => new(next, null);

    /// <summary>A rule broken; the state stays as it was.</summary>
    public static ProtocolStep<TState> Illegal<TState>(TState unchanged, ProtocolViolation violation)
        where TState : struct => new(unchanged, violation);
}
