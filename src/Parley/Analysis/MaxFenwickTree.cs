namespace Parley.Analysis;

/// <summary>
/// A Fenwick (binary indexed) tree over positions 0..n−1 holding values that only ever rise, answering
/// "largest value at positions 0..p" in O(log n). Starts at −∞ everywhere.
/// </summary>
internal sealed class MaxFenwickTree
{
    private readonly double[] _tree;

    public MaxFenwickTree(int length)
    {
        _tree = new double[length + 1];
        _tree.AsSpan().Fill(double.NegativeInfinity);
    }

    /// <summary>Raises position <paramref name="position"/> to at least <paramref name="value"/>.</summary>
    public void Raise(int position, double value)
    {
        for (var i = position + 1; i < _tree.Length; i += i & -i)
        {
            if (_tree[i] < value)
            {
                _tree[i] = value;
            }
        }
    }

    /// <summary>The largest value at positions 0..<paramref name="position"/>.</summary>
    public double PrefixMaximum(int position)
    {
        var best = double.NegativeInfinity;
        for (var i = position + 1; i > 0; i -= i & -i)
        {
            best = Math.Max(best, _tree[i]);
        }

        return best;
    }
}
