using System.Text.Json.Nodes;

namespace Parley.Cases;

/// <summary>
/// One setting of one assumption of the SMA case: a change to the case file (applied to its JSON, so the variant is
/// read, checked and run exactly as a file would be). Immutable.
/// </summary>
/// <param name="Assumption">The assumption varied, in words.</param>
/// <param name="Setting">The value tried, in words.</param>
/// <param name="Patch">Changes the file's JSON (comments already dropped).</param>
public sealed record SensitivityVariant(string Assumption, string Setting, Action<JsonObject> Patch);
