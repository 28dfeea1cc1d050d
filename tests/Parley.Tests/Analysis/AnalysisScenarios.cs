using CsCheck;
using Parley.Outcomes;
using Parley.Preferences;
using Parley.Scenarios;

namespace Parley.Tests.Analysis;

/// <summary>Scenario builders and CsCheck generators for the analysis tests.</summary>
internal static class AnalysisScenarios
{
    /// <summary>Scores that make exact ties and near-ties (0.1 + 0.2 ≠ 0.3) common.</summary>
    private static readonly double[] TieScores = [0.0, 0.1, 0.2, 0.3, 0.5, 0.7, 1.0];

    /// <summary>Reservation values; 1.5 makes nothing rational.</summary>
    private static readonly double[] Reservations = [0.0, 0.0, 0.1, 0.3, 0.5, 1.5];

    /// <summary>A space of integer issues 0..radix−1.</summary>
    public static OutcomeSpace IntegerSpace(params int[] radices) =>
        new(radices.Select((r, i) => (Issue)new IntegerIssue($"i{i}", 0, r - 1)));

    /// <summary>A party with linear-additive utilities: contribution of value v of issue i = weights[i]·scores[i][v].</summary>
    public static Party LinearParty(string name, OutcomeSpace space, double[] weights, double[][] scores, double reservation = 0) =>
        new(name, new LinearAdditiveUtilityFunction(
            space, weights, space.Issues.Select((issue, i) => (ValueFunction)new TableValueFunction(issue, scores[i]))),
            reservation, DiscountFactor.None);

    /// <summary>A party with weight 1 per issue, so the scores are the contributions.</summary>
    public static Party ContributionParty(string name, OutcomeSpace space, double[][] contributions, double reservation = 0) =>
        LinearParty(name, space, [.. contributions.Select(_ => 1.0)], contributions, reservation);

    /// <summary>A party whose utility is given outright for every outcome, by dense index.</summary>
    public static Party TableParty(string name, OutcomeSpace space, double[] utilities, double reservation = 0) =>
        new(name, new TableUtilityFunction(space, utilities), reservation, DiscountFactor.None);

    /// <summary>
    /// A purely linear-additive scenario with seeded random contributions: weights normalised to sum just under 1,
    /// scores uniform in [0, 1], so the cap never binds.
    /// </summary>
    public static Scenario RandomLinearAdditive(int seed, int parties, params int[] radices)
    {
        var random = new Random(seed);
        var space = IntegerSpace(radices);
        var list = new List<Party>();
        for (var p = 0; p < parties; p++)
        {
            var raw = radices.Select(_ => 0.05 + random.NextDouble()).ToArray();
            var total = raw.Sum() * (1 + 1e-9);
            var weights = raw.Select(w => w / total).ToArray();
            var scores = radices.Select(r => Enumerable.Range(0, r).Select(_ => random.NextDouble()).ToArray()).ToArray();
            list.Add(LinearParty($"p{p}", space, weights, scores));
        }

        return new Scenario($"random-{seed}", space, list);
    }

    /// <summary>Small spaces (1–4 issues, 1–5 values, discrete or integer) with 2–4 purely linear-additive parties.</summary>
    public static Gen<Scenario> SmallLinearAdditive =>
        from space in SmallSpace
        from parties in Gen.Int[2, 4]
        from specs in LinearSpec(space).Array[parties]
        from reservations in Gen.OneOf(Reservations).Array[parties]
        select new Scenario(
            "small-linear",
            space,
            specs.Select((s, p) => LinearParty($"p{p}", space, s.Weights, s.Scores, reservations[p])));

    /// <summary>Small spaces with 2–4 parties whose utilities are arbitrary tables (ties likely), mixed with linear-additive ones.</summary>
    public static Gen<Scenario> SmallAny =>
        from space in SmallSpace
        from parties in Gen.Int[2, 4]
        from tables in TableSpec((int)space.Count).Array[parties]
        from linear in Gen.Bool.Array[parties]
        from specs in LinearSpec(space).Array[parties]
        from reservations in Gen.OneOf(Reservations).Array[parties]
        select new Scenario(
            "small-any",
            space,
            Enumerable.Range(0, parties).Select(p => linear[p]
                ? LinearParty($"p{p}", space, specs[p].Weights, specs[p].Scores, reservations[p])
                : TableParty($"p{p}", space, tables[p], reservations[p])));

    private static Gen<OutcomeSpace> SmallSpace =>
        from issues in IssueGen.Array[1, 4]
        select new OutcomeSpace(issues.Select((make, i) => make($"x{i}")));

    private static Gen<Func<string, Issue>> IssueGen =>
        from discrete in Gen.Bool
        from count in Gen.Int[1, 5]
        from min in Gen.Int[-2, 2]
        select discrete
            ? (Func<string, Issue>)(name => new DiscreteIssue(name, Enumerable.Range(0, count).Select(v => $"v{v}")))
            : name => new IntegerIssue(name, min, min + count - 1);

    private static Gen<double> Score => Gen.Frequency((3, Gen.OneOf(TieScores)), (1, Gen.Double[0, 1]));

    /// <summary>Weights in {0, 0.1, 0.2, 0.25} so at most 4 issues never sum past 1: the cap never binds.</summary>
    private static Gen<(double[] Weights, double[][] Scores)> LinearSpec(OutcomeSpace space) =>
        from weights in Gen.OneOf(0.0, 0.1, 0.2, 0.25).Array[space.IssueCount]
        from scores in Score.Array[5].Array[space.IssueCount]
        select (weights, scores.Select((s, i) => s[..space.Issues[i].ValueCount]).ToArray());

    private static Gen<double[]> TableSpec(int count) =>
        Gen.Frequency((3, Gen.OneOf(0.0, 0.25, 0.5, 0.75, 1.0)), (1, Gen.Double[0, 1])).Array[count];
}

/// <summary>A value function given by a table of scores in the issue's enumeration order.</summary>
internal sealed class TableValueFunction(Issue issue, double[] scores) : ValueFunction
{
    public override double Evaluate(IssueValue value) => scores[issue.IndexOf(value)];

    public override string? CheckFits(Issue other) =>
        other.ValueCount == scores.Length ? null : $"issue '{other.Name}' has {other.ValueCount} values, the table {scores.Length}";

    public override double[] Tabulate(Issue other) => (double[])scores.Clone();
}

/// <summary>A utility function given outright for every outcome, by dense index.</summary>
internal sealed class TableUtilityFunction(OutcomeSpace space, double[] utilities) : IUtilityFunction
{
    public OutcomeSpace Space => space;

    public double Utility(ReadOnlySpan<int> valueIndices) => utilities[space.IndexOf(valueIndices)];

    public void Evaluate(long firstIndex, Span<double> destination) =>
        utilities.AsSpan((int)firstIndex, destination.Length).CopyTo(destination);
}
