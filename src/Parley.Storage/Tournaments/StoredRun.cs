namespace Parley.Storage.Tournaments;

/// <summary>One run of a stored tournament (a first run or a resumption), as noted in the file's <c>runs</c> table. Wall-clock data.</summary>
/// <param name="Run">Its number, from 1.</param>
/// <param name="Started">When it started (UTC, ISO 8601).</param>
/// <param name="Finished">When it finished, or null when it was stopped or killed.</param>
/// <param name="Workers">Its worker threads.</param>
/// <param name="Negotiations">Negotiations it stored (0 when it did not finish).</param>
public sealed record StoredRun(long Run, string Started, string? Finished, int Workers, long Negotiations);
