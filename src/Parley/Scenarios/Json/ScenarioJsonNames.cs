using System.Collections.Immutable;

namespace Parley.Scenarios.Json;

/// <summary>The discriminators of the Parley scenario format, shared by the reader, the writer and the messages.</summary>
internal static class ScenarioJsonNames
{
    public const string Discrete = "discrete";
    public const string Integer = "integer";
    public const string Real = "real";

    public const string LinearAdditive = "linearAdditive";
    public const string HyperRectangles = "hyperRectangles";
    public const string PaymentStream = "paymentStream";

    public const string IntegerLinear = "integerLinear";
    public const string Linear = "linear";
    public const string Triangular = "triangular";
    public const string Constant = "constant";
    public const string NumberRange = "numberRange";

    /// <summary>Issue types, in the order the documentation lists them.</summary>
    public static readonly ImmutableArray<string> IssueTypes = [Discrete, Integer, Real];

    /// <summary>Utility-function types.</summary>
    public static readonly ImmutableArray<string> UtilityTypes = [LinearAdditive, HyperRectangles, PaymentStream];

    /// <summary>Value-function types.</summary>
    public static readonly ImmutableArray<string> ValueFunctionTypes = [Discrete, IntegerLinear, Linear, Triangular, Constant, NumberRange];
}
