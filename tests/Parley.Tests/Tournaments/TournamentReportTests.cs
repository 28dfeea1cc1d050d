using Parley.Protocols;
using Parley.Tournaments;

namespace Parley.Tests.Tournaments;

public sealed class TournamentReportTests
{
    private const double T3 = 3.1824463052837091; // Student's t, 97.5% quantile, 3 degrees of freedom (mpmath, 30 digits)
    private const double Z = 1.959963984540054; // standard normal, 97.5% quantile
    private static readonly double Root32 = Math.Sqrt(0.32);

    /// <summary>
    /// Hardline (offers its best, accepts only ≥ 0.8) and Soft (accepts anything, else offers the even split) with
    /// self-play on split-the-pie 0..10: A gets share/10 (reservation 0.2, no discount), B gets 1 − share/10
    /// (reservation 0, discount d = 0.0625, so u·0.0625^t = u·2^(−4t)); 4 rounds = 8 turns, so t = turns/8.
    /// Every split is Pareto-optimal; Nash maximises (x − 0.2)(1 − x): x = 0.6, the point (0.6, 0.4).
    /// <code>
    /// #  seats (A, B)        play                                   turns t     u (A, B)  discounted   adv.       Nash dist.
    /// 0  Hardline, Hardline  10, 0, 10, 0, … to the deadline         8    1     (0.2, 0)  (0.2, 0)     (0, 0)     √0.32 (Pareto √0.32)
    /// 1  Hardline, Soft      offer 10, accept                        2    0.25  (1, 0)    (1, 0)       (0.8, 0)   √0.32
    /// 2  Soft, Hardline      offer 5, offer 0, accept                3    0.375 (0, 1)    (0, 2^−1.5)  (−0.2, 1)  √0.72
    /// 3  Soft, Soft          offer 5, accept                         2    0.25  (0.5,0.5) (0.5, 0.25)  (0.3, 0.5) √0.02
    /// </code>
    /// Hardline's sessions: #0 A 0.2, #0 B 0, #1 A 1, #2 B 1 → mean 0.55, deviations −0.35 −0.55 0.45 0.45, Σd² = 0.83.
    /// Discounted: 0.2, 0, 1, 2^−1.5 → (1.2 + 2^−1.5)/4 = 0.38838834764831843. Soft: 0, 0, 0.5, 0.5 → 0.25; discounted
    /// 0, 0, 0.5, 0.25 → 0.1875. Hardline ranks first.
    /// </summary>
    [Fact]
    public void Compute_HandComputedTournament_GivesTheWorkedNumbers()
    {
        var definition = TournamentFixtures.Build(new() { Agents = ["Hardline", "Soft"], Scenarios = ["split"], Rounds = 4, SelfPlay = true });
        var store = new MemoryTournamentStore();
        new TournamentRunner(definition, store).Run();

        var records = store.Records().ToArray();
        Assert.Equal([NegotiationEnd.Deadline, NegotiationEnd.Agreement, NegotiationEnd.Agreement, NegotiationEnd.Agreement], records.Select(r => r.End));
        Assert.Equal([8L, 2, 3, 2], records.Select(r => r.Turns));
        Assert.Equal([1.0, 0.25, 0.375, 0.25], records.Select(r => r.EndTime));

        var report = TournamentReport.Compute(definition, records);

        Assert.Equal(["Hardline", "Soft"], report.Ranking.Select(s => s.Name));
        var hardline = report.Standing(0);
        Assert.Equal(1, hardline.Rank);
        Assert.Equal(4, hardline.Sessions);
        Assert.Equal(2, hardline.Agreements);
        AssertEstimate(hardline.Utility, 0.55, Math.Sqrt(0.83 / 3));
        AssertEstimate(hardline.DiscountedUtility, (1.2 + Math.Pow(2, -1.5)) / 4, null);
        AssertEstimate(hardline.Advantage, (0.8 + 1) / 4, null);
        AssertEstimate(hardline.DiscountedAdvantage, (0.8 + Math.Pow(2, -1.5)) / 4, null);
        AssertEstimate(hardline.SocialWelfare, (0.2 + 0.2 + 1 + 1) / 4, null);
        AssertEstimate(hardline.ParetoDistance, 2 * Root32 / 4, null);
        AssertEstimate(hardline.NashDistance, ((3 * Root32) + Math.Sqrt(0.72)) / 4, null);
        Assert.Equal(1.5, hardline.RoundsToAgreement.Mean, 12); // rounds 1 and 2
        Assert.Equal(2, hardline.RoundsToAgreement.Count);
        AssertRate(hardline.AgreementRate, 2, 4);
        Assert.Equal(1, hardline.AgreementTimes[5]); // t = 0.25
        Assert.Equal(1, hardline.AgreementTimes[7]); // t = 0.375
        Assert.Equal(2, hardline.AgreementTimes.Sum());

        var soft = report.Standing(1);
        Assert.Equal(2, soft.Rank);
        AssertEstimate(soft.Utility, 0.25, Math.Sqrt(4 * 0.0625 / 3)); // deviations ±0.25
        AssertEstimate(soft.DiscountedUtility, 0.1875, null);
        AssertEstimate(soft.Advantage, (0 - 0.2 + 0.3 + 0.5) / 4, null);
        AssertEstimate(soft.DiscountedAdvantage, (0 - 0.2 + 0.3 + 0.25) / 4, null);
        AssertEstimate(soft.NashDistance, (Root32 + Math.Sqrt(0.72) + (2 * Math.Sqrt(0.02))) / 4, null);
        AssertEstimate(soft.ParetoDistance, 0, null);
        Assert.Equal(1.25, soft.RoundsToAgreement.Mean, 12); // 1, 2, 1, 1
        AssertRate(soft.AgreementRate, 4, 4);

        // Against each opponent: Hardline–Hardline is #0 (0.2 and 0), Hardline–Soft #1 A and #2 B, Soft–Soft #3 both seats.
        var byOpponent = report.ByOpponent.ToDictionary(c => (c.Agent, c.Opponent));
        Assert.Equal(0.1, byOpponent[(0, 0)].Utility.Mean, 12);
        Assert.Equal(2, byOpponent[(0, 0)].Sessions);
        Assert.Equal(1.0, byOpponent[(0, 1)].Utility.Mean, 12);
        Assert.Equal(0.0, byOpponent[(1, 0)].Utility.Mean, 12);
        Assert.Equal(0.5, byOpponent[(1, 1)].Utility.Mean, 12);
        Assert.Equal(0.375, byOpponent[(1, 1)].DiscountedUtility.Mean, 12);

        Assert.Equal(2, report.ByScenario.Length);
        Assert.Equal(0.55, report.ByScenario[0].Utility.Mean, 12);

        var scenario = Assert.Single(report.Scenarios);
        Assert.Equal(4, scenario.Negotiations);
        Assert.Equal(3, scenario.Agreements);
        Assert.Equal(0.8, scenario.SocialWelfare.Mean, 12);
        Assert.Equal((0.2 + 1 + Math.Pow(2, -1.5) + 0.75) / 4, scenario.DiscountedSocialWelfare.Mean, 12);
        Assert.Equal(Root32 / 4, scenario.ParetoDistance.Mean, 12);
        Assert.Equal(4.0 / 3, scenario.RoundsToAgreement.Mean, 12);
        AssertRate(scenario.AgreementRate, 3, 4);
        Assert.Equal(3, report.AgreementTimes.Sum());
        Assert.Equal(4, report.Completed);
        Assert.Equal(0, report.Failures);
    }

