using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Parley.Agents.Catalog;
using Parley.Outcomes;
using Parley.Talks;
using Parley.Talks.Json;

namespace Parley.Cases;

/// <summary>
/// The sensitivity of the SMA case: each documented assumption varied over a stated range, one at a time, the talks run
/// again with the default agents, and the outcome compared (walk-outs, deal date, terms, utilities). Every variant is
/// the case file changed in one place and read again, so it is checked like any file. Deterministic: the agents draw no
/// random numbers and every meeting's seed derives from the talks' seed (0).
/// </summary>
public static class SmaSensitivity
{
    private static readonly JsonDocumentOptions HumanJson = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The variants tried, base case first.</summary>
    public static ImmutableArray<SensitivityVariant> Variants(TalksScenario talks)
    {
        ArgumentNullException.ThrowIfNull(talks);
        var fx = SmaCase.WonPerDollar(talks);
        var payment = (RealIssue)talks.Scenario.Space.Issues[talks.Scenario.Space.IndexOfIssue(SmaCase.PaymentIssue)];
        double Step(double percent) => payment.NumberAt((int)Math.Round(percent));
        double Nearest(double billionWon) => payment.NumberAt((int)Math.Clamp(Math.Round((billionWon - payment.Min) / ((payment.Max - payment.Min) / (payment.GridPoints - 1))), 0, payment.GridPoints - 1));
        string Dollars(double percent) => string.Create(CultureInfo.InvariantCulture, $"${Step(percent) / fx:0.00} B");

        return
        [
            new("Base case", "as shipped", _ => { }),

            new("Seoul's bottom line (its best offer, 2020 payment)", "+10 % (its January 2020 ceiling, ~1.15 tn won)", root => KoreaReservation(root)["payment2020"] = Step(10)),
            new("Seoul's bottom line (its best offer, 2020 payment)", "+20 %", root => KoreaReservation(root)["payment2020"] = Step(20)),
            new("U.S. 2019–20 bottom line (its last ask)", string.Create(CultureInfo.InvariantCulture, $"$1.0 B (+12 %, {Dollars(12)})"), root => UsReservation(root)["payment2020"] = Step(12)),
            new("U.S. 2019–20 bottom line (its last ask)", string.Create(CultureInfo.InvariantCulture, $"$1.6 B (+80 %, {Dollars(80)})"), root => UsReservation(root)["payment2020"] = Step(80)),
            new("U.S. 2021 bottom line", "the 10th SMA's +8 % instead of the +13 % tentative deal", root => NewReservation(root)["payment2020"] = Step(8)),
            new("U.S. 2021 bottom line", "the 2019 level (+0 %)", root => NewReservation(root)["payment2020"] = Step(0)),

            new("U.S. 2019–20 concession exponent e", "0.5 (milder Boulware)", root => SetAgentParameter(root, Agent(root, SmaCase.UnitedStates), "e", "0.5")),
            new("U.S. 2019–20 concession exponent e", "1 (linear)", root => SetAgentParameter(root, Agent(root, SmaCase.UnitedStates), "e", "1")),
            new("Seoul's concession exponent e", "0.5 (Boulware)", root => SetAgentParameter(root, Agent(root, SmaCase.Korea), "e", "0.5")),
            new("Seoul's concession exponent e", "3 (conceder)", root => SetAgentParameter(root, Agent(root, SmaCase.Korea), "e", "3")),
            new("U.S. 2021 team's concession exponent e", "1 (linear)", root => SetAgentParameter(root, NewAgent(root), "e", "1")),
            new("U.S. 2021 team's horizon", "the talks' end (31 Dec 2021) instead of 100 days", root => SetAgentParameter(root, NewAgent(root), "by", "0")),
            new("Seoul's horizon", "the talks' end instead of the April 2020 election", root => SetAgentParameter(root, Agent(root, SmaCase.Korea), "by", "0")),

            new("U.S. walk-out threshold (share of the gap)", "0 (never walks out)", root => SetAgentParameter(root, Agent(root, SmaCase.UnitedStates), "walk", "0")),
            new("U.S. walk-out threshold (share of the gap)", "0.001", root => SetAgentParameter(root, Agent(root, SmaCase.UnitedStates), "walk", "0.001")),
            new("U.S. grace (meetings before it judges)", "2 (Seoul's chief negotiator changed after round 1)", root => SetAgentParameter(root, Agent(root, SmaCase.UnitedStates), "grace", "2")),

            new("Exchange rate (won per dollar)", "1,124 (Washington Times' rate)", root => SetFx(root, 1124, Nearest)),
            new("Exchange rate (won per dollar)", "1,231 (Hankyoreh's April 2020 rate)", root => SetFx(root, 1231, Nearest)),
            new("Discount rate (both sides)", "0 %", root => SetStreams(root, "discountRate", 0)),
            new("Discount rate (both sides)", "7 %", root => SetStreams(root, "discountRate", 7)),
            new("Seoul's expected growth after expiry", "0 % (the last amount rolls over)", root => KoreaStream(root)["afterExpiry"] = 0),
            new("Seoul's expected growth after expiry", "15 %", root => KoreaStream(root)["afterExpiry"] = 15),
            new("Expected defense-budget growth", "7.8 % a year (the 2019–2020 average)", root => SetDefenseBudget(root, [7.8])),

            new("Furlough cost (daily, both sides)", "none", root => ScaleFurlough(root, 0)),
            new("Furlough cost (daily, both sides)", "×10", root => ScaleFurlough(root, 10)),
            new("Furlough cost (daily, both sides)", "×100", root => ScaleFurlough(root, 100)),

            new("New administration (20 Jan 2021)", "none: the 2019–20 administration stays", root => RemoveEvent(root, "changeOfGovernment")),
            new("New administration (20 Jan 2021)", "new team only (old preferences)", root => RemoveEffect(root, "changeOfGovernment", "replacePreferences")),
            new("New administration (20 Jan 2021)", "new preferences only (old team)", root => RemoveEffect(root, "changeOfGovernment", "replaceAgent")),
            new("New administration (20 Jan 2021)", "values payments above the last U.S. ask too", root => NewStream(root).Remove("best")),
        ];
    }

