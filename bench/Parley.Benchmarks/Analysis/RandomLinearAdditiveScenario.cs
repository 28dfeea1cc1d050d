using Parley.Outcomes;
using Parley.Preferences;
using Parley.Scenarios;

namespace Parley.Benchmarks.Analysis;

/// <summary>Seeded random linear-additive scenarios for the analysis benchmarks.</summary>
internal static class RandomLinearAdditiveScenario
{
    /// <summary>
    /// <paramref name="outcomes"/> (a power of 10) outcomes as issues of 10 integer values; each party has random
    /// weights normalised to sum just under 1 and uniform random scores, so the cap at 1 never binds.
    /// </summary>
    public static Scenario Create(int parties, long outcomes, int seed)
    {
        var issues = (int)Math.Round(Math.Log10(outcomes));
        if (Math.Pow(10, issues) != outcomes)
        {
            throw new ArgumentException($"Outcome count {outcomes} is not a power of 10.", nameof(outcomes));
        }

        var random = new Random(seed);
        var space = new OutcomeSpace(Enumerable.Range(0, issues).Select(i => (Issue)new IntegerIssue($"i{i}", 0, 9)));
        var list = new List<Party>();
        for (var p = 0; p < parties; p++)
        {
            var raw = Enumerable.Range(0, issues).Select(_ => 0.05 + random.NextDouble()).ToArray();
            var total = raw.Sum() * (1 + 1e-9);
            var scores = Enumerable.Range(0, issues).Select(_ => Enumerable.Range(0, 10).Select(_ => random.NextDouble()).ToArray()).ToArray();
            list.Add(new Party(
                $"p{p}",
                new LinearAdditiveUtilityFunction(
                    space, raw.Select(w => w / total), space.Issues.Select((issue, i) => (ValueFunction)new TableValueFunction(scores[i]))),
                0.0,
                DiscountFactor.None));
        }

        return new Scenario($"random-{parties}x{outcomes}-{seed}", space, list);
    }
}

/// <summary>A value function given as a table of scores by value index (integer issues starting at 0).</summary>
internal sealed class TableValueFunction(double[] scores) : ValueFunction
{
    public override double Evaluate(IssueValue value) => scores[(int)value.Integer];

    public override double[] Tabulate(Issue issue) => (double[])scores.Clone();
}
