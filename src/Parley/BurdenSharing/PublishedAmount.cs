using System.Collections.Immutable;

namespace Parley.BurdenSharing;

/// <summary>A yearly ROK contribution as published, with its sources.</summary>
/// <param name="Year">The year.</param>
/// <param name="Currency">The currency of the amount.</param>
/// <param name="Amount">The amount in currency units (won or dollars), as published (KRW in units of 100 million won).</param>
/// <param name="Sources">Where the figure was published.</param>
/// <param name="Status">How far it can be trusted.</param>
/// <param name="Note">Caveats (conflicting reports, readjustments).</param>
public sealed record PublishedAmount(int Year, Currency Currency, long Amount, ImmutableArray<Citation> Sources, FigureStatus Status, string? Note = null);
