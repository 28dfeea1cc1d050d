namespace Parley.Preferences;

/// <summary>
/// <see cref="IUtilityFunction.Evaluate"/> for functions with no faster column form: <see cref="IUtilityFunction.Utility"/>
/// of each outcome in turn, stepping the value indices like an odometer instead of decoding every index.
/// </summary>
internal static class PerOutcomeEvaluation
{
    /// <summary>Writes the utilities of the outcomes <paramref name="firstIndex"/>, +1, … into <paramref name="destination"/>.</summary>
    public static void Evaluate(IUtilityFunction function, long firstIndex, Span<double> destination)
    {
        if (destination.IsEmpty)
        {
            return;
        }

        var space = function.Space;
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firstIndex + destination.Length, space.Count);
        Span<int> digits = stackalloc int[space.IssueCount];
        space.Decode(firstIndex, digits);
        var radices = space.Radices;
        for (var k = 0; k < destination.Length; k++)
        {
            destination[k] = function.Utility(digits);
            for (var i = digits.Length - 1; i >= 0; i--)
            {
                if (++digits[i] < radices[i])
                {
                    break;
                }

                digits[i] = 0;
            }
        }
    }
}
