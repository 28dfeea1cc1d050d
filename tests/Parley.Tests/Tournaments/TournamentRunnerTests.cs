using Parley.Agents.Catalog;
using Parley.Protocols;
using Parley.TestKit.Tournaments;
using Parley.Tournaments;

namespace Parley.Tests.Tournaments;

public sealed class TournamentRunnerTests
{
    // Random agents draw from their seeds, so equal results mean equal seeds; three scenarios of two and three parties.
    private static readonly TournamentDefinition Mixed = TournamentFixtures.Build(new()
    {
        Agents = ["Boulware", "Conceder", "Random", "TitForTat", "MiCRO"], Scenarios = ["split", "price", "favourites"], Repetitions = 3, Seed = 11,
        Rounds = 20,
    });

    [Fact]
    public void Run_OneWorkerAndFourWorkers_StoreIdenticalResults()
    {
        var one = new MemoryTournamentStore();
        var four = new MemoryTournamentStore();

        new TournamentRunner(Mixed, one, new() { Workers = 1 }).Run();
        var summary = new TournamentRunner(Mixed, four, new() { Workers = 4, BatchSize = 7 }).Run();

        Assert.Equal(Mixed.Count, summary.StoredThisRun);
        Assert.True(summary.IsComplete);
        AssertSameResults(one.Records(), four.Records());
    }

    [Fact]
    public void Run_StoreAlreadyHoldingSome_RunsExactlyTheMissingOnes()
    {
        var full = new MemoryTournamentStore();
        new TournamentRunner(Mixed, full).Run();
        var partial = new MemoryTournamentStore();
        partial.Write([.. full.Records().Where(r => r.Index % 3 == 1 || r.Index < 10)]);
        var before = partial.Count;

        var summary = new TournamentRunner(Mixed, partial, new() { Workers = 3 }).Run();

        Assert.Equal(before, summary.StoredBefore);
        Assert.Equal(Mixed.Count - before, summary.StoredThisRun);
        AssertSameResults(full.Records(), partial.Records());
        Assert.Equal(0, new TournamentRunner(Mixed, partial).Run().StoredThisRun);
    }

    [Fact]
    public void Run_Cancelled_CommitsWhatFinishedAndAResumptionCompletesIt()
    {
        using var cancel = new CancellationTokenSource();
        var created = 0;
        var catalog = new AgentCatalog(
        [
            .. TournamentFixtures.Catalog.Agents,
            new AgentDescription("Canceller", "Linear that cancels the run when built the 40th time", "tests", [], _ =>
            {
                if (Interlocked.Increment(ref created) == 40)
                {
                    cancel.Cancel();
                }

                return AgentCatalog.Default.Create("Linear");
            }),
        ]);
        var options = new TournamentOptions { Agents = ["Canceller", "Boulware", "Random"], Scenarios = ["split", "price"], Repetitions = 20, Seed = 5 };
        var definition = options.Build(catalog, TournamentFixtures.Load);
        var store = new MemoryTournamentStore();

        Assert.ThrowsAny<OperationCanceledException>(() => new TournamentRunner(definition, store, new() { Workers = 2, BatchSize = 5 }).Run(null, cancel.Token));

        // The Canceller plays 4 of every 6 negotiations: the 40th is built in negotiation 60 or so; those in flight finish.
        Assert.InRange(store.Count, 40, (int)definition.Count - 100);
        new TournamentRunner(definition, store, new() { Workers = 2 }).Run();
        var full = new MemoryTournamentStore();
        new TournamentRunner(definition, full, new() { Workers = 1 }).Run(); // the Canceller cancels only once
        AssertSameResults(full.Records(), store.Records());
    }

    [Fact]
    public void Run_AgentThatThrows_IsRecordedAsAFailureAndTheTournamentCompletes()
    {
        var definition = TournamentFixtures.Build(new() { Agents = ["Thrower", "StartThrower", "Soft"], Scenarios = ["split"] });
        var store = new MemoryTournamentStore();

        var summary = new TournamentRunner(definition, store).Run();

        Assert.True(summary.IsComplete);
        var records = store.Records().ToArray();
        Assert.Equal(6, records.Length);
        foreach (var record in records)
        {
            var names = record.Agents.Select(a => definition.AgentNames[a]).ToArray();
            Assert.Equal(NegotiationEnd.Failure, record.End);
            Assert.Equal(ProtocolRule.AgentException, record.FailureRule);
            var culprit = names[record.EndedBy];
            Assert.True(culprit is "Thrower" or "StartThrower", $"{culprit} ended {string.Join(" vs ", names)}");
            Assert.Contains(culprit, record.FailureMessage, StringComparison.Ordinal);
            Assert.Equal([0.2, 0.0], record.Utilities); // reservation values
        }

        var starter = records.Single(r => r.Agents.SequenceEqual([2, 1])); // Soft vs StartThrower: the second seat fails to start
        Assert.Equal(1, starter.EndedBy);
        Assert.Contains("threw InvalidOperationException while starting: cannot start", starter.FailureMessage, StringComparison.Ordinal);
        Assert.Equal(2, TournamentReport.Compute(definition, records).Standing(0).FailuresCaused);
    }

    [Fact]
    public void Run_AgentThatHangs_IsRecordedAsAFailureAndTheTournamentGoesOn()
    {
        using var release = new ManualResetEventSlim(false);
        var definition = new TournamentOptions { Agents = ["Hanger", "Soft", "Hardline"], Scenarios = ["split"] }
            .Build(TournamentFixtures.WithHanger(release), TournamentFixtures.Load);
        var store = new MemoryTournamentStore();
        try
        {
            var summary = new TournamentRunner(definition, store, new() { Workers = 2, HangLimit = TimeSpan.FromMilliseconds(200) }).Run();

            Assert.True(summary.IsComplete);
            Assert.Equal(4, summary.AbandonedWorkers); // the Hanger plays 4 of the 6 negotiations
            var hung = store.Records().Where(r => r.Agents.Contains(0)).ToArray();
            Assert.Equal(4, hung.Length);
            Assert.All(hung, r =>
            {
                Assert.Equal(NegotiationEnd.Failure, r.End);
                Assert.Equal(ProtocolRule.TurnTimeLimitExceeded, r.FailureRule);
                Assert.Equal(0, r.Agents[r.EndedBy]);
                Assert.Contains("did not finish within the hang limit of 0.2 s", r.FailureMessage, StringComparison.Ordinal);
            });
            Assert.All(store.Records().Where(r => !r.Agents.Contains(0)), r => Assert.NotEqual(NegotiationEnd.Failure, r.End));
        }
        finally
        {
            release.Set();
        }
    }

    internal static void AssertSameResults(IEnumerable<TournamentRecord> expected, IEnumerable<TournamentRecord> actual) =>
        Assert.Equal(TournamentRecordText.Describe(expected), TournamentRecordText.Describe(actual));
}
