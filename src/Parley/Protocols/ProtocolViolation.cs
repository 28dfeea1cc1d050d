namespace Parley.Protocols;

/// <summary>A broken rule: who broke it, which rule, and a message for people.</summary>
/// <param name="Actor">The party's seat.</param>
/// <param name="Rule">The rule broken.</param>
/// <param name="Message">What happened, in words.</param>
public sealed record ProtocolViolation(int Actor, ProtocolRule Rule, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"party {Actor} broke {Rule}: {Message}";
}
