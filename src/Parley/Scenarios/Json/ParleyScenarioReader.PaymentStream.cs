using System.Text.Json;
using Parley.Outcomes;
using Parley.Preferences;

namespace Parley.Scenarios.Json;

/// <content>Reading payment-stream utilities (<c>"type": "paymentStream"</c>).</content>
public static partial class ParleyScenarioReader
{
    private static PaymentStreamUtilityFunction ReadPaymentStream(JsonObjectReader utility, OutcomeSpace space)
    {
        utility.AllowOnly("type", "stream", "weights", "valueFunctions");
        var stream = utility.RequiredObject("stream", "the payment stream");
        stream.AllowOnly("amount", "escalation", "duration", "horizon", "discountRate", "afterExpiry", "prefers", "weight", "worst", "best");

        var amountIssue = FindIssue(space, stream.RequiredName("amount"), stream.Path.Add("amount"));
        if (space.Issues[amountIssue].Kind == IssueKind.Discrete)
        {
            throw new ScenarioJsonError(
                stream.Path.Add("amount"),
                $"the first-year amount must be an integer or real issue, but \"{space.Issues[amountIssue].Name}\" is a discrete issue");
        }

        var (escalationIssue, growth) = ReadEscalation(stream, space);
        var (durationIssue, fixedDuration) = ReadDuration(stream, space);
        var horizon = stream.RequiredInteger("horizon");
        if (horizon is < 1 or > 1000)
        {
            throw new ScenarioJsonError(stream.Path.Add("horizon"), $"the horizon is 1 to 1000 years (got {horizon})");
        }

        var discountRate = AbovePercent(stream, "discountRate", stream.RequiredNumber("discountRate"));
        var afterExpiry = AbovePercent(stream, "afterExpiry", stream.OptionalNumber("afterExpiry", 0.0));
        var prefers = stream.RequiredString("prefers") switch
        {
            "less" => PaymentPreference.Less,
            "more" => PaymentPreference.More,
            var other => throw new ScenarioJsonError(
                stream.Path.Add("prefers"), $"\"prefers\" is \"less\" (the party pays) or \"more\" (it receives), not {JsonValues.Quote(other)}"),
        };
        var weight = stream.RequiredNumber("weight");
        if (!(weight >= 0))
        {
            throw new ScenarioJsonError(stream.Path.Add("weight"), $"a weight must be ≥ 0 (got {JsonValues.Format(weight)})");
        }

        var paymentStream = Guard(stream.Path, () => new PaymentStream(
            space, amountIssue, escalationIssue, growth, durationIssue, fixedDuration, (int)horizon, discountRate, afterExpiry));
        var worst = ReadBound(stream, "worst", paymentStream);
        var best = ReadBound(stream, "best", paymentStream);
        var terms = ReadTerms(utility, space);
        return Guard(utility.Path, () => new PaymentStreamUtilityFunction(paymentStream, weight, prefers, terms, worst, best));
    }

    private static (int Issue, List<double[]> Growth) ReadEscalation(JsonObjectReader stream, OutcomeSpace space)
    {
        if (!stream.Has("escalation"))
        {
            return (-1, [[0.0]]);
        }

        var escalation = stream.RequiredObject("escalation", "the escalation rule: a discrete issue and the growth rates of each of its values, or one list of growth rates");
        escalation.AllowOnly("issue", "growth");
        if (!escalation.Has("issue"))
        {
            return (-1, [ReadRates(escalation.Required("growth"), escalation.Path.Add("growth"))]);
        }

        var issue = FindIssue(space, escalation.RequiredName("issue"), escalation.Path.Add("issue"));
        if (space.Issues[issue] is not DiscreteIssue rules)
        {
            throw new ScenarioJsonError(
                escalation.Path.Add("issue"), $"the escalation rule must be a discrete issue (its values name the rules), but \"{space.Issues[issue].Name}\" is not");
        }

        var table = escalation.RequiredObject("growth", "the growth rates of each escalation rule");
        var growth = new double[]?[rules.ValueCount];
        foreach (var (value, element) in table.Properties)
        {
            var path = table.Path.Add(value);
            var index = rules.IndexOf(value);
            if (index < 0)
            {
                var suggestion = JsonObjectReader.Closest(value, [.. rules.Values]);
                var hint = suggestion is null ? "" : $" (did you mean \"{suggestion}\"?)";
                throw new ScenarioJsonError(path, $"\"{value}\" is not a value of issue \"{rules.Name}\"{hint}; its values are {JsonValues.List(rules.Values)}");
            }

            growth[index] = ReadRates(element, path);
        }

        var missing = rules.Values.Where(v => !table.Has(v)).ToList();
        if (missing.Count > 0)
        {
            throw new ScenarioJsonError(
                table.Path.Add(missing[0]), $"escalation rule{(missing.Count > 1 ? "s" : "")} {JsonValues.List(missing)} of issue \"{rules.Name}\" {(missing.Count > 1 ? "have" : "has")} no growth rates", locateAt: table.Path);
        }

        return (issue, [.. growth.Select(g => g!)]);
    }

