using System.Globalization;
using System.Text;
using Parley.Negotiations;
using Parley.Tournaments;

namespace Parley.Cli.Rendering;

/// <summary>
/// <c>parley tournament report --csv DIR</c>: the results and aggregates as CSV files (RFC 4180, UTF-8 without a BOM,
/// "\n" line ends, a header row; numbers in the invariant culture in their shortest exact form; empty where undefined).
/// docs/tournaments.md lists every column. The negotiation files are streamed from the store, never held in memory.
/// </summary>
internal static class TournamentCsv
{
    /// <summary>The suffixes of an estimate's columns: mean, sample standard deviation, 95% interval, count.</summary>
    private static readonly string[] EstimateParts = ["mean", "sd", "lower", "upper", "n"];

    /// <summary>Writes the files; returns their names.</summary>
    public static IReadOnlyList<string> Write(string directory, TournamentReport report, IEnumerable<TournamentRecord> records, bool timings)
    {
        Directory.CreateDirectory(directory);
        var definition = report.Definition;
        using (var negotiations = Open(directory, "negotiations.csv"))
        using (var seats = Open(directory, "seats.csv"))
        {
            Row(negotiations, [
                "index", "repetition", "scenario", "assignment", "seed", "agents", "ending", "ended_by_seat", "ended_by_agent", "failure_rule",
                "failure_message", "turns", "rounds", "end_time", "agreement", "social_welfare", "discounted_social_welfare", "pareto_distance",
                "nash_distance", "kalai_smorodinsky_distance", .. Optional(timings, "elapsed_us")]);
            Row(seats, ["index", "seat", "party", "agent", "utility", "discounted_utility", "advantage", "discounted_advantage"]);
            foreach (var r in records)
            {
                var scenario = definition.Scenarios[r.Scenario];
                Row(negotiations, [
                    Integer(r.Index), Integer(r.Repetition), scenario.Name, Integer(r.Assignment), Integer(r.Seed),
                    string.Join(" vs ", r.Agents.Select(a => definition.AgentNames[a])),
                    TraceNames.Of(r.End), r.EndedBy >= 0 ? Integer(r.EndedBy) : string.Empty,
                    r.EndedBy >= 0 ? definition.AgentNames[r.Agents[r.EndedBy]] : string.Empty,
                    r.FailureRule is { } rule ? TraceNames.Of(rule) : string.Empty, r.FailureMessage ?? string.Empty,
                    Integer(r.Turns), Integer(r.Rounds), Number(r.EndTime), r.Agreement >= 0 ? Integer(r.Agreement) : string.Empty,
                    Number(r.SocialWelfare), Number(r.DiscountedSocialWelfare), Number(r.ParetoDistance), Number(r.NashDistance),
                    Number(r.KalaiSmorodinskyDistance), .. Optional(timings, Number(r.Elapsed.TotalMicroseconds))]);
                for (var seat = 0; seat < r.Agents.Length; seat++)
                {
                    Row(seats, [
                        Integer(r.Index), Integer(seat), scenario.PartyNames[seat], definition.AgentNames[r.Agents[seat]],
                        Number(r.Utilities[seat]), Number(r.DiscountedUtilities[seat]), Number(r.Advantages[seat]), Number(r.DiscountedAdvantages[seat])]);
                }
            }
        }

        using (var agents = Open(directory, "agents.csv"))
        {
            string[] estimates = ["utility", "discounted_utility", "advantage", "discounted_advantage", "agreement_rate", "social_welfare",
                "pareto_distance", "nash_distance", "rounds_to_agreement"];
            Row(agents, ["rank", "agent", "sessions", "agreements", "failures_caused", .. Columns(estimates)]);
            foreach (var s in report.Ranking)
            {
                Row(agents, [
                    Integer(s.Rank), s.Name, Integer(s.Sessions), Integer(s.Agreements), Integer(s.FailuresCaused),
                    .. Values(s.Utility, s.DiscountedUtility, s.Advantage, s.DiscountedAdvantage, s.AgreementRate, s.SocialWelfare,
                        s.ParetoDistance, s.NashDistance, s.RoundsToAgreement)]);
            }
        }

        using (var byScenario = Open(directory, "agent-scenarios.csv"))
        {
            Row(byScenario, ["agent", "scenario", "sessions", .. Columns(["utility", "discounted_utility", "advantage", "agreement_rate"])]);
            foreach (var c in report.ByScenario)
            {
                Row(byScenario, [
                    definition.AgentNames[c.Agent], definition.Scenarios[c.Scenario].Name, Integer(c.Sessions),
                    .. Values(c.Utility, c.DiscountedUtility, c.Advantage, c.AgreementRate)]);
            }
        }

        using (var byOpponent = Open(directory, "agent-opponents.csv"))
        {
            Row(byOpponent, ["agent", "opponent", "sessions", .. Columns(["utility", "discounted_utility", "agreement_rate"])]);
            foreach (var c in report.ByOpponent)
            {
                Row(byOpponent, [
                    definition.AgentNames[c.Agent], definition.AgentNames[c.Opponent], Integer(c.Sessions),
                    .. Values(c.Utility, c.DiscountedUtility, c.AgreementRate)]);
            }
        }

        using (var scenarios = Open(directory, "scenarios.csv"))
        {
            Row(scenarios, [
                "scenario", "parties", "outcomes", "assignments", "possible_assignments", "sampled", "negotiations", "agreements", "failures",
                .. Columns(["agreement_rate", "social_welfare", "discounted_social_welfare", "pareto_distance", "nash_distance", "rounds_to_agreement"])]);
            foreach (var s in report.Scenarios)
            {
                var scenario = definition.Scenarios[s.Scenario];
                Row(scenarios, [
                    scenario.Name, Integer(scenario.Parties), Integer(scenario.Outcomes), Integer(scenario.Assignments), Integer(scenario.PossibleAssignments),
                    scenario.IsSampled ? "true" : "false", Integer(s.Negotiations), Integer(s.Agreements), Integer(s.Failures),
                    .. Values(s.AgreementRate, s.SocialWelfare, s.DiscountedSocialWelfare, s.ParetoDistance, s.NashDistance, s.RoundsToAgreement)]);
            }
        }

        return ["negotiations.csv", "seats.csv", "agents.csv", "agent-scenarios.csv", "agent-opponents.csv", "scenarios.csv"];
    }

    private static StreamWriter Open(string directory, string name) =>
        new(Path.Combine(directory, name), append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };

    private static IEnumerable<string> Columns(IEnumerable<string> estimates) =>
        estimates.SelectMany(e => EstimateParts.Select(p => $"{e}_{p}"));

    private static IEnumerable<string> Values(params Estimate[] estimates) =>
        estimates.SelectMany(e => new[] { Number(e.Mean), Number(e.StandardDeviation), Number(e.Lower), Number(e.Upper), Integer(e.Count) });

    private static void Row(StreamWriter writer, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                writer.Write(',');
            }

            first = false;
            if (field.AsSpan().IndexOfAny(",\"\n\r") >= 0)
            {
                writer.Write('"');
                writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(field);
            }
        }

        writer.WriteLine();
    }

    private static IEnumerable<string> Optional(bool include, string field) => include ? [field] : [];

    private static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(double? value) =>
        value is { } x && double.IsFinite(x) ? x.ToString("R", CultureInfo.InvariantCulture) : string.Empty;
}
