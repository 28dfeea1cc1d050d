using Parley.Tournaments;

namespace Parley.Benchmarks.Tournaments;

/// <summary>A store that drops every batch: the runner's cost without the database's, for the scaling diagnostic.</summary>
internal sealed class DiscardingTournamentStore : ITournamentStore
{
    public IEnumerable<long> CompletedIndices() => [];

    public void Write(IReadOnlyList<TournamentRecord> batch)
    {
    }

    public IEnumerable<TournamentRecord> Records() => [];
}