    /// <summary>Runs every variant (base case first) and reports how each ended.</summary>
    public static ImmutableArray<SensitivityRow> Run(TalksScenario talks, int seed = 0)
    {
        ArgumentNullException.ThrowIfNull(talks);
        var text = talks.FileText ?? throw new ArgumentException($"Talks '{talks.Name}' have no file text to vary.", nameof(talks));
        var rows = ImmutableArray.CreateBuilder<SensitivityRow>();
        foreach (var variant in Variants(talks))
        {
            var root = JsonNode.Parse(text, documentOptions: HumanJson)!.AsObject();
            variant.Patch(root);
            var changed = TalksScenarioReader.Parse(root.ToJsonString(), $"{talks.Name} ({variant.Assumption}: {variant.Setting}).talks.json");
            var run = SmaCase.Run(changed, TalksSettings.For(changed, seed));
            rows.Add(new SensitivityRow(
                variant.Assumption,
                variant.Setting,
                rows.Count == 0,
                run.State.Status,
                run.DealDate,
                run.DealMeeting?.Record.Number,
                run.Deal,
                run.State.Utilities,
                [.. run.WalkOuts.Select(m => m.Record.Date)]));
        }

        return rows.ToImmutable();
    }

    private static JsonObject Party(JsonObject root, string name) =>
        root["scenario"]!["parties"]!.AsArray().Select(p => p!.AsObject()).Single(p => (string?)p["name"] == name);

    private static JsonObject KoreaReservation(JsonObject root) => Party(root, SmaCase.Korea)["reservationOutcome"]!.AsObject();

    private static JsonObject UsReservation(JsonObject root) => Party(root, SmaCase.UnitedStates)["reservationOutcome"]!.AsObject();

    private static JsonObject KoreaStream(JsonObject root) => Party(root, SmaCase.Korea)["utility"]!["stream"]!.AsObject();

