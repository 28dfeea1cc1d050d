using System.Collections.Immutable;
using Parley.Protocols;

namespace Parley.Tournaments;

/// <summary>
/// The aggregate results of a tournament, computed in one pass over its records in index order, so the same records
/// always give the same numbers to the bit, whatever the number of workers or interruptions that produced them. Per
/// agent (ranked), per agent and scenario, per agent and opponent, and per scenario; 95% intervals as
/// <see cref="Estimate"/> describes. Wall-clock figures (<see cref="NegotiationTime"/>) are kept apart. Immutable.
/// </summary>
public sealed class TournamentReport
{
    /// <summary>The number of equal bins of [0, 1] in the agreement-time histograms.</summary>
    public const int AgreementTimeBins = 20;

    private TournamentReport()
    {
    }

    /// <summary>The tournament.</summary>
    public required TournamentDefinition Definition { get; init; }

    /// <summary>Negotiations stored (of <see cref="TournamentDefinition.Count"/>).</summary>
    public required long Completed { get; init; }

    /// <summary>Negotiations that ended in agreement.</summary>
    public required long Agreements { get; init; }

    /// <summary>Negotiations that failed.</summary>
    public required long Failures { get; init; }

    /// <summary>Whether every negotiation is stored.</summary>
    public bool IsComplete => Completed == Definition.Count;

    /// <summary>The agents, best first.</summary>
    public required ImmutableArray<AgentStanding> Ranking { get; init; }

    /// <summary>Per agent and scenario, agents in definition order, then scenarios in order.</summary>
    public required ImmutableArray<AgentScenarioStanding> ByScenario { get; init; }

    /// <summary>Per agent and opponent (pairs that met), agents in definition order, then opponents in order.</summary>
    public required ImmutableArray<AgentOpponentStanding> ByOpponent { get; init; }

    /// <summary>Per scenario, in order.</summary>
    public required ImmutableArray<ScenarioStanding> Scenarios { get; init; }

    /// <summary>All agreements by normalised agreement time, in <see cref="AgreementTimeBins"/> equal bins of [0, 1].</summary>
    public required ImmutableArray<long> AgreementTimes { get; init; }

    /// <summary>The wall-clock time of all stored negotiations added up (not reproducible; reports show it only on request).</summary>
    public required TimeSpan NegotiationTime { get; init; }

    /// <summary>The standing of an agent by its index.</summary>
    public AgentStanding Standing(int agent) => Ranking.First(s => s.Agent == agent);

    /// <summary>Aggregates the records (which must come in ascending index order, as stores give them).</summary>
    public static TournamentReport Compute(TournamentDefinition definition, IEnumerable<TournamentRecord> records)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(records);
        var agentCount = definition.Agents.Length;
        var scenarioCount = definition.Scenarios.Length;
        var agents = new AgentTotals[agentCount];
        var byScenario = new CellTotals[agentCount * scenarioCount];
        var byOpponent = new CellTotals[agentCount * agentCount];
        var scenarios = new ScenarioTotals[scenarioCount];
        for (var a = 0; a < agentCount; a++)
        {
            agents[a] = new AgentTotals();
        }

        for (var s = 0; s < scenarioCount; s++)
        {
            scenarios[s] = new ScenarioTotals();
        }

        var times = new long[AgreementTimeBins];
        long completed = 0, agreements = 0, failures = 0, elapsedTicks = 0, previous = -1;
        foreach (var record in records)
        {
            if (record.Index <= previous)
            {
                throw new ArgumentException($"Records must come in ascending index order: {record.Index} came after {previous}.", nameof(records));
            }

            previous = record.Index;
            completed++;
            elapsedTicks += record.Elapsed.Ticks;
            var agreed = record.IsAgreement;
            var failed = record.End == NegotiationEnd.Failure;
            var bin = Math.Min(AgreementTimeBins - 1, (int)(record.EndTime * AgreementTimeBins));
            agreements += agreed ? 1 : 0;
            failures += failed ? 1 : 0;
            times[bin] += agreed ? 1 : 0;
            scenarios[record.Scenario].Add(record, agreed, failed);
            var seats = record.Agents;
            for (var seat = 0; seat < seats.Length; seat++)
            {
                var agent = seats[seat];
                agents[agent].Add(record, seat, agreed, failed && record.EndedBy == seat, bin);
                byScenario[(agent * scenarioCount) + record.Scenario].Add(record, seat, agreed);
                for (var other = 0; other < seats.Length; other++)
                {
                    if (other != seat)
                    {
                        byOpponent[(agent * agentCount) + seats[other]].Add(record, seat, agreed);
                    }
                }
            }
        }

        var order = Enumerable.Range(0, agentCount)
            .Select(a => (Agent: a, Discounted: agents[a].DiscountedUtility.ToEstimate().Mean, Utility: agents[a].Utility.ToEstimate().Mean))
            .OrderByDescending(x => double.IsNaN(x.Discounted) ? double.NegativeInfinity : x.Discounted)
            .ThenByDescending(x => double.IsNaN(x.Utility) ? double.NegativeInfinity : x.Utility)
            .ThenBy(x => x.Agent)
            .Select(x => x.Agent)
            .ToArray();

