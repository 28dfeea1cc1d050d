using System.Collections.Immutable;
using Parley.BurdenSharing;

namespace Parley.Tests.BurdenSharing;

public sealed class CostAllocationRuleTests
{
    private static CostSharingProblem Gni(params (string Name, double Gni)[] allies) =>
        new([.. allies.Select(a => new Ally(a.Name, a.Gni))]);

    private static void AssertShares(double[] expected, CostAllocation allocation)
    {
        Assert.Equal(expected.Length, allocation.Allocations.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], allocation.Allocations[i].Share, 1e-12);
        }

        Assert.Equal(1.0, allocation.Allocations.Sum(a => a.Share), 1e-12);
    }

    [Fact]
    public void Gni_HandWorkedExample_SharesFollowGni()
    {
        // GNI 50, 25, 15, 10 (Σ 100) → shares 0.5, 0.25, 0.15, 0.1; of C = 200: 100, 50, 30, 20
        var allocation = new GniProportionalRule().Allocate(Gni(("A", 50), ("B", 25), ("C", 15), ("D", 10)), 200);

        AssertShares([0.5, 0.25, 0.15, 0.1], allocation);
        Assert.Equal([100.0, 50, 30, 20], allocation.Allocations.Select(a => a.Amount!.Value));
    }

    [Fact]
    public void NatoCap_HandWorkedExample_LargestEqualsNextLargest()
    {
        // w = 0.5, 0.25, 0.15, 0.1. Cap A at B's share after spreading: k = 1 / (w_B + Σ_{B,C,D} w) = 1 / (0.25 + 0.5) = 4/3.
        // B = 0.25 · 4/3 = 1/3, C = 0.15 · 4/3 = 0.2, D = 0.1 · 4/3 = 2/15, A = k · w_B = 1/3. Σ = 1.
        var allocation = new LargestPayerCapRule().Allocate(Gni(("A", 50), ("B", 25), ("C", 15), ("D", 10)));

        AssertShares([1.0 / 3, 1.0 / 3, 0.2, 2.0 / 15], allocation);
        Assert.Null(allocation.Allocations[0].Amount);
    }

    [Fact]
    public void NatoCap_WithAnOptOut_TheOptOutKeepsItsGniShare()
    {
        // C opts out (keeps 0.15). k = (1 − 0.15) / (w_B + w_B + w_D) = 0.85 / (0.25 + 0.35) = 17/12.
        // B = 0.25 · 17/12 = 0.354166…, D = 0.1 · 17/12 = 0.141666…, A = k · w_B = 0.354166…; Σ = 0.7083 + 0.15 + 0.1417 = 1.
        var allocation = new LargestPayerCapRule(["c"]).Allocate(Gni(("A", 50), ("B", 25), ("C", 15), ("D", 10)));

        AssertShares([0.25 * 17 / 12, 0.25 * 17 / 12, 0.15, 0.1 * 17 / 12], allocation);
        Assert.Contains(allocation.Notes, n => n.StartsWith("Opted out", StringComparison.Ordinal));
    }

    [Fact]
    public void NatoCap_OptOutIsTheNextLargest_CapsAtItsShare()
    {
        // w = 0.6, 0.3 (B opts out), 0.05, 0.05. Case A would give k = 0.7 / (0.05 + 0.1) = 4.67 and a cap of 0.233 < 0.3,
        // so A is capped at B's 0.3 and k = (1 − 0.3 − 0.3) / 0.1 = 4: C = D = 0.2.
        var allocation = new LargestPayerCapRule(["B"]).Allocate(Gni(("A", 60), ("B", 30), ("C", 5), ("D", 5)));

        AssertShares([0.3, 0.3, 0.2, 0.2], allocation);
    }

    [Fact]
    public void NatoCap_CombinedRow_TakesItsShareButIsNotTheNextLargest()
    {
        // w = 0.4, 0.2, 0.4 (three allies combined). Next largest single: B. k = 1 / (0.2 + 0.6) = 1.25:
        // B = 0.25, Others = 0.5, A = 1.25 · 0.2 = 0.25.
        var problem = new CostSharingProblem([new Ally("A", 40), new Ally("B", 20), new Ally("Others", 40, Members: 3)]);

        AssertShares([0.25, 0.25, 0.5], new LargestPayerCapRule().Allocate(problem));
    }

    [Fact]
    public void NatoCap_BadOptOuts_AreInputErrors()
    {
        var problem = Gni(("A", 50), ("B", 25), ("C", 15));

        Assert.Contains("not an ally", Assert.Throws<CostSharingInputException>(() => new LargestPayerCapRule(["Z"]).Allocate(problem)).Message, StringComparison.Ordinal);
        Assert.Contains("cannot opt out", Assert.Throws<CostSharingInputException>(() => new LargestPayerCapRule(["A"]).Allocate(problem)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equal_HandWorkedExample_CountsCombinedRows()
    {
        // 5 allies in 3 rows: A 1/5, B 1/5, Others (3 allies) 3/5; of C = 10: 2, 2, 6
        var problem = new CostSharingProblem([new Ally("A"), new Ally("B"), new Ally("Others", Members: 3)]);

        var allocation = new EqualSharesRule().Allocate(problem, 10);

        AssertShares([0.2, 0.2, 0.6], allocation);
        Assert.Equal(6.0, allocation.Allocations[2].Amount!.Value, 1e-12);
    }

    [Fact]
    public void Shapley_AirportGame_HandWorkedExample()
    {
        // c(S) = max stand-alone cost: A 10, B 20, C 40. Split each cost segment among those who need it:
        // A = 10/3; B = 10/3 + 10/2 = 25/3; C = 10/3 + 5 + 20 = 85/3. Σ = 40 = c(N).
        var problem = new CostSharingProblem([new Ally("A", StandAloneCost: 10), new Ally("B", StandAloneCost: 20), new Ally("C", StandAloneCost: 40)]);

        var allocation = new ShapleyValueRule().Allocate(problem);

        Assert.Equal(40, allocation.Total);
        Assert.Equal([10.0 / 3, 25.0 / 3, 85.0 / 3], allocation.Allocations.Select(a => a.Amount!.Value), new Tolerance(1e-12));
    }

    [Fact]
    public void Shapley_EconomiesOfScale_TwoEqualAlliesSplitEvenly()
    {
        // c(A) = c(B) = 4; c(AB) = 8 · 2^(0.5 − 1) = 5.65685…; each pays half.
        var problem = new CostSharingProblem([new Ally("A", StandAloneCost: 4), new Ally("B", StandAloneCost: 4)]);

        var allocation = new ShapleyValueRule(StandardCostFunction.EconomiesOfScale, 0.5).Allocate(problem);

        Assert.Equal(8 / Math.Sqrt(2), allocation.Total!.Value, 1e-12);
        Assert.All(allocation.Allocations, a => Assert.Equal(4 / Math.Sqrt(2), a.Amount!.Value, 1e-12));
    }

    [Fact]
    public void Shapley_ExplicitGame_HandWorkedExample()
    {
        // c(A) = c(B) = c(C) = 10, c(AB) = c(AC) = 15, c(BC) = 20, c(ABC) = 24. Marginal costs of A over the 6 orders:
        // first 10, 10; after B 5; after C 5; last 24 − 20 = 4, 4 → (10+10+5+5+4+4)/6 = 38/6.
        // B: first 10, 10; after A 5; after C 10; last 24 − 15 = 9, 9 → 53/6; C likewise 53/6. Σ = 144/6 = 24.
        var costs = new Dictionary<int, double> { [1] = 10, [2] = 10, [4] = 10, [3] = 15, [5] = 15, [6] = 20, [7] = 24 };
        var game = CostGame.Create(["A", "B", "C"], mask => costs[mask], "hand-worked");

        Assert.Equal([38.0 / 6, 53.0 / 6, 53.0 / 6], ShapleyValue.Compute(game), new Tolerance(1e-12));
    }

    [Fact]
    public void Shapley_TooManyOrCombinedAllies_AreInputErrors()
    {
        var many = new CostSharingProblem([.. Enumerable.Range(0, 21).Select(i => new Ally($"A{i}", StandAloneCost: 1))]);
        var combined = new CostSharingProblem([new Ally("A", StandAloneCost: 1), new Ally("Others", Members: 2, StandAloneCost: 1)]);

        Assert.Contains("at most 20", Assert.Throws<CostSharingInputException>(() => new ShapleyValueRule().Allocate(many)).Message, StringComparison.Ordinal);
        Assert.Contains("one row per ally", Assert.Throws<CostSharingInputException>(() => new ShapleyValueRule().Allocate(combined)).Message, StringComparison.Ordinal);
        Assert.Throws<CostSharingInputException>(() => new ShapleyValueRule().Allocate(new CostSharingProblem([new Ally("A", StandAloneCost: 1)]), 100));
    }

    [Fact]
    public void CostPlusFifty_HandWorkedExample_GrossAndNet()
    {
        // GAO-21-270, 2016–2019 averages (computed): Korea stationing 13.4/4 = 3.35 bn USD/yr, ROK support 5.8/4 = 1.45;
        // Japan 20.9/4 = 5.225, support 12.6/4 = 3.15. Gross: 3.35 · 1.5 = 5.025; 5.225 · 1.5 = 7.8375.
        // Net: 5.025 − 1.45 = 3.575; 7.8375 − 3.15 = 4.6875.
        var problem = new CostSharingProblem(
        [
            new Ally("Korea", StationingCost: 3.35e9, HostPays: 1.45e9),
            new Ally("Japan", StationingCost: 5.225e9, HostPays: 3.15e9),
        ]);

        var gross = new CostPlusFiftyRule().Allocate(problem);
        var net = new CostPlusFiftyRule(netOfHostPayments: true).Allocate(problem);

        Assert.Equal([5.025e9, 7.8375e9], gross.Allocations.Select(a => a.Amount!.Value), new Tolerance(1));
        Assert.Equal([3.575e9, 4.6875e9], net.Allocations.Select(a => a.Amount!.Value), new Tolerance(1));
        Assert.Equal(12.8625e9, gross.Total!.Value, 1);
    }

    [Fact]
    public void Rules_MissingColumn_NameTheAllyAndColumn()
    {
        var problem = new CostSharingProblem([new Ally("A", 1, Line: 3), new Ally("B", Line: 4)], File: "costs.csv");

        var error = Assert.Throws<CostSharingInputException>(() => new GniProportionalRule().Allocate(problem));

        Assert.Equal("costs.csv:4: gni: B has no gni, which --rule gni needs", error.Message);
    }

    private sealed class Tolerance(double epsilon) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= epsilon;

        public int GetHashCode(double obj) => 0;
    }
}