    [Theory]
    [InlineData(1, 12.706204736174705)] // mpmath: findroot of 1 − ½·betainc(ν/2, ½, 0, ν/(ν + t²)) = 0.975
    [InlineData(2, 4.3026527297494639)]
    [InlineData(3, T3)]
    [InlineData(10, 2.2281388519862747)]
    [InlineData(100, 1.9839715185235523)]
    public void StudentT_Quantile975_MatchesTables(long degreesOfFreedom, double expected) =>
        Assert.Equal(expected, StudentT.Quantile975(degreesOfFreedom), 12);

    [Fact]
    public void Estimate_OneObservation_HasNoInterval()
    {
        var estimate = Estimate.OfMean(1, 0.3, double.NaN);

        Assert.Equal(0.3, estimate.Mean);
        Assert.True(double.IsNaN(estimate.Lower) && double.IsNaN(estimate.Upper) && double.IsNaN(estimate.HalfWidth));
    }

    [Fact]
    public void Compute_RecordsOutOfOrder_AreRefused()
    {
        var definition = TournamentFixtures.Build(new() { Agents = ["Hardline", "Soft"], Scenarios = ["split"] });
        var store = new MemoryTournamentStore();
        new TournamentRunner(definition, store).Run();

        Assert.Throws<ArgumentException>(() => TournamentReport.Compute(definition, store.Records().Reverse()));
    }

    /// <summary>A mean with Student's t interval: mean ± t(0.975, 3)·s/√4 when <paramref name="sd"/> is given.</summary>
    private static void AssertEstimate(Estimate estimate, double mean, double? sd)
    {
        Assert.Equal(4, estimate.Count);
        Assert.Equal(mean, estimate.Mean, 12);
        if (sd is { } s)
        {
            Assert.Equal(s, estimate.StandardDeviation, 12);
            Assert.Equal(mean - (T3 * s / 2), estimate.Lower, 9);
            Assert.Equal(mean + (T3 * s / 2), estimate.Upper, 9);
        }
        else
        {
            Assert.Equal(T3 * estimate.StandardDeviation / 2, estimate.HalfWidth, 9);
        }
    }

    /// <summary>Wilson's interval: (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n), clipped to [0, 1].</summary>
    private static void AssertRate(Estimate rate, int successes, int n)
    {
        var p = (double)successes / n;
        var centre = (p + (Z * Z / (2 * n))) / (1 + (Z * Z / n));
        var half = Z / (1 + (Z * Z / n)) * Math.Sqrt((p * (1 - p) / n) + (Z * Z / (4.0 * n * n)));
        Assert.Equal(p, rate.Mean, 12);
        Assert.Equal(Math.Max(0, centre - half), rate.Lower, 12);
        Assert.Equal(Math.Min(1, centre + half), rate.Upper, 12);
    }
}
