using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parley.Agents.Catalog;
using Parley.Protocols;
using Parley.Scenarios;
using Parley.Scenarios.Json;

namespace Parley.Tournaments;

/// <summary>The canonical JSON of a definition, and reading it back.</summary>
public sealed partial class TournamentDefinition
{
    /// <summary>The value of the definition's <c>format</c> field.</summary>
    public const string FormatName = "parley-tournament/1";

    /// <summary>The SHA-256 of <see cref="ToJson"/> (<c>sha256:</c> and 64 hex digits): equal definitions, equal fingerprints.</summary>
    public string Fingerprint => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ToJson())));

    /// <summary>
    /// Reads a definition written by <see cref="ToJson"/>: every agent is checked against <paramref name="catalog"/> and
    /// every scenario is read from its stored content (or, if it had none, loaded again from its source with
    /// <paramref name="loadScenario"/>) and must have its stored fingerprint, so a tournament continues exactly as it began.
    /// </summary>
    public static TournamentDefinition FromJson(string json, AgentCatalog? catalog = null, Func<string, Scenario>? loadScenario = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        catalog ??= AgentCatalog.Default;
        loadScenario ??= static input => ScenarioLoader.Load(input);
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var format = root.GetProperty("format").GetString();
            if (format != FormatName)
            {
                throw new TournamentException($"The stored tournament is in format '{format}'; this Parley reads '{FormatName}'.");
            }

            var agents = ImmutableArray.CreateBuilder<AgentSpec>();
            foreach (var agent in root.GetProperty("agents").EnumerateArray())
            {
                try
                {
                    var spec = AgentSpec.Parse(agent.GetString()!);
                    catalog.Validate(spec);
                    agents.Add(spec);
                }
                catch (AgentSpecException exception)
                {
                    throw new TournamentException($"The stored tournament names an agent this Parley cannot build: {exception.Message}", exception);
                }
            }

            var seed = root.GetProperty("seed").GetInt64();
            var selfPlay = root.GetProperty("selfPlay").GetBoolean();
            var maxAssignments = root.GetProperty("maxAssignments").GetInt32();
            var deadlineNode = root.GetProperty("deadline");
            var deadline = new Deadline(
                deadlineNode.GetProperty("rounds").ValueKind == JsonValueKind.Null ? null : deadlineNode.GetProperty("rounds").GetInt32(),
                ReadDuration(deadlineNode.GetProperty("seconds")));
            var scenarios = ImmutableArray.CreateBuilder<TournamentScenario>();
            foreach (var node in root.GetProperty("scenarios").EnumerateArray())
            {
                var source = node.GetProperty("source").GetString()!;
                var content = node.GetProperty("content");
                var scenario = content.ValueKind == JsonValueKind.Null
                    ? loadScenario(source)
                    : ParleyScenarioReader.Parse(content.GetRawText(), $"stored scenario '{node.GetProperty("name").GetString()}'");
                scenarios.Add(TournamentScenario.Create(
                    scenarios.Count, scenario, source, node.GetProperty("fingerprint").GetString(), agents.Count, selfPlay, maxAssignments, seed));
            }

            var definition = new TournamentDefinition(
                catalog,
                agents.ToImmutable(),
                scenarios.ToImmutable(),
                root.GetProperty("repetitions").GetInt32(),
                deadline,
                ReadDuration(root.GetProperty("turnTimeLimitSeconds")),
                seed,
                selfPlay,
                maxAssignments,
                root.GetProperty("recordTraces").GetBoolean());
            var count = root.GetProperty("negotiations").GetInt64();
            return definition.Count == count
                ? definition
                : throw new TournamentException($"The stored tournament has {count:N0} negotiations but reads back as {definition.Count:N0}.");
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new TournamentException($"The stored tournament definition cannot be read: {exception.Message}", exception);
        }
    }

    private static TimeSpan? ReadDuration(JsonElement seconds) =>
        seconds.ValueKind == JsonValueKind.Null ? null : TimeSpan.FromTicks((long)Math.Round(seconds.GetDouble() * TimeSpan.TicksPerSecond));

    private string WriteJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("format", FormatName);
            json.WriteNumber("negotiations", Count);
            json.WriteNumber("seed", Seed);
            json.WriteNumber("repetitions", Repetitions);
            json.WriteBoolean("selfPlay", SelfPlay);
            json.WriteNumber("maxAssignments", MaxAssignments);
            json.WriteBoolean("recordTraces", RecordTraces);
            json.WriteStartObject("deadline");
            WriteNumberOrNull(json, "rounds", Deadline.Rounds);
            WriteNumberOrNull(json, "seconds", Deadline.Time?.TotalSeconds);
            json.WriteEndObject();
            WriteNumberOrNull(json, "turnTimeLimitSeconds", TurnTimeLimit?.TotalSeconds);
            json.WriteStartArray("agents");
            foreach (var name in AgentNames)
            {
                json.WriteStringValue(name);
            }

            json.WriteEndArray();
            json.WriteStartArray("scenarios");
            foreach (var scenario in Scenarios)
            {
                json.WriteStartObject();
                json.WriteString("name", scenario.Name);
                json.WriteString("source", scenario.Source);
                json.WriteString("fingerprint", scenario.Fingerprint);
                json.WriteNumber("parties", scenario.Parties);
                json.WriteNumber("outcomes", scenario.Outcomes);
                json.WriteNumber("assignments", scenario.Assignments);
                json.WriteNumber("possibleAssignments", scenario.PossibleAssignments);
                json.WriteBoolean("sampled", scenario.IsSampled);
                json.WritePropertyName("content");
                if (Content(scenario.Prepared.Scenario) is { } content)
                {
                    json.WriteRawValue(content);
                }
                else
                {
                    json.WriteNullValue();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The scenario in Parley's format, or null for preferences the format cannot hold (it is then reloaded from its source).</summary>
    private static string? Content(Scenario scenario)
    {
        try
        {
            return ParleyScenarioWriter.ToJson(scenario);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } x)
        {
            json.WriteNumber(name, x);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
