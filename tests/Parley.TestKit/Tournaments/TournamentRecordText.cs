using System.Globalization;
using Parley.Tournaments;

namespace Parley.TestKit.Tournaments;

/// <summary>Tournament records as text for exact comparison: every field but the wall-clock time, doubles as their bits.</summary>
public static class TournamentRecordText
{
    /// <summary>One line per record.</summary>
    public static string[] Describe(IEnumerable<TournamentRecord> records) => [.. records.Select(Describe)];

    /// <summary>The record as one line.</summary>
    public static string Describe(TournamentRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return string.Join('|', new object?[]
        {
            r.Index, r.Repetition, r.Scenario, r.Assignment, r.Seed, string.Join(',', r.Agents), r.End, r.EndedBy, r.FailureRule, r.FailureMessage,
            r.Turns, r.Rounds, Bits(r.EndTime), r.Agreement, Join(r.Utilities), Join(r.DiscountedUtilities), Join(r.Advantages),
            Join(r.DiscountedAdvantages), Bits(r.SocialWelfare), Bits(r.DiscountedSocialWelfare), Bits(r.ParetoDistance), Bits(r.NashDistance),
            Bits(r.KalaiSmorodinskyDistance),
        });
    }

    private static string Join(IEnumerable<double> values) => string.Join(',', values.Select(v => Bits(v)));

    private static string Bits(double? value) =>
        value is { } x ? BitConverter.DoubleToInt64Bits(x).ToString("x16", CultureInfo.InvariantCulture) : "null";
}
