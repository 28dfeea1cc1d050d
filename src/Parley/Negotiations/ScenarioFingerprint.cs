using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Parley.Outcomes;

namespace Parley.Negotiations;

/// <summary>
/// A SHA-256 digest of everything a negotiation's result depends on in a scenario: the issues and their values in order,
/// and for each party in seat order its name, reservation value, discount factor and its utility of every outcome (as
/// exact bits). Two scenarios with the same fingerprint give the same negotiation, whatever file format they came from;
/// a renamed issue, a changed weight or a reordered party changes it. Traces record it so that a replay against another
/// scenario is refused.
/// </summary>
public static class ScenarioFingerprint
{
    /// <summary>The prefix of every fingerprint, naming the digest.</summary>
    public const string Prefix = "sha256:";

    /// <summary>The fingerprint of a prepared scenario: <c>sha256:</c> followed by 64 lowercase hex digits.</summary>
    public static string Compute(PreparedScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var space = scenario.Scenario.Space;
        AppendInt(hash, space.IssueCount);
        foreach (var issue in space.Issues)
        {
            AppendText(hash, issue.Name);
            AppendInt(hash, (int)issue.Kind);
            AppendInt(hash, issue.ValueCount);
            for (var v = 0; v < issue.ValueCount; v++)
            {
                var value = issue.ValueAt(v);
                switch (value.Kind)
                {
                    case IssueKind.Discrete:
                        AppendText(hash, value.Text!);
                        break;
                    case IssueKind.Integer:
                        AppendLong(hash, value.Integer);
                        break;
                    default:
                        AppendDouble(hash, value.Real);
                        break;
                }
            }
        }

        var parties = scenario.Scenario.Parties;
        AppendInt(hash, parties.Length);
        for (var j = 0; j < parties.Length; j++)
        {
            AppendText(hash, parties[j].Name);
            AppendDouble(hash, parties[j].ReservationValue);
            AppendDouble(hash, parties[j].Discount.Value);
            var utilities = scenario.Indexes[j].Utilities;
            AppendLong(hash, utilities.Length);
            if (BitConverter.IsLittleEndian)
            {
                hash.AppendData(MemoryMarshal.AsBytes(utilities));
            }
            else
            {
                foreach (var u in utilities)
                {
                    AppendDouble(hash, u);
                }
            }
        }

        return Prefix + Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void AppendText(IncrementalHash hash, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        AppendInt(hash, bytes.Length);
        hash.AppendData(bytes);
    }

    private static void AppendInt(IncrementalHash hash, int value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        hash.AppendData(bytes);
    }

    private static void AppendLong(IncrementalHash hash, long value)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
        hash.AppendData(bytes);
    }

    private static void AppendDouble(IncrementalHash hash, double value) => AppendLong(hash, BitConverter.DoubleToInt64Bits(value));
}