    private static JsonObject Event(JsonObject root, string kind) =>
        root["events"]!.AsArray().Select(e => e!.AsObject()).Single(e => (string?)e["kind"] == kind);

    private static JsonObject Effect(JsonObject root, string kind, string type) =>
        Event(root, kind)["effects"]!.AsArray().Select(e => e!.AsObject()).Single(e => (string?)e["type"] == type);

    private static JsonObject NewReservation(JsonObject root) => Effect(root, "changeOfGovernment", "replacePreferences")["reservationOutcome"]!.AsObject();

    private static JsonObject NewStream(JsonObject root) => Effect(root, "changeOfGovernment", "replacePreferences")["utility"]!["stream"]!.AsObject();

    /// <summary>Where a party's opening agent spec lives.</summary>
    private static (JsonObject Owner, string Field) Agent(JsonObject root, string party) => (root["agents"]!.AsObject(), party);

    /// <summary>Where the new administration's agent spec lives.</summary>
    private static (JsonObject Owner, string Field) NewAgent(JsonObject root) => (Effect(root, "changeOfGovernment", "replaceAgent"), "agent");

    private static void SetAgentParameter(JsonObject root, (JsonObject Owner, string Field) at, string parameter, string value)
    {
        _ = root;
        var spec = AgentSpec.Parse((string)at.Owner[at.Field]!);
        var parameters = spec.Parameters.ToDictionary(StringComparer.OrdinalIgnoreCase);
        parameters[parameter] = value;
        at.Owner[at.Field] = new AgentSpec(spec.Name, parameters).ToString();
    }

    /// <summary>Every payment stream in the file: the parties' and the replaced preferences'.</summary>
    private static IEnumerable<JsonObject> Streams(JsonObject root) =>
        root["scenario"]!["parties"]!.AsArray().Select(p => p!["utility"]!)
            .Concat(root["events"]!.AsArray().SelectMany(e => e!["effects"]?.AsArray() ?? []).Where(e => e!["utility"] is not null).Select(e => e!["utility"]!))
            .Where(u => (string?)u["type"] == "paymentStream")
            .Select(u => u["stream"]!.AsObject());

    private static void SetStreams(JsonObject root, string field, double value)
    {
        foreach (var stream in Streams(root))
        {
            stream[field] = value;
        }
    }

    private static void SetDefenseBudget(JsonObject root, double[] rates)
    {
        foreach (var stream in Streams(root))
        {
            stream["escalation"]!["growth"]!["defenseBudget"] = new JsonArray([.. rates.Select(r => (JsonNode)r)]);
        }
    }

    /// <summary>Another exchange rate: the dollar positions (the U.S. asks) move in won, to the nearest grid step.</summary>
    private static void SetFx(JsonObject root, double wonPerDollar, Func<double, double> nearest)
    {
        var fx = root["assumptions"]!.AsArray().Select(a => a!.AsObject()).Single(a => (string?)a["name"] == "fx");
        var lastAsk = root["assumptions"]!.AsArray().Select(a => a!.AsObject()).Single(a => (string?)a["name"] == "usLastAsk");
        fx["value"] = wonPerDollar;
        var ask = nearest((double)lastAsk["value"]! * wonPerDollar);
        UsReservation(root)["payment2020"] = ask;
        NewStream(root)["best"]!["amount"] = ask;
    }

    private static void ScaleFurlough(JsonObject root, double factor)
    {
        foreach (var effect in Event(root, "furlough")["effects"]!.AsArray())
        {
            effect!["perDay"] = (double)effect["perDay"]! * factor;
        }
    }

    private static void RemoveEvent(JsonObject root, string kind)
    {
        var events = root["events"]!.AsArray();
        events.Remove(Event(root, kind));
    }

    private static void RemoveEffect(JsonObject root, string kind, string type)
    {
        var effects = Event(root, kind)["effects"]!.AsArray();
        effects.Remove(Effect(root, kind, type));
    }
}