        return new TournamentReport
        {
            Definition = definition,
            Completed = completed,
            Agreements = agreements,
            Failures = failures,
            Ranking = [.. order.Select((a, rank) => agents[a].ToStanding(rank + 1, a, definition.AgentNames[a]))],
            ByScenario = [.. Cells(agentCount, scenarioCount, byScenario).Select(c => byScenario[c.Index].ToScenarioStanding(c.Row, c.Column))],
            ByOpponent = [.. Cells(agentCount, agentCount, byOpponent).Select(c => byOpponent[c.Index].ToOpponentStanding(c.Row, c.Column))],
            Scenarios = [.. scenarios.Select((s, i) => s.ToStanding(i))],
            AgreementTimes = [.. times],
            NegotiationTime = TimeSpan.FromTicks(elapsedTicks),
        };
    }

    private static IEnumerable<(int Row, int Column, int Index)> Cells(int rows, int columns, CellTotals[] cells)
    {
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var index = (r * columns) + c;
                if (cells[index].Sessions > 0)
                {
                    yield return (r, c, index);
                }
            }
        }
    }

    private sealed class AgentTotals
    {
        private readonly long[] _times = new long[AgreementTimeBins];
        private RunningStatistics _advantage;
        private RunningStatistics _discountedAdvantage;
        private RunningStatistics _welfare;
        private RunningStatistics _pareto;
        private RunningStatistics _nash;
        private RunningStatistics _rounds;
        private long _agreements;
        private long _failuresCaused;

        public RunningStatistics Utility;
        public RunningStatistics DiscountedUtility;

        public void Add(TournamentRecord record, int seat, bool agreed, bool caused, int bin)
        {
            Utility.Add(record.Utilities[seat]);
            DiscountedUtility.Add(record.DiscountedUtilities[seat]);
            _advantage.Add(record.Advantages[seat]);
            _discountedAdvantage.Add(record.DiscountedAdvantages[seat]);
            _welfare.Add(record.SocialWelfare);
            if (record.ParetoDistance is { } pareto)
            {
                _pareto.Add(pareto);
            }

            if (record.NashDistance is { } nash)
            {
                _nash.Add(nash);
            }

            if (agreed)
            {
                _agreements++;
                _rounds.Add(record.Rounds);
                _times[bin]++;
            }

            _failuresCaused += caused ? 1 : 0;
        }

        public AgentStanding ToStanding(int rank, int agent, string name) => new()
        {
            Rank = rank,
            Agent = agent,
            Name = name,
            Sessions = Utility.Count,
            Agreements = _agreements,
            FailuresCaused = _failuresCaused,
            Utility = Utility.ToEstimate(),
            DiscountedUtility = DiscountedUtility.ToEstimate(),
            Advantage = _advantage.ToEstimate(),
            DiscountedAdvantage = _discountedAdvantage.ToEstimate(),
            AgreementRate = Estimate.OfRate(_agreements, Utility.Count),
            SocialWelfare = _welfare.ToEstimate(),
            ParetoDistance = _pareto.ToEstimate(),
            NashDistance = _nash.ToEstimate(),
            RoundsToAgreement = _rounds.ToEstimate(),
            AgreementTimes = [.. _times],
        };
    }

    private struct CellTotals
    {
        private RunningStatistics _utility;
        private RunningStatistics _discounted;
        private RunningStatistics _advantage;
        private long _agreements;

        public readonly long Sessions => _utility.Count;

        public void Add(TournamentRecord record, int seat, bool agreed)
        {
            _utility.Add(record.Utilities[seat]);
            _discounted.Add(record.DiscountedUtilities[seat]);
            _advantage.Add(record.Advantages[seat]);
            _agreements += agreed ? 1 : 0;
        }

        public readonly AgentScenarioStanding ToScenarioStanding(int agent, int scenario) => new()
        {
            Agent = agent,
            Scenario = scenario,
            Sessions = Sessions,
            Utility = _utility.ToEstimate(),
            DiscountedUtility = _discounted.ToEstimate(),
            Advantage = _advantage.ToEstimate(),
            AgreementRate = Estimate.OfRate(_agreements, Sessions),
        };

        public readonly AgentOpponentStanding ToOpponentStanding(int agent, int opponent) => new()
        {
            Agent = agent,
            Opponent = opponent,
            Sessions = Sessions,
            Utility = _utility.ToEstimate(),
            DiscountedUtility = _discounted.ToEstimate(),
            AgreementRate = Estimate.OfRate(_agreements, Sessions),
        };
    }

    private sealed class ScenarioTotals
    {
        private RunningStatistics _welfare;
        private RunningStatistics _discountedWelfare;
        private RunningStatistics _pareto;
        private RunningStatistics _nash;
        private RunningStatistics _rounds;
        private long _agreements;
        private long _failures;

        public void Add(TournamentRecord record, bool agreed, bool failed)
        {
            _welfare.Add(record.SocialWelfare);
            _discountedWelfare.Add(record.DiscountedSocialWelfare);
            if (record.ParetoDistance is { } pareto)
            {
                _pareto.Add(pareto);
            }

            if (record.NashDistance is { } nash)
            {
                _nash.Add(nash);
            }

            if (agreed)
            {
                _agreements++;
                _rounds.Add(record.Rounds);
            }

            _failures += failed ? 1 : 0;
        }

        public ScenarioStanding ToStanding(int scenario) => new()
        {
            Scenario = scenario,
            Negotiations = _welfare.Count,
            Agreements = _agreements,
            Failures = _failures,
            AgreementRate = Estimate.OfRate(_agreements, _welfare.Count),
            SocialWelfare = _welfare.ToEstimate(),
            DiscountedSocialWelfare = _discountedWelfare.ToEstimate(),
            ParetoDistance = _pareto.ToEstimate(),
            NashDistance = _nash.ToEstimate(),
            RoundsToAgreement = _rounds.ToEstimate(),
        };
    }
}
