using System.Globalization;
using Parley.Preferences;
using Parley.Talks;
using Parley.Talks.Examples;

namespace Parley.Cases;

/// <summary>
/// Parley's flagship case: the 2019–2021 U.S.–ROK talks on the 11th Special Measures Agreement, as the built-in talks
/// file <c>sma-2019</c> (src/Parley/Talks/Examples/sma-2019.talks.json; docs/cases/sma-2019.md). This class runs it and
/// reads its runs in the case's terms (won and dollars, escalation rules, years); <see cref="SmaActual"/> is what really
/// happened, <see cref="SmaBacktest"/> and <see cref="SmaSensitivity"/> compare the model with it.
/// </summary>
public static class SmaCase
{
    /// <summary>The name of the built-in talks.</summary>
    public const string TalksName = "sma-2019";

    /// <summary>The first year the agreement covers.</summary>
    public const int FirstYear = 2020;

    /// <summary>The 2019 contribution (10th SMA), billion won (MOFA).</summary>
    public const double Level2019 = 1038.9;

    /// <summary>The party names of the case file.</summary>
    public const string UnitedStates = "United States";

    /// <summary>The party names of the case file.</summary>
    public const string Korea = "Republic of Korea";

    internal const string PaymentIssue = "payment2020";
    internal const string EscalationIssue = "escalation";
    internal const string DurationIssue = "duration";
    internal const string LaborIssue = "laborShare";
    internal const string ScopeIssue = "scope";

    /// <summary>The case's talks, as shipped.</summary>
    public static TalksScenario Load() => TalksExamples.Load(TalksName);

    /// <summary>Whether talks are this case (by name), so the SMA-specific reports apply.</summary>
    public static bool Is(TalksScenario talks)
    {
        ArgumentNullException.ThrowIfNull(talks);
        return talks.Name == TalksName;
    }

    /// <summary>The exchange rate the file's dollar figures use (its <c>fx</c> assumption), won per dollar.</summary>
    public static double WonPerDollar(TalksScenario talks)
    {
        ArgumentNullException.ThrowIfNull(talks);
        return talks.Assumption("fx")?.Value ?? throw new ArgumentException($"Talks '{talks.Name}' state no \"fx\" assumption (won per dollar).", nameof(talks));
    }

    /// <summary>Runs the talks in memory with their default agents (or <paramref name="settings"/>) and reads the run.</summary>
    public static SmaRun Run(TalksScenario talks, TalksSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(talks);
        var session = TalksSession.Start(talks, settings ?? TalksSettings.For(talks));
        return new SmaRun(talks, session.Settings, session.Run());
    }

    /// <summary>Billion won as text with dollars: <c>1,122.0 bn won ($0.96 B)</c>.</summary>
    public static string Money(double billionWon, double wonPerDollar) => string.Create(
        CultureInfo.InvariantCulture, $"{billionWon:N1} bn won (${billionWon / wonPerDollar:0.00} B)");

    /// <summary>A 2020 payment as text with dollars and its increase over 2019: <c>1,122.0 bn won ($0.96 B, +8.0 %)</c>.</summary>
    public static string Payment(double billionWon, double wonPerDollar) => string.Create(
        CultureInfo.InvariantCulture, $"{billionWon:N1} bn won (${billionWon / wonPerDollar:0.00} B, {Percent(((billionWon / Level2019) - 1) * 100)})");

    /// <summary>A signed percentage: <c>+8.0 %</c>.</summary>
    public static string Percent(double percent) => string.Create(CultureInfo.InvariantCulture, $"{(percent >= 0 ? "+" : "−")}{Math.Abs(percent):0.0} %");

    /// <summary>The escalation rule's name in words.</summary>
    public static string RuleName(string rule) => rule switch
    {
        "none" => "frozen",
        "cpiCapped" => "CPI-capped growth",
        "fixed" => "fixed growth",
        "defenseBudget" => "defense-budget growth",
        _ => rule,
    };

    /// <summary>The payment stream of the first party whose preferences are one (to read amounts of terms).</summary>
    internal static PaymentStream Stream(Scenarios.Scenario scenario) =>
        scenario.Parties.Select(p => p.Utility).OfType<PaymentStreamUtilityFunction>().FirstOrDefault()?.Stream
        ?? throw new ArgumentException($"Scenario '{scenario.Name}' has no payment-stream preferences.", nameof(scenario));

    /// <summary>The terms of an outcome of the case's space, amounts as the agreement fixes them.</summary>
    internal static SmaTerms Terms(Scenarios.Scenario scenario, long outcome)
    {
        var stream = Stream(scenario);
        return SmaTerms.Of(scenario.Space, outcome, values =>
        {
            var amounts = stream.Amounts(stream.FirstYearAmount(values.AsSpan()), stream.EscalationOf(values.AsSpan()), stream.DurationOf(values.AsSpan()));
            return amounts[..Math.Min(stream.DurationOf(values.AsSpan()), amounts.Length)];
        });
    }
}
