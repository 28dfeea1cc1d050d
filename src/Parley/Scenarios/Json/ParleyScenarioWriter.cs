using System.Text;
using System.Text.Json.Nodes;
using Parley.Outcomes;
using Parley.Preferences;

namespace Parley.Scenarios.Json;

/// <summary>
/// Writes a <see cref="Scenario"/> in Parley's own scenario format (<c>parley-scenario/1</c>), readable by
/// <see cref="ParleyScenarioReader"/> with bit-identical utilities: every number is written with the invariant
/// round-trip format, and every field the preference types hold is written, so a scenario read from GENIUS or GeniusWeb
/// can be saved without loss. Output is UTF-8 without a byte-order mark, "\n" line ends, two-space indentation, with
/// short objects and arrays kept on one line.
/// </summary>
public static class ParleyScenarioWriter
{
    /// <summary>The scenario as JSON text. <paramref name="schema"/>, if given, is written as <c>$schema</c> for editors.</summary>
    public static string ToJson(Scenario scenario, string? schema = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return ScenarioJsonFormatter.Render(ToNode(scenario, schema));
    }

    /// <summary>Writes the scenario to a file (created or overwritten).</summary>
    public static void Write(Scenario scenario, string path, string? schema = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        File.WriteAllText(path, ToJson(scenario, schema), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    /// <summary>Writes the scenario to a stream as UTF-8; the stream is left open.</summary>
    public static void Write(Scenario scenario, Stream utf8Json, string? schema = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var bytes = Encoding.UTF8.GetBytes(ToJson(scenario, schema));
        utf8Json.Write(bytes);
    }

    private static JsonObject ToNode(Scenario scenario, string? schema)
    {
        var root = new JsonObject();
        if (schema is not null)
        {
            root["$schema"] = schema;
        }

        root["format"] = ParleyScenarioReader.FormatVersion;
        root["name"] = scenario.Name;
        AddIfPresent(root, "description", scenario.Description);
        AddIfPresent(root, "source", scenario.Source);
        root["issues"] = new JsonArray([.. scenario.Space.Issues.Select(IssueNode)]);
        root["parties"] = new JsonArray([.. scenario.Parties.Select(p => PartyNode(p, scenario.Space))]);
        return root;
    }

    private static JsonObject IssueNode(Issue issue) => issue switch
    {
        DiscreteIssue d => new()
        {
            ["name"] = d.Name,
            ["type"] = ScenarioJsonNames.Discrete,
            ["values"] = new JsonArray([.. d.Values.Select(v => (JsonNode)v)]),
        },
        IntegerIssue i => new() { ["name"] = i.Name, ["type"] = ScenarioJsonNames.Integer, ["min"] = i.Min, ["max"] = i.Max },
        RealIssue r => new()
        {
            ["name"] = r.Name,
            ["type"] = ScenarioJsonNames.Real,
            ["min"] = r.Min,
            ["max"] = r.Max,
            ["gridPoints"] = r.GridPoints,
        },
        _ => throw new NotSupportedException($"Parley's scenario format cannot write issue '{issue.Name}' of type {issue.GetType().Name}."),
    };

    private static JsonObject PartyNode(Party party, OutcomeSpace space)
    {
        if (string.IsNullOrWhiteSpace(party.Name))
        {
            throw new NotSupportedException("A party has a blank name, which Parley's scenario format does not allow.");
        }

        var node = new JsonObject
        {
            ["name"] = party.Name,
            ["reservationValue"] = party.ReservationValue,
            ["discountFactor"] = party.Discount.Value,
        };
        AddIfPresent(node, "source", party.Source);
        node["utility"] = UtilityNode(party.Utility, space, party.Name);
        return node;
    }

    private static JsonObject UtilityNode(IUtilityFunction utility, OutcomeSpace space, string partyName)
    {
        switch (utility)
        {
            case LinearAdditiveUtilityFunction additive:
            {
                var weights = new JsonObject();
                var functions = new JsonObject();
                for (var i = 0; i < space.IssueCount; i++)
                {
                    weights[space.Issues[i].Name] = additive.Weights[i];
                    functions[space.Issues[i].Name] = ValueFunctionNode(additive.ValueFunctions[i], space.Issues[i]);
                }

                return new JsonObject { ["type"] = ScenarioJsonNames.LinearAdditive, ["weights"] = weights, ["valueFunctions"] = functions };
            }

            case HyperRectangleUtilityFunction rectangles:
                return new JsonObject
                {
                    ["type"] = ScenarioJsonNames.HyperRectangles,
                    ["maxUtility"] = rectangles.MaximumUtility,
                    ["rectangles"] = new JsonArray([.. rectangles.Rectangles.Select(r => RectangleNode(r, space))]),
                };

            case PaymentStreamUtilityFunction stream:
                return PaymentStreamNode(stream, space);

            default:
                throw new NotSupportedException(
                    $"Party '{partyName}' has a {utility.GetType().Name}; Parley's scenario format writes "
                    + $"{nameof(LinearAdditiveUtilityFunction)}, {nameof(HyperRectangleUtilityFunction)} and {nameof(PaymentStreamUtilityFunction)}.");
        }
    }

    private static JsonObject PaymentStreamNode(PaymentStreamUtilityFunction utility, OutcomeSpace space)
    {
        var stream = utility.Stream;
        var node = new JsonObject { ["amount"] = space.Issues[stream.AmountIssue].Name };
        if (stream.EscalationIssue >= 0)
        {
            var rules = (DiscreteIssue)space.Issues[stream.EscalationIssue];
            var growth = new JsonObject();
            for (var v = 0; v < rules.ValueCount; v++)
            {
                growth[rules.Values[v]] = Rates(stream.GrowthPercent[v]);
            }

            node["escalation"] = new JsonObject { ["issue"] = rules.Name, ["growth"] = growth };
        }
        else if (stream.GrowthPercent[0] is not [0.0])
        {
            node["escalation"] = new JsonObject { ["growth"] = Rates(stream.GrowthPercent[0]) };
        }

        node["duration"] = stream.DurationIssue >= 0 ? space.Issues[stream.DurationIssue].Name : stream.FixedDuration;
        node["horizon"] = stream.Horizon;
        node["discountRate"] = stream.DiscountRatePercent;
        node["afterExpiry"] = stream.AfterExpiryPercent;
        node["prefers"] = utility.Prefers == PaymentPreference.Less ? "less" : "more";
        node["weight"] = utility.StreamWeight;

        // Bounds given explicitly (as a number, or as a stream whose present value the reader computed) are written as
        // the present value; bounds left to the outcome space's extremes are left out, so they stay that.
        if (utility.ExplicitWorst is { } worst)
        {
            node["worst"] = worst;
        }

        if (utility.ExplicitBest is { } best)
        {
            node["best"] = best;
        }

        var result = new JsonObject { ["type"] = ScenarioJsonNames.PaymentStream, ["stream"] = node };
        if (!utility.Terms.IsEmpty)
        {
            var weights = new JsonObject();
            var functions = new JsonObject();
            foreach (var term in utility.Terms)
            {
                weights[space.Issues[term.Issue].Name] = term.Weight;
                functions[space.Issues[term.Issue].Name] = ValueFunctionNode(term.Function, space.Issues[term.Issue]);
            }

            result["weights"] = weights;
            result["valueFunctions"] = functions;
        }

        return result;
    }

    private static JsonArray Rates(IEnumerable<double> rates) => new([.. rates.Select(r => (JsonNode)r)]);

    private static JsonObject RectangleNode(HyperRectangle rectangle, OutcomeSpace space)
    {
        var node = new JsonObject { ["utility"] = rectangle.Utility };

        // The weight defaults to 1 (as in GENIUS), which nearly every rectangle has.
        if (rectangle.Weight != 1.0)
        {
            node["weight"] = rectangle.Weight;
        }

        foreach (var bound in rectangle.Bounds)
        {
            if (bound.Max < bound.Min)
            {
                throw new NotSupportedException(
                    $"A hyper-rectangle bounds issue '{space.Issues[bound.Issue].Name}' to the empty range {bound.Min}..{bound.Max}, "
                    + "which Parley's scenario format does not allow.");
            }
        }

        node["bounds"] = new JsonArray([.. rectangle.Bounds.Select(b => (JsonNode)new JsonObject
        {
            ["issue"] = space.Issues[b.Issue].Name,
            ["min"] = b.Min,
            ["max"] = b.Max,
        })]);
        return node;
    }

    private static JsonObject ValueFunctionNode(ValueFunction function, Issue issue) => function switch
    {
        DiscreteValueFunction d => DiscreteNode(d, issue),
        IntegerLinearValueFunction i => IntegerLinearNode(i, issue),
        LinearValueFunction l => new() { ["type"] = ScenarioJsonNames.Linear, ["intercept"] = l.Intercept, ["slope"] = l.Slope },
        TriangularValueFunction t => new() { ["type"] = ScenarioJsonNames.Triangular, ["lower"] = t.Lower, ["top"] = t.Top, ["upper"] = t.Upper },
        ConstantValueFunction c => new() { ["type"] = ScenarioJsonNames.Constant, ["score"] = c.Score },
        NumberRangeValueFunction n => new()
        {
            ["type"] = ScenarioJsonNames.NumberRange,
            ["lowValue"] = n.LowValue,
            ["lowUtility"] = n.LowUtility,
            ["highValue"] = n.HighValue,
            ["highUtility"] = n.HighUtility,
        },
        _ => throw new NotSupportedException(
            $"Issue '{issue.Name}' has a {function.GetType().Name}, which Parley's scenario format cannot write."),
    };

    private static JsonObject DiscreteNode(DiscreteValueFunction function, Issue issue)
    {
        // The format lists exactly the issue's values; an evaluation of any other value would change the maximum that
        // scores are divided by, so dropping it would change utilities.
        var extra = function.Evaluations.Select(e => e.Key).Where(v => issue is not DiscreteIssue d || d.IndexOf(v) < 0).ToList();
        if (extra.Count > 0)
        {
            throw new NotSupportedException(
                $"Issue '{issue.Name}' has evaluations for values it does not have ({string.Join(", ", extra.Select(v => $"'{v}'"))}); "
                + "Parley's scenario format evaluates exactly the issue's values.");
        }

        return new JsonObject
        {
            ["type"] = ScenarioJsonNames.Discrete,
            ["evaluations"] = new JsonObject(function.Evaluations.Select(e => new KeyValuePair<string, JsonNode?>(e.Key, e.Value))),
        };
    }

    private static JsonObject IntegerLinearNode(IntegerLinearValueFunction function, Issue issue)
    {
        // The bounds default to the integer issue's own, so they are written only where they differ.
        var node = new JsonObject { ["type"] = ScenarioJsonNames.IntegerLinear };
        var integer = issue as IntegerIssue;
        if (function.LowerBound != integer?.Min)
        {
            node["lowerBound"] = function.LowerBound;
        }

        if (function.UpperBound != integer?.Max)
        {
            node["upperBound"] = function.UpperBound;
        }

        node["offset"] = function.Offset;
        node["slope"] = function.Slope;
        return node;
    }

    private static void AddIfPresent(JsonObject node, string name, string? value)
    {
        if (value is not null)
        {
            node[name] = value;
        }
    }
}
