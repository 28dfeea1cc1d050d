using Parley.Outcomes;
using Parley.Scenarios;

namespace Parley.Tests.Analysis;

/// <summary>
/// The definitions, computed the slow obvious way over every outcome: O(n²) dominance for the frontier, exhaustive
/// maxima for Nash, Kalai–Smorodinsky and welfare (values over all outcomes, so the "the frontier suffices" claim is
/// checked too), and the documented tie rule (smallest dense index among frontier maximisers).
/// </summary>
internal sealed class BruteForceOracle
{
    public BruteForceOracle(Scenario scenario)
    {
        var space = scenario.Space;
        Parties = scenario.Parties.Length;
        Reservation = [.. scenario.Parties.Select(p => p.ReservationValue)];
        Count = (int)space.Count;
        Utilities = new double[Count][];
        var values = new int[space.IssueCount];
        for (var i = 0; i < Count; i++)
        {
            space.Decode(i, values);
            Utilities[i] = [.. scenario.Parties.Select(p => p.Utility.Utility(values))];
        }

        Frontier = [.. Enumerable.Range(0, Count).Where(i => !Enumerable.Range(0, Count).Any(q => Dominates(Utilities[q], Utilities[i])))];
        Array.Sort(Frontier, (x, y) =>
        {
            for (var j = 0; j < Parties; j++)
            {
                var c = Utilities[y][j].CompareTo(Utilities[x][j]);
                if (c != 0)
                {
                    return c;
                }
            }

            return x.CompareTo(y);
        });

        var all = Enumerable.Range(0, Count).ToArray();
        var rational = all.Where(IsRational).ToArray();
        WelfareValue = all.Max(i => Welfare(Utilities[i]));
        WelfareIndex = Frontier.Where(i => Welfare(Utilities[i]) == WelfareValue).Min();
        if (rational.Length > 0)
        {
            NashValue = rational.Max(NashProduct);
            NashIndex = Frontier.Where(i => IsRational(i) && NashProduct(i) == NashValue).Min();
            Best = [.. Enumerable.Range(0, Parties).Select(j => rational.Max(i => Utilities[i][j]))];
            KalaiSmorodinskyValue = rational.Max(KalaiSmorodinskyRatio);
            KalaiSmorodinskyIndex = Frontier.Where(i => IsRational(i) && KalaiSmorodinskyRatio(i) == KalaiSmorodinskyValue).Min();
        }
    }

    public int Parties { get; }

    public int Count { get; }

    public double[] Reservation { get; }

    public double[][] Utilities { get; }

    /// <summary>Frontier dense indices in frontier order.</summary>
    public int[] Frontier { get; }

    public double WelfareValue { get; }

    public int WelfareIndex { get; }

    public double? NashValue { get; }

    public int? NashIndex { get; }

    public double[]? Best { get; }

    public double? KalaiSmorodinskyValue { get; }

    public int? KalaiSmorodinskyIndex { get; }

    public static bool Dominates(double[] q, double[] p) =>
        q.Zip(p).All(t => t.First >= t.Second) && q.Zip(p).Any(t => t.First > t.Second);

    public static double Welfare(double[] u)
    {
        double sum = 0;
        foreach (var x in u)
        {
            sum += x;
        }

        return sum;
    }

    public bool IsRational(int i) => Enumerable.Range(0, Parties).All(j => Utilities[i][j] >= Reservation[j]);

    public double NashProduct(int i)
    {
        var product = 1.0;
        for (var j = 0; j < Parties; j++)
        {
            product *= Utilities[i][j] - Reservation[j];
        }

        return product;
    }

    public double KalaiSmorodinskyRatio(int i)
    {
        var ratio = double.PositiveInfinity;
        for (var j = 0; j < Parties; j++)
        {
            var range = Best![j] - Reservation[j];
            ratio = Math.Min(ratio, range > 0 ? (Utilities[i][j] - Reservation[j]) / range : 1.0);
        }

        return ratio;
    }

    /// <summary>Checks an analysis against the oracle: frontier, values, rationality, frontier membership and tie rule.</summary>
    public void AssertMatches(Parley.Analysis.ScenarioAnalysis analysis, OutcomeSpace space)
    {
        Assert.Equal(Frontier.Select(i => space.OutcomeAt(i)), analysis.ParetoFrontier.Select(p => p.Outcome));
        for (var t = 0; t < Frontier.Length; t++)
        {
            Assert.Equal(Utilities[Frontier[t]], analysis.ParetoFrontier[t].Utilities);
        }

        Assert.Equal(space.OutcomeAt(WelfareIndex), analysis.MaxWelfare.Outcome);
        Assert.Equal(WelfareValue, analysis.MaxWelfare.Welfare);
        if (NashIndex is null)
        {
            Assert.Null(analysis.Nash);
            Assert.Null(analysis.KalaiSmorodinsky);
            return;
        }

        Assert.NotNull(analysis.Nash);
        Assert.Equal(space.OutcomeAt(NashIndex.Value), analysis.Nash.Outcome);
        Assert.Equal(NashValue, NashProduct(NashIndex.Value));
        Assert.NotNull(analysis.KalaiSmorodinsky);
        Assert.Equal(space.OutcomeAt(KalaiSmorodinskyIndex!.Value), analysis.KalaiSmorodinsky.Outcome);
        Assert.Equal(KalaiSmorodinskyValue, KalaiSmorodinskyRatio(KalaiSmorodinskyIndex.Value));
        Assert.True(IsRational(NashIndex.Value));
        Assert.Contains(NashIndex.Value, Frontier);
        Assert.Contains(KalaiSmorodinskyIndex.Value, Frontier);
    }
}
