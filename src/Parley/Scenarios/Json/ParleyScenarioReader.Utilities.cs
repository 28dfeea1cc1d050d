using System.Collections.Immutable;
using System.Text.Json;
using Parley.Outcomes;
using Parley.Preferences;

namespace Parley.Scenarios.Json;

/// <content>Reading utility functions and value functions.</content>
public static partial class ParleyScenarioReader
{
    internal static IUtilityFunction ReadUtility(JsonObjectReader utility, OutcomeSpace space) =>
        ReadType(utility, ScenarioJsonNames.UtilityTypes, "utility") switch
        {
            ScenarioJsonNames.LinearAdditive => ReadLinearAdditive(utility, space),
            ScenarioJsonNames.PaymentStream => ReadPaymentStream(utility, space),
            _ => ReadHyperRectangles(utility, space),
        };

    private static LinearAdditiveUtilityFunction ReadLinearAdditive(JsonObjectReader utility, OutcomeSpace space)
    {
        utility.AllowOnly("type", "weights", "valueFunctions");

        var weightsObject = utility.RequiredObject("weights", "the issue weights");
        var weights = new double?[space.IssueCount];
        foreach (var (name, element) in weightsObject.Properties)
        {
            var path = weightsObject.Path.Add(name);
            var issue = FindIssue(space, name, path);
            var weight = JsonValues.Number(element, path);
            if (!(weight >= 0))
            {
                throw new ScenarioJsonError(path, $"a weight must be ≥ 0 (got {JsonValues.Format(weight)})");
            }

            weights[issue] = weight;
        }

        RequireEveryIssue(space, weights, weightsObject.Path, "has no weight");

        var functionsObject = utility.RequiredObject("valueFunctions", "the value function of each issue");
        var functions = new ValueFunction?[space.IssueCount];
        foreach (var (name, element) in functionsObject.Properties)
        {
            var path = functionsObject.Path.Add(name);
            var issue = FindIssue(space, name, path);
            functions[issue] = ReadValueFunction(element, path, space.Issues[issue]);
        }

        RequireEveryIssue(space, functions, functionsObject.Path, "has no value function");

        return Guard(utility.Path, () => new LinearAdditiveUtilityFunction(space, weights.Select(w => w!.Value), functions!));
    }

    private static HyperRectangleUtilityFunction ReadHyperRectangles(JsonObjectReader utility, OutcomeSpace space)
    {
        foreach (var issue in space.Issues)
        {
            if (issue.Kind != IssueKind.Integer)
            {
                throw new ScenarioJsonError(
                    utility.Path.Add("type"),
                    $"\"{ScenarioJsonNames.HyperRectangles}\" utilities need every issue to be an integer issue, but \"{issue.Name}\" is {Describe(issue.Kind)}");
            }
        }

        utility.AllowOnly("type", "maxUtility", "rectangles");
        var maxUtility = utility.RequiredNumber("maxUtility");
        if (!(maxUtility > 0))
        {
            throw new ScenarioJsonError(utility.Path.Add("maxUtility"), $"maxUtility must be > 0 (got {JsonValues.Format(maxUtility)})");
        }

        var rectanglesPath = utility.Path.Add("rectangles");
        var elements = utility.RequiredArray("rectangles");
        var rectangles = new List<HyperRectangle>(elements.Count);
        for (var r = 0; r < elements.Count; r++)
        {
            var rectangle = JsonObjectReader.Open(elements[r], rectanglesPath.Add(r), "a hyper-rectangle");
            rectangle.AllowOnly("utility", "weight", "bounds");
            var value = rectangle.RequiredNumber("utility");
            var weight = rectangle.OptionalNumber("weight", 1.0);
            var boundsPath = rectangle.Path.Add("bounds");
            var boundElements = rectangle.RequiredArray("bounds");
            var bounds = ImmutableArray.CreateBuilder<HyperRectangleBound>(boundElements.Count);
            for (var b = 0; b < boundElements.Count; b++)
            {
                var bound = JsonObjectReader.Open(boundElements[b], boundsPath.Add(b), "a bound");
                bound.AllowOnly("issue", "min", "max");
                var issue = FindIssue(space, bound.RequiredString("issue"), bound.Path.Add("issue"));
                var min = bound.RequiredInteger("min");
                var max = bound.RequiredInteger("max");
                if (max < min)
                {
                    throw new ScenarioJsonError(bound.Path.Add("max"), $"max ({max}) is below min ({min}), so the bound holds no value");
                }

                bounds.Add(new HyperRectangleBound(issue, min, max));
            }

            rectangles.Add(new HyperRectangle(value, weight, bounds.MoveToImmutable()));
        }

        return Guard(utility.Path, () => new HyperRectangleUtilityFunction(space, rectangles, maxUtility));
    }