    private static double[] ReadRates(JsonElement element, JsonPath path)
    {
        var list = JsonValues.Array(element, path);
        if (list.Count == 0)
        {
            throw new ScenarioJsonError(path, "give at least one growth rate (percent a year; the last one repeats)");
        }

        var rates = new double[list.Count];
        for (var i = 0; i < rates.Length; i++)
        {
            rates[i] = JsonValues.Number(list[i], path.Add(i));
            if (!(rates[i] > -100))
            {
                throw new ScenarioJsonError(path.Add(i), $"a growth rate is a percentage above −100 (got {JsonValues.Format(rates[i])})");
            }
        }

        return rates;
    }

    private static (int Issue, int Fixed) ReadDuration(JsonObjectReader stream, OutcomeSpace space)
    {
        var element = stream.Required("duration");
        var path = stream.Path.Add("duration");
        if (element.ValueKind == JsonValueKind.Number)
        {
            var years = JsonValues.Integer(element, path);
            return years is >= 1 and <= 1000
                ? (-1, (int)years)
                : throw new ScenarioJsonError(path, $"a fixed duration is 1 to 1000 years (got {years})");
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            throw new ScenarioJsonError(path, $"expected the name of an integer issue (years) or a whole number of years, got {JsonValues.Describe(element)}");
        }

        var issue = FindIssue(space, JsonValues.Name(element, path), path);
        if (space.Issues[issue] is not IntegerIssue years2 || years2.Min < 1)
        {
            throw new ScenarioJsonError(path, $"the duration must be an integer issue of years, each 1 or more, but \"{space.Issues[issue].Name}\" is {space.Issues[issue]}");
        }

        return (issue, 0);
    }

    private static double? ReadBound(JsonObjectReader stream, string name, PaymentStream paymentStream)
    {
        if (!stream.TryGet(name, out var element))
        {
            return null;
        }

        var path = stream.Path.Add(name);
        if (element.ValueKind == JsonValueKind.Number)
        {
            return JsonValues.Number(element, path);
        }

        // A stream on the table, e.g. the other side's last ask: its present value under this party's stream.
        var bound = JsonObjectReader.Open(element, path, "a present value, or a stream {\"amount\", \"escalation\", \"duration\"}");
        var space = paymentStream.Space;
        bound.AllowOnly("amount", "escalation", "duration");
        var amount = bound.RequiredNumber("amount");
        var escalation = 0;
        if (paymentStream.EscalationIssue >= 0)
        {
            var rules = (DiscreteIssue)space.Issues[paymentStream.EscalationIssue];
            var rule = bound.RequiredString("escalation");
            escalation = rules.IndexOf(rule);
            if (escalation < 0)
            {
                throw new ScenarioJsonError(bound.Path.Add("escalation"), $"\"{rule}\" is not a value of issue \"{rules.Name}\"; its values are {JsonValues.List(rules.Values)}");
            }
        }
        else if (bound.Has("escalation"))
        {
            throw new ScenarioJsonError(bound.Path.Add("escalation"), "the stream has no escalation issue, so a bound names no escalation rule");
        }

        var years = paymentStream.FixedDuration;
        if (paymentStream.DurationIssue >= 0)
        {
            var duration = bound.RequiredInteger("duration");
            if (duration is < 1 or > 1000)
            {
                throw new ScenarioJsonError(bound.Path.Add("duration"), $"a duration is 1 to 1000 years (got {duration})");
            }

            years = (int)duration;
        }
        else if (bound.Has("duration"))
        {
            throw new ScenarioJsonError(bound.Path.Add("duration"), "the stream has a fixed duration, so a bound names none");
        }

        return paymentStream.PresentValue(amount, escalation, years);
    }

    private static List<PaymentStreamTerm> ReadTerms(JsonObjectReader utility, OutcomeSpace space)
    {
        var terms = new List<PaymentStreamTerm>();
        if (!utility.Has("weights") && !utility.Has("valueFunctions"))
        {
            return terms;
        }

        var weightsObject = utility.RequiredObject("weights", "the weight of each per-issue term");
        var functionsObject = utility.RequiredObject("valueFunctions", "the value function of each per-issue term");
        foreach (var (name, element) in weightsObject.Properties)
        {
            var path = weightsObject.Path.Add(name);
            var issue = FindIssue(space, name, path);
            var weight = JsonValues.Number(element, path);
            if (!(weight >= 0))
            {
                throw new ScenarioJsonError(path, $"a weight must be ≥ 0 (got {JsonValues.Format(weight)})");
            }

            if (!functionsObject.TryGet(name, out var functionElement))
            {
                throw new ScenarioJsonError(functionsObject.Path.Add(name), $"issue \"{name}\" has a weight but no value function", locateAt: functionsObject.Path);
            }

            terms.Add(new PaymentStreamTerm(issue, weight, ReadValueFunction(functionElement, functionsObject.Path.Add(name), space.Issues[issue])));
        }

        foreach (var (name, _) in functionsObject.Properties)
        {
            var path = functionsObject.Path.Add(name);
            _ = FindIssue(space, name, path);
            if (!weightsObject.Has(name))
            {
                throw new ScenarioJsonError(weightsObject.Path.Add(name), $"issue \"{name}\" has a value function but no weight", locateAt: weightsObject.Path);
            }
        }

        return terms;
    }

    private static double AbovePercent(JsonObjectReader owner, string name, double value) =>
        value > -100 ? value : throw new ScenarioJsonError(owner.Path.Add(name), $"{name} is a percentage above −100 (got {JsonValues.Format(value)})");
}
