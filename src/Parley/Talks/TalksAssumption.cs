namespace Parley.Talks;

/// <summary>
/// One documented assumption of a talks file: a named figure the file's numbers rest on (an exchange rate, a reported
/// ask, a discount rate), with its status and source, so readers and tools can list them and re-derive what depends on
/// them. Information only: the talks do not read it. Immutable.
/// </summary>
/// <param name="Name">A short name, unique in the file (e.g. <c>fx</c>).</param>
/// <param name="Value">The figure.</param>
/// <param name="Unit">What the figure measures, in words.</param>
/// <param name="Status">How far it can be trusted.</param>
/// <param name="Source">Where it comes from, if anywhere.</param>
/// <param name="Note">Anything else a reader should know.</param>
public sealed record TalksAssumption(string Name, double Value, string? Unit, AssumptionStatus Status, string? Source = null, string? Note = null);