    private static ValueFunction ReadValueFunction(JsonElement element, JsonPath path, Issue issue)
    {
        var function = JsonObjectReader.Open(element, path, "a value function");
        var type = ReadType(function, ScenarioJsonNames.ValueFunctionTypes, "value-function");
        if (type == ScenarioJsonNames.Discrete && issue.Kind != IssueKind.Discrete)
        {
            throw new ScenarioJsonError(
                path.Add("type"),
                $"issue \"{issue.Name}\" is {Describe(issue.Kind)}, but a \"discrete\" value function scores named values; "
                + $"use one of: {ScenarioJsonNames.IntegerLinear}, {ScenarioJsonNames.Linear}, {ScenarioJsonNames.Triangular}, "
                + $"{ScenarioJsonNames.Constant}, {ScenarioJsonNames.NumberRange}");
        }

        if (type is not (ScenarioJsonNames.Discrete or ScenarioJsonNames.Constant) && issue.Kind == IssueKind.Discrete)
        {
            throw new ScenarioJsonError(
                path.Add("type"),
                $"issue \"{issue.Name}\" is a discrete issue, but a \"{type}\" value function scores numbers; use \"discrete\" (or \"constant\")");
        }

        switch (type)
        {
            case ScenarioJsonNames.Discrete:
                function.AllowOnly("type", "evaluations");
                return ReadDiscrete(function.RequiredObject("evaluations", "the evaluation of each value"), (DiscreteIssue)issue);

            case ScenarioJsonNames.IntegerLinear:
            {
                function.AllowOnly("type", "lowerBound", "upperBound", "offset", "slope");
                var integer = issue as IntegerIssue;
                var lowerBound = function.OptionalInteger("lowerBound") ?? integer?.Min ?? function.RequiredInteger("lowerBound");
                var upperBound = function.OptionalInteger("upperBound") ?? integer?.Max ?? function.RequiredInteger("upperBound");
                var offset = function.RequiredNumber("offset");
                var slope = function.RequiredNumber("slope");
                return new IntegerLinearValueFunction(lowerBound, upperBound, offset, slope);
            }

            case ScenarioJsonNames.Linear:
            {
                function.AllowOnly("type", "intercept", "slope");
                var intercept = function.RequiredNumber("intercept");
                var slope = function.RequiredNumber("slope");
                return new LinearValueFunction(intercept, slope);
            }

            case ScenarioJsonNames.Triangular:
            {
                function.AllowOnly("type", "lower", "top", "upper");
                var lower = function.RequiredNumber("lower");
                var top = function.RequiredNumber("top");
                var upper = function.RequiredNumber("upper");
                if (!(lower <= top && top <= upper))
                {
                    throw new ScenarioJsonError(
                        path,
                        $"a triangular value function needs lower ≤ top ≤ upper (got lower {JsonValues.Format(lower)}, "
                        + $"top {JsonValues.Format(top)}, upper {JsonValues.Format(upper)})");
                }

                return new TriangularValueFunction(lower, upper, top);
            }

            case ScenarioJsonNames.Constant:
                function.AllowOnly("type", "score");
                return new ConstantValueFunction(function.RequiredNumber("score"));

            default:
            {
                function.AllowOnly("type", "lowValue", "lowUtility", "highValue", "highUtility");
                var lowValue = function.RequiredNumber("lowValue");
                var lowUtility = UnitInterval(function, "lowUtility");
                var highValue = function.RequiredNumber("highValue");
                var highUtility = UnitInterval(function, "highUtility");
                if (!(highValue > lowValue))
                {
                    throw new ScenarioJsonError(
                        path.Add("highValue"),
                        $"highValue ({JsonValues.Format(highValue)}) must exceed lowValue ({JsonValues.Format(lowValue)})");
                }

                return new NumberRangeValueFunction(lowValue, lowUtility, highValue, highUtility);
            }
        }
    }

