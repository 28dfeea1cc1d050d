namespace Parley.Tournaments;

/// <summary>
/// Mean and variance accumulated one value at a time (Welford's method: stable, one pass, no storage). Fed in index
/// order, it gives the same bits every time.
/// </summary>
internal struct RunningStatistics
{
    private long _count;
    private double _mean;
    private double _m2;

    public readonly long Count => _count;

    public void Add(double value)
    {
        _count++;
        var delta = value - _mean;
        _mean += delta / _count;
        _m2 += delta * (value - _mean);
    }

    public readonly Estimate ToEstimate() =>
        Estimate.OfMean(_count, _count == 0 ? double.NaN : _mean, _count > 1 ? Math.Sqrt(_m2 / (_count - 1)) : double.NaN);
}
