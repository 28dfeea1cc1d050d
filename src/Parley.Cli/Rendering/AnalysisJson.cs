using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parley.Analysis;
using Parley.Outcomes;

namespace Parley.Cli.Rendering;

/// <summary>
/// The JSON of <c>parley analyze --json</c> (documented in docs/cli.md). Fields may be added, never renamed:
/// scenario, parties, outcomeCount, reservationValues, pareto, nash, kalaiSmorodinsky, maxWelfare, plus method,
/// methodReason, sampled, sampleSize, discountFactors and issues.
/// </summary>
internal static class AnalysisJson
{
    public static void Write(ScenarioAnalysis analysis, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(analysis, json);
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void Write(ScenarioAnalysis analysis, Utf8JsonWriter json)
    {
        var scenario = analysis.Scenario;
        json.WriteStartObject();
        json.WriteString("scenario", scenario.Name);
        json.WriteStartArray("parties");
        foreach (var party in scenario.Parties)
        {
            json.WriteStringValue(party.Name);
        }

        json.WriteEndArray();
        json.WritePropertyName("outcomeCount");
        json.WriteRawValue(analysis.OutcomeCount.ToString(CultureInfo.InvariantCulture));
        WriteNumbers(json, "reservationValues", analysis.ReservationValues);
        json.WriteString("method", MethodName(analysis.Method));
        json.WriteString("methodReason", analysis.MethodReason);
        json.WriteBoolean("sampled", analysis.IsSampled);
        if (analysis.IsSampled)
        {
            json.WriteNumber("sampleSize", analysis.SampleSize);
        }

        json.WriteStartArray("pareto");
        foreach (var point in analysis.ParetoFrontier)
        {
            WritePoint(json, scenario.Space, point);
        }

        json.WriteEndArray();
        json.WritePropertyName("nash");
        WritePointOrNull(json, scenario.Space, analysis.Nash);
        json.WritePropertyName("kalaiSmorodinsky");
        WritePointOrNull(json, scenario.Space, analysis.KalaiSmorodinsky);
        json.WritePropertyName("maxWelfare");
        WritePoint(json, scenario.Space, analysis.MaxWelfare);
        WriteNumbers(json, "discountFactors", [.. scenario.Parties.Select(p => p.Discount.Value)]);
        json.WriteStartArray("issues");
        foreach (var issue in scenario.Space.Issues)
        {
            json.WriteStartObject();
            json.WriteString("name", issue.Name);
            json.WriteString("type", issue.Kind.ToString().ToLowerInvariant());
            json.WriteNumber("valueCount", issue.ValueCount);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WritePointOrNull(Utf8JsonWriter json, OutcomeSpace space, AnalysisPoint? point)
    {
        if (point is null)
        {
            json.WriteNullValue();
        }
        else
        {
            WritePoint(json, space, point);
        }
    }

    private static void WritePoint(Utf8JsonWriter json, OutcomeSpace space, AnalysisPoint point)
    {
        json.WriteStartObject();
        WriteNumbers(json, "utilities", point.Utilities);
        json.WritePropertyName("outcome");
        JsonOutput.WriteOutcome(json, space, point.Outcome.ValueIndices);
        json.WriteEndObject();
    }

    private static void WriteNumbers(Utf8JsonWriter json, string name, IEnumerable<double> numbers)
    {
        json.WriteStartArray(name);
        foreach (var x in numbers)
        {
            json.WriteNumberValue(x);
        }

        json.WriteEndArray();
    }

    private static string MethodName(AnalysisMethod method) => method switch
    {
        AnalysisMethod.LinearAdditiveMerge => "linearAdditiveMerge",
        AnalysisMethod.Enumeration => "enumeration",
        AnalysisMethod.Sampling => "sampling",
        AnalysisMethod.HyperRectangleSearch => "hyperRectangleSearch",
        _ => method.ToString(),
    };
}
