using System.Text.Json;
using Parley.Protocols;

namespace Parley.Negotiations;

/// <summary>
/// The words traces and the CLI's JSON use for ends, actions and rules: <c>agreement</c>, <c>walkaway</c>,
/// <c>deadline</c>, <c>failure</c>; <c>offer</c>, <c>accept</c>, <c>end</c>; rules in camelCase
/// (<c>acceptWithoutOffer</c>).
/// </summary>
public static class TraceNames
{
    /// <summary>The word for how a negotiation ended (<c>ongoing</c> for one that has not).</summary>
    public static string Of(NegotiationEnd end) => end switch
    {
        NegotiationEnd.Agreement => "agreement",
        NegotiationEnd.WalkAway => "walkaway",
        NegotiationEnd.Deadline => "deadline",
        NegotiationEnd.Failure => "failure",
        _ => "ongoing",
    };

    /// <summary>The word for an action kind.</summary>
    public static string Of(ActionKind kind) => kind switch
    {
        ActionKind.Offer => "offer",
        ActionKind.Accept => "accept",
        ActionKind.EndNegotiation => "end",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an action kind."),
    };

    /// <summary>The word for a rule: its name in camelCase.</summary>
    public static string Of(ProtocolRule rule) => JsonNamingPolicy.CamelCase.ConvertName(rule.ToString());

    /// <summary>Reads an end word back; false for anything else.</summary>
    public static bool TryParseEnd(string? text, out NegotiationEnd end)
    {
        foreach (var candidate in Enum.GetValues<NegotiationEnd>())
        {
            if (candidate != NegotiationEnd.Ongoing && Of(candidate) == text)
            {
                end = candidate;
                return true;
            }
        }

        end = NegotiationEnd.Ongoing;
        return false;
    }

    /// <summary>Reads an action word back; false for anything else.</summary>
    public static bool TryParseAction(string? text, out ActionKind kind)
    {
        foreach (var candidate in Enum.GetValues<ActionKind>())
        {
            if (Of(candidate) == text)
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>Reads a rule word back; false for anything else.</summary>
    public static bool TryParseRule(string? text, out ProtocolRule rule)
    {
        foreach (var candidate in Enum.GetValues<ProtocolRule>())
        {
            if (Of(candidate) == text)
            {
                rule = candidate;
                return true;
            }
        }

        rule = default;
        return false;
    }
}
