namespace Parley.Tournaments;

/// <summary>
/// A mean over <see cref="Count"/> observations with its 95% confidence interval. For means, the interval is Student's
/// t: mean ± t(0.975, n−1)·s/√n with s the sample standard deviation. For rates (<see cref="AgentStanding.AgreementRate"/>
/// and the like) it is Wilson's score interval. Undefined parts are NaN: everything without observations, the interval
/// and the standard deviation with a single mean observation.
/// </summary>
/// <param name="Count">How many observations.</param>
/// <param name="Mean">Their mean.</param>
/// <param name="StandardDeviation">Their sample standard deviation (n − 1 in the denominator).</param>
/// <param name="Lower">The lower end of the 95% interval.</param>
/// <param name="Upper">The upper end of the 95% interval.</param>
public readonly record struct Estimate(long Count, double Mean, double StandardDeviation, double Lower, double Upper)
{
    /// <summary>The confidence level of every interval.</summary>
    public const double ConfidenceLevel = 0.95;

    /// <summary>The estimate of nothing.</summary>
    public static Estimate Empty { get; } = new(0, double.NaN, double.NaN, double.NaN, double.NaN);

    /// <summary>Half the interval's width, or NaN.</summary>
    public double HalfWidth => (Upper - Lower) / 2;

    /// <summary>Student's t interval of a sample with this mean and standard deviation.</summary>
    public static Estimate OfMean(long count, double mean, double standardDeviation)
    {
        if (count == 0)
        {
            return Empty;
        }

        if (count == 1)
        {
            return new Estimate(1, mean, double.NaN, double.NaN, double.NaN);
        }

        var half = StudentT.Quantile975(count - 1) * standardDeviation / Math.Sqrt(count);
        return new Estimate(count, mean, standardDeviation, mean - half, mean + half);
    }

    /// <summary>Wilson's score interval of <paramref name="successes"/> out of <paramref name="count"/>.</summary>
    public static Estimate OfRate(long successes, long count)
    {
        if (count == 0)
        {
            return Empty;
        }

        var n = (double)count;
        var p = successes / n;
        var z = StudentT.Normal975;
        var z2 = z * z;
        var centre = (p + (z2 / (2 * n))) / (1 + (z2 / n));
        var half = z / (1 + (z2 / n)) * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));
        var deviation = count > 1 ? Math.Sqrt(p * (1 - p) * n / (n - 1)) : double.NaN;
        return new Estimate(count, p, deviation, Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
