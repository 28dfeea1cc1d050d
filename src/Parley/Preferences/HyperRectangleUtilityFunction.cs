using System.Collections.Immutable;
using Parley.Outcomes;

namespace Parley.Preferences;

/// <summary>
/// The ANAC 2014 non-linear profiles (GENIUS <c>NonlinearUtilitySpace</c> with a sum of inclusive hyper-rectangles):
/// U(ω) = min(1, Σ_{rectangles containing ω} utility·weight / <see cref="MaximumUtility"/>), summed in file order.
/// Every issue must be an integer issue.
/// </summary>
public sealed class HyperRectangleUtilityFunction : IUtilityFunction
{
    private readonly long[] _lowest;
    private readonly Rectangle[] _rectangles;

    /// <summary>Creates the function.</summary>
    public HyperRectangleUtilityFunction(OutcomeSpace space, IEnumerable<HyperRectangle> rectangles, double maximumUtility)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(rectangles);
        if (!double.IsFinite(maximumUtility) || maximumUtility <= 0)
        {
            throw new ArgumentException($"maxutility must be a positive number (got {maximumUtility}).", nameof(maximumUtility));
        }

        Space = space;
        Rectangles = [.. rectangles];
        MaximumUtility = maximumUtility;
        _lowest = new long[space.IssueCount];
        for (var i = 0; i < space.IssueCount; i++)
        {
            _lowest[i] = space.Issues[i] is IntegerIssue integer
                ? integer.Min
                : throw new ArgumentException($"Hyper-rectangle utilities need integer issues; '{space.Issues[i].Name}' is {space.Issues[i].Kind}.");
        }

        _rectangles = new Rectangle[Rectangles.Length];
        for (var r = 0; r < Rectangles.Length; r++)
        {
            var rectangle = Rectangles[r];
            foreach (var bound in rectangle.Bounds)
            {
                if ((uint)bound.Issue >= (uint)space.IssueCount)
                {
                    throw new ArgumentException($"Hyper-rectangle {r + 1} bounds issue #{bound.Issue}, which the space does not have.");
                }
            }

            // Bounds become ranges of value indices, so the hot loop compares ints.
            var issues = rectangle.Bounds.Select(b => b.Issue).ToArray();
            var mins = rectangle.Bounds.Select(b => ClampToInt(b.Min - _lowest[b.Issue])).ToArray();
            var maxs = rectangle.Bounds.Select(b => ClampToInt(b.Max - _lowest[b.Issue])).ToArray();
            _rectangles[r] = new Rectangle(rectangle.Utility * rectangle.Weight, issues, mins, maxs);
        }
    }

    /// <inheritdoc />
    public OutcomeSpace Space { get; }

    /// <summary>The rectangles, in file order.</summary>
    public ImmutableArray<HyperRectangle> Rectangles { get; }

    /// <summary>GENIUS's <c>maxutility</c>: the normaliser.</summary>
    public double MaximumUtility { get; }

    /// <summary>The rectangles with bounds as value-index ranges and utility·weight, in file order (for exact search).</summary>
    internal IReadOnlyList<Rectangle> IndexRectangles => _rectangles;

    /// <inheritdoc />
    public double Utility(ReadOnlySpan<int> valueIndices)
    {
        double sum = 0;
        foreach (var rectangle in _rectangles)
        {
            if (rectangle.Contains(valueIndices))
            {
                sum += rectangle.Utility;
            }
        }

        var u = sum / MaximumUtility;
        return u > 1 ? 1 : u;
    }

    /// <inheritdoc />
    public void Evaluate(long firstIndex, Span<double> destination) => PerOutcomeEvaluation.Evaluate(this, firstIndex, destination);

    private static int ClampToInt(long x) => (int)Math.Clamp(x, int.MinValue, int.MaxValue);

    /// <summary>One rectangle in value-index terms: it adds <see cref="Utility"/> (utility·weight) inside its ranges.</summary>
    internal sealed class Rectangle(double utility, int[] issues, int[] mins, int[] maxs)
    {
        public double Utility { get; } = utility;

        /// <summary>The constrained issues' positions; <see cref="Mins"/> and <see cref="Maxs"/> are parallel to them.</summary>
        public IReadOnlyList<int> Issues => issues;

        /// <summary>Smallest value index inside, per constrained issue.</summary>
        public IReadOnlyList<int> Mins => mins;

        /// <summary>Largest value index inside, per constrained issue.</summary>
        public IReadOnlyList<int> Maxs => maxs;

        public bool Contains(ReadOnlySpan<int> valueIndices)
        {
            for (var b = 0; b < issues.Length; b++)
            {
                var v = valueIndices[issues[b]];
                if (v < mins[b] || v > maxs[b])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
