namespace Parley.Analysis;

/// <summary>
/// The Nash bargaining solution, the Kalai–Smorodinsky solution and the maximum social welfare, picked from a Pareto
/// frontier. The frontier is given flat: point t has utilities <c>utilities[t·k .. t·k + k)</c> for k parties, and a
/// tie key (its outcome's position in outcome order: the dense index, or the rank of its value-index vector);
/// among maximisers the smallest tie key wins. Each method returns a frontier position, or −1 when there is none.
/// <para>
/// Why the frontier suffices (floating point included). Every outcome p is weakly dominated by, or equal to, a frontier
/// outcome q (dominance is a strict partial order on a finite set). Each objective below is monotone non-decreasing
/// in every utility on the set it ranges over, as computed in floating point, because rounded addition, subtraction
/// of a constant, multiplication of non-negative numbers and division by a positive constant are all monotone. So
/// f(q) ≥ f(p): the maximum over the frontier equals the maximum over all outcomes, and the reported point is a
/// maximiser over all outcomes. Rationality is kept too: q ≥ p ≥ r. The tie rule therefore reads "the smallest tie
/// key among the maximisers on the frontier"; it can differ from the smallest over all outcomes only when a dominated
/// outcome's objective rounds to exactly the same number as its dominator's.
/// </para>
/// </summary>
internal static class BargainingSolutions
{
    /// <summary>The frontier point maximising Σⱼ uⱼ, summed in party order (the same sum as <see cref="AnalysisPoint.Welfare"/>).</summary>
    public static int MaxWelfare(ReadOnlySpan<double> utilities, int parties, ReadOnlySpan<long> tieKeys)
    {
        var best = -1;
        var bestValue = double.NegativeInfinity;
        for (var t = 0; t < tieKeys.Length; t++)
        {
            var value = Welfare(utilities.Slice(t * parties, parties));
            if (best < 0 || value > bestValue || (value == bestValue && tieKeys[t] < tieKeys[best]))
            {
                best = t;
                bestValue = value;
            }
        }

        return best;
    }

    /// <summary>
    /// The rational frontier point (uⱼ ≥ rⱼ for all j) maximising Πⱼ (uⱼ − rⱼ), multiplied in party order; −1 when no
    /// point is rational.
    /// </summary>
    public static int Nash(ReadOnlySpan<double> utilities, int parties, ReadOnlySpan<double> reservation, ReadOnlySpan<long> tieKeys)
    {
        var best = -1;
        var bestValue = double.NegativeInfinity;
        for (var t = 0; t < tieKeys.Length; t++)
        {
            var u = utilities.Slice(t * parties, parties);
            if (!IsRational(u, reservation))
            {
                continue;
            }

            var product = 1.0;
            for (var j = 0; j < parties; j++)
            {
                product *= u[j] - reservation[j];
            }

            if (best < 0 || product > bestValue || (product == bestValue && tieKeys[t] < tieKeys[best]))
            {
                best = t;
                bestValue = product;
            }
        }

        return best;
    }

    /// <summary>
    /// The rational frontier point maximising minⱼ (uⱼ − rⱼ) / (bestⱼ − rⱼ), where bestⱼ is party j's highest utility
    /// over rational outcomes (= over rational frontier points); a party with bestⱼ = rⱼ has ratio 1 (every rational
    /// outcome gives it exactly rⱼ, so it does not discriminate). −1 when no point is rational.
    /// </summary>
    public static int KalaiSmorodinsky(
        ReadOnlySpan<double> utilities, int parties, ReadOnlySpan<double> reservation, ReadOnlySpan<long> tieKeys)
    {
        Span<double> ideal = parties <= 64 ? stackalloc double[parties] : new double[parties];
        ideal.Fill(double.NegativeInfinity);
        var anyRational = false;
        for (var t = 0; t < tieKeys.Length; t++)
        {
            var u = utilities.Slice(t * parties, parties);
            if (IsRational(u, reservation))
            {
                anyRational = true;
                for (var j = 0; j < parties; j++)
                {
                    ideal[j] = Math.Max(ideal[j], u[j]);
                }
            }
        }

        if (!anyRational)
        {
            return -1;
        }

        var best = -1;
        var bestValue = double.NegativeInfinity;
        for (var t = 0; t < tieKeys.Length; t++)
        {
            var u = utilities.Slice(t * parties, parties);
            if (!IsRational(u, reservation))
            {
                continue;
            }

            var ratio = double.PositiveInfinity;
            for (var j = 0; j < parties; j++)
            {
                var range = ideal[j] - reservation[j];
                ratio = Math.Min(ratio, range > 0 ? (u[j] - reservation[j]) / range : 1.0);
            }

            if (best < 0 || ratio > bestValue || (ratio == bestValue && tieKeys[t] < tieKeys[best]))
            {
                best = t;
                bestValue = ratio;
            }
        }

        return best;
    }

    /// <summary>Σⱼ uⱼ in party order.</summary>
    public static double Welfare(ReadOnlySpan<double> utilities)
    {
        double sum = 0;
        foreach (var u in utilities)
        {
            sum += u;
        }

        return sum;
    }

    /// <summary>Whether uⱼ ≥ rⱼ for every party.</summary>
    public static bool IsRational(ReadOnlySpan<double> utilities, ReadOnlySpan<double> reservation)
    {
        for (var j = 0; j < utilities.Length; j++)
        {
            if (!(utilities[j] >= reservation[j]))
            {
                return false;
            }
        }

        return true;
    }
}