    private static DiscreteValueFunction ReadDiscrete(JsonObjectReader evaluations, DiscreteIssue issue)
    {
        var pairs = new List<KeyValuePair<string, double>>(evaluations.Properties.Count);
        foreach (var (value, element) in evaluations.Properties)
        {
            var path = evaluations.Path.Add(value);
            if (issue.IndexOf(value) < 0)
            {
                var suggestion = JsonObjectReader.Closest(value, [.. issue.Values]);
                var hint = suggestion is null ? "" : $" (did you mean \"{suggestion}\"?)";
                throw new ScenarioJsonError(
                    path,
                    $"\"{value}\" is not a value of issue \"{issue.Name}\"{hint}; its values are {JsonValues.List(issue.Values)}");
            }

            var evaluation = JsonValues.Number(element, path);
            if (!(evaluation >= 0))
            {
                throw new ScenarioJsonError(path, $"an evaluation must be ≥ 0 (got {JsonValues.Format(evaluation)})");
            }

            pairs.Add(new(value, evaluation));
        }

        var missing = issue.Values.Where(v => !evaluations.Has(v)).ToList();
        if (missing.Count > 0)
        {
            throw new ScenarioJsonError(
                evaluations.Path.Add(missing[0]),
                $"value{(missing.Count > 1 ? "s" : "")} {JsonValues.List(missing)} of issue \"{issue.Name}\" "
                + $"{(missing.Count > 1 ? "have" : "has")} no evaluation",
                locateAt: evaluations.Path);
        }

        return new DiscreteValueFunction(pairs);
    }

    private static double UnitInterval(JsonObjectReader function, string name)
    {
        var value = function.RequiredNumber(name);
        return value is >= 0 and <= 1
            ? value
            : throw new ScenarioJsonError(function.Path.Add(name), $"{name} must be in [0, 1] (got {JsonValues.Format(value)})");
    }

    /// <summary>The position of a named issue, or an error at <paramref name="path"/> listing the issues.</summary>
    private static int FindIssue(OutcomeSpace space, string name, JsonPath path)
    {
        var index = space.IndexOfIssue(name);
        if (index >= 0)
        {
            return index;
        }

        var names = space.Issues.Select(i => i.Name).ToArray();
        var suggestion = JsonObjectReader.Closest(name, names);
        var hint = suggestion is null ? "" : $" (did you mean \"{suggestion}\"?)";
        throw new ScenarioJsonError(path, $"the scenario has no issue \"{name}\"{hint}; its issues are {JsonValues.List(names)}");
    }

    private static void RequireEveryIssue<T>(OutcomeSpace space, T?[] found, JsonPath path, string problem)
    {
        for (var i = 0; i < found.Length; i++)
        {
            if (found[i] is null)
            {
                var name = space.Issues[i].Name;
                throw new ScenarioJsonError(path.Add(name), $"issue \"{name}\" {problem}", locateAt: path);
            }
        }
    }

    private static string Describe(IssueKind kind) => kind switch
    {
        IssueKind.Discrete => "a discrete issue",
        IssueKind.Integer => "an integer issue",
        _ => "a real issue",
    };
}
