using System.Text.Json;
using Parley.Storage.Tournaments;
using Parley.Tournaments;

namespace Parley.Cli.Rendering;

/// <summary>
/// The JSON of <c>parley tournament report --json</c> (docs/tournaments.md describes every field). It depends only on
/// the definition and the stored results, which are read in index order, so the same tournament gives the same bytes
/// whatever the number of workers and however often it was interrupted. Wall-clock figures appear only under
/// <c>timings</c>, with <c>--timings</c>. Fields may be added, never renamed.
/// </summary>
internal static class TournamentJson
{
    public const string FormatName = "parley-tournament-report/1";

    public static void Write(TournamentReport report, IReadOnlyList<StoredRun>? runs, TextWriter output) =>
        JsonOutput.Write(output, json => Write(report, runs, json));

    private static void Write(TournamentReport report, IReadOnlyList<StoredRun>? runs, Utf8JsonWriter json)
    {
        var definition = report.Definition;
        json.WriteStartObject();
        json.WriteString("format", FormatName);
        json.WritePropertyName("tournament");
        WriteDefinition(definition, json);
        json.WriteNumber("completed", report.Completed);
        json.WriteBoolean("complete", report.IsComplete);
        json.WriteNumber("agreements", report.Agreements);
        json.WriteNumber("failures", report.Failures);
        json.WriteStartObject("confidence");
        json.WriteNumber("level", Estimate.ConfidenceLevel);
        json.WriteString("means", "student-t");
        json.WriteString("rates", "wilson");
        json.WriteEndObject();

        json.WriteStartArray("ranking");
        foreach (var s in report.Ranking)
        {
            json.WriteStartObject();
            json.WriteNumber("rank", s.Rank);
            json.WriteString("agent", s.Name);
            json.WriteNumber("sessions", s.Sessions);
            json.WriteNumber("agreements", s.Agreements);
            json.WriteNumber("failuresCaused", s.FailuresCaused);
            WriteEstimate(json, "utility", s.Utility);
            WriteEstimate(json, "discountedUtility", s.DiscountedUtility);
            WriteEstimate(json, "advantage", s.Advantage);
            WriteEstimate(json, "discountedAdvantage", s.DiscountedAdvantage);
            WriteEstimate(json, "agreementRate", s.AgreementRate);
            WriteEstimate(json, "socialWelfare", s.SocialWelfare);
            WriteEstimate(json, "paretoDistance", s.ParetoDistance);
            WriteEstimate(json, "nashDistance", s.NashDistance);
            WriteEstimate(json, "roundsToAgreement", s.RoundsToAgreement);
            JsonOutput.WriteNumbers(json, "agreementTimes", s.AgreementTimes.Select(c => (double)c));
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("byScenario");
        foreach (var c in report.ByScenario)
        {
            json.WriteStartObject();
            json.WriteString("agent", definition.AgentNames[c.Agent]);
            json.WriteString("scenario", definition.Scenarios[c.Scenario].Name);
            json.WriteNumber("sessions", c.Sessions);
            WriteEstimate(json, "utility", c.Utility);
            WriteEstimate(json, "discountedUtility", c.DiscountedUtility);
            WriteEstimate(json, "advantage", c.Advantage);
            WriteEstimate(json, "agreementRate", c.AgreementRate);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("byOpponent");
        foreach (var c in report.ByOpponent)
        {
            json.WriteStartObject();
            json.WriteString("agent", definition.AgentNames[c.Agent]);
            json.WriteString("opponent", definition.AgentNames[c.Opponent]);
            json.WriteNumber("sessions", c.Sessions);
            WriteEstimate(json, "utility", c.Utility);
            WriteEstimate(json, "discountedUtility", c.DiscountedUtility);
            WriteEstimate(json, "agreementRate", c.AgreementRate);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("scenarios");
        foreach (var s in report.Scenarios)
        {
            json.WriteStartObject();
            json.WriteString("scenario", definition.Scenarios[s.Scenario].Name);
            json.WriteNumber("negotiations", s.Negotiations);
            json.WriteNumber("agreements", s.Agreements);
            json.WriteNumber("failures", s.Failures);
            WriteEstimate(json, "agreementRate", s.AgreementRate);
            WriteEstimate(json, "socialWelfare", s.SocialWelfare);
            WriteEstimate(json, "discountedSocialWelfare", s.DiscountedSocialWelfare);
            WriteEstimate(json, "paretoDistance", s.ParetoDistance);
            WriteEstimate(json, "nashDistance", s.NashDistance);
            WriteEstimate(json, "roundsToAgreement", s.RoundsToAgreement);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("agreementTimes");
        json.WriteNumber("bins", TournamentReport.AgreementTimeBins);
        JsonOutput.WriteNumbers(json, "counts", report.AgreementTimes.Select(c => (double)c));
        json.WriteEndObject();

        if (runs is not null)
        {
            json.WriteStartObject("timings");
            json.WriteNumber("negotiationSeconds", report.NegotiationTime.TotalSeconds);
            JsonOutput.WriteNumberOrNull(json, "meanNegotiationMicroseconds", report.Completed > 0 ? report.NegotiationTime.TotalMicroseconds / report.Completed : null);
            json.WriteStartArray("runs");
            foreach (var run in runs)
            {
                json.WriteStartObject();
                json.WriteNumber("run", run.Run);
                json.WriteString("started", run.Started);
                if (run.Finished is null)
                {
                    json.WriteNull("finished");
                }
                else
                {
                    json.WriteString("finished", run.Finished);
                }

                json.WriteNumber("workers", run.Workers);
                json.WriteNumber("negotiations", run.Negotiations);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteDefinition(TournamentDefinition definition, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("fingerprint", definition.Fingerprint);
        json.WriteNumber("negotiations", definition.Count);
        json.WriteNumber("seed", definition.Seed);
        json.WriteNumber("repetitions", definition.Repetitions);
        json.WriteBoolean("selfPlay", definition.SelfPlay);
        json.WriteStartObject("deadline");
        JsonOutput.WriteNumberOrNull(json, "rounds", definition.Deadline.Rounds);
        JsonOutput.WriteNumberOrNull(json, "seconds", definition.Deadline.Time?.TotalSeconds);
        json.WriteEndObject();
        JsonOutput.WriteNumberOrNull(json, "turnTimeLimitSeconds", definition.TurnTimeLimit?.TotalSeconds);
        json.WriteBoolean("reproducible", definition.IsReproducible);
        JsonOutput.WriteStrings(json, "agents", definition.AgentNames);
        json.WriteStartArray("scenarios");
        foreach (var scenario in definition.Scenarios)
        {
            json.WriteStartObject();
            json.WriteString("name", scenario.Name);
            json.WriteString("fingerprint", scenario.Fingerprint);
            JsonOutput.WriteStrings(json, "parties", scenario.PartyNames);
            json.WriteNumber("outcomes", scenario.Outcomes);
            json.WriteNumber("assignments", scenario.Assignments);
            json.WriteNumber("possibleAssignments", scenario.PossibleAssignments);
            json.WriteBoolean("sampled", scenario.IsSampled);
            if (scenario.AnalysisProblem is not null)
            {
                json.WriteString("analysisProblem", scenario.AnalysisProblem);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteEstimate(Utf8JsonWriter json, string name, Estimate estimate)
    {
        json.WriteStartObject(name);
        JsonOutput.WriteNumberOrNull(json, "mean", estimate.Mean);
        JsonOutput.WriteNumberOrNull(json, "lower", estimate.Lower);
        JsonOutput.WriteNumberOrNull(json, "upper", estimate.Upper);
        JsonOutput.WriteNumberOrNull(json, "sd", estimate.StandardDeviation);
        json.WriteNumber("n", estimate.Count);
        json.WriteEndObject();
    }
}
