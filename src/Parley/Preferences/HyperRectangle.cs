using System.Collections.Immutable;

namespace Parley.Preferences;

/// <summary>
/// One constraint of an ANAC 2014 non-linear profile: it adds <see cref="Utility"/>·<see cref="Weight"/> to every
/// outcome whose integer values lie within all of its inclusive <see cref="Bounds"/>.
/// </summary>
/// <param name="Utility">The utility the rectangle adds.</param>
/// <param name="Weight">GENIUS's rectangle weight (1 when absent).</param>
/// <param name="Bounds">One inclusive range per constrained issue; no bounds means every outcome.</param>
public sealed record HyperRectangle(double Utility, double Weight, ImmutableArray<HyperRectangleBound> Bounds);

/// <summary>An inclusive range [<paramref name="Min"/>, <paramref name="Max"/>] on the issue at <paramref name="Issue"/>.</summary>
/// <param name="Issue">Position of the issue in the outcome space.</param>
/// <param name="Min">Smallest integer value inside.</param>
/// <param name="Max">Largest integer value inside.</param>
public readonly record struct HyperRectangleBound(int Issue, long Min, long Max);
