using System.Text.Json;
using Parley.Negotiations;

namespace Parley.Cli.Rendering;

/// <summary>
/// The JSON of <c>parley negotiate --json</c> (documented in docs/cli.md). Fields may be added, never renamed:
/// scenario, parties, agents, deadline, seed, turnTimeLimitSeconds, endedBy, endedBySeat, turns, rounds, endTime,
/// agreement, utilities, failure (only when it failed) and metrics.
/// </summary>
internal static class NegotiationJson
{
    public static void Write(NegotiationRun run, TextWriter output) => JsonOutput.Write(output, json => Write(run, json));

    private static void Write(NegotiationRun run, Utf8JsonWriter json)
    {
        var scenario = run.Scenario.Scenario;
        var result = run.Result;
        json.WriteStartObject();
        json.WriteString("scenario", scenario.Name);
        JsonOutput.WriteStrings(json, "parties", scenario.Parties.Select(p => p.Name));
        JsonOutput.WriteStrings(json, "agents", run.Agents);
        json.WriteStartObject("deadline");
        JsonOutput.WriteNumberOrNull(json, "rounds", run.Settings.Deadline.Rounds);
        JsonOutput.WriteNumberOrNull(json, "seconds", run.Settings.Deadline.Time?.TotalSeconds);
        json.WriteEndObject();
        json.WriteNumber("seed", run.Settings.Seed);
        JsonOutput.WriteNumberOrNull(json, "turnTimeLimitSeconds", run.Settings.TurnTimeLimit?.TotalSeconds);
        json.WriteString("endedBy", TraceNames.Of(result.End));
        JsonOutput.WriteNumberOrNull(json, "endedBySeat", result.EndedBy >= 0 ? result.EndedBy : null);
        json.WriteNumber("turns", result.Turns);
        json.WriteNumber("rounds", result.Rounds);
        json.WriteNumber("endTime", result.EndTime);
        if (result.IsAgreement)
        {
            json.WriteStartObject("agreement");
            json.WritePropertyName("outcome");
            JsonOutput.WriteOutcome(json, scenario.Space, result.AgreementIndex);
            json.WriteNumber("outcomeIndex", result.AgreementIndex);
            JsonOutput.WriteNumbers(json, "utilities", result.Utilities);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("agreement");
        }

        JsonOutput.WriteNumbers(json, "utilities", result.Utilities);
        if (result.Violation is { } violation)
        {
            json.WriteStartObject("failure");
            json.WriteNumber("seat", result.EndedBy);
            json.WriteString("party", scenario.Parties[result.EndedBy].Name);
            json.WriteString("agent", run.Agents[result.EndedBy]);
            json.WriteString("rule", TraceNames.Of(violation.Rule));
            json.WriteString("message", violation.Message);
            json.WriteEndObject();
        }

        json.WritePropertyName("metrics");
        WriteMetrics(json, run);
        json.WriteEndObject();
    }

    private static void WriteMetrics(Utf8JsonWriter json, NegotiationRun run)
    {
        var metrics = run.Metrics;
        json.WriteStartObject();
        json.WriteBoolean("agreement", metrics.Agreement);
        json.WriteNumber("turns", metrics.Turns);
        json.WriteNumber("rounds", metrics.Rounds);
        json.WriteNumber("endTime", metrics.EndTime);
        JsonOutput.WriteNumbers(json, "utilities", metrics.Utilities);
        JsonOutput.WriteNumbers(json, "discountedUtilities", metrics.DiscountedUtilities);
        JsonOutput.WriteNumbers(json, "reservationValues", run.Scenario.Scenario.Parties.Select(p => p.ReservationValue));
        JsonOutput.WriteNumbers(json, "advantages", metrics.Advantages);
        JsonOutput.WriteNumbers(json, "discountedAdvantages", metrics.DiscountedAdvantages);
        json.WriteNumber("socialWelfare", metrics.SocialWelfare);
        json.WriteNumber("discountedSocialWelfare", metrics.DiscountedSocialWelfare);
        JsonOutput.WriteNumberOrNull(json, "paretoDistance", metrics.ParetoDistance);
        JsonOutput.WriteNumberOrNull(json, "nashDistance", metrics.NashDistance);
        JsonOutput.WriteNumberOrNull(json, "kalaiSmorodinskyDistance", metrics.KalaiSmorodinskyDistance);
        if (run.AnalysisProblem is not null)
        {
            json.WriteString("analysisProblem", run.AnalysisProblem);
        }

        json.WriteEndObject();
    }
}
