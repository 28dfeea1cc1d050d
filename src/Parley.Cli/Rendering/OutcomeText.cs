using System.Globalization;
using Parley.Outcomes;

namespace Parley.Cli.Rendering;

/// <summary>Short human text for outcomes and utilities.</summary>
internal static class OutcomeText
{
    public static string Describe(OutcomeSpace space, Outcome outcome) =>
        string.Join(", ", space.Describe(outcome.ValueIndices).Select(pair => $"{pair.Key}={Format(pair.Value)}"));

    public static string Format(IssueValue value) => value.Kind switch
    {
        IssueKind.Real => value.Real.ToString("0.####", CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    public static string Utility(double u) => u.ToString("0.0000", CultureInfo.InvariantCulture);
}
