using System.Collections.Immutable;
using Parley.Protocols;
using Parley.Talks;

namespace Parley.Cases;

/// <summary>One run of the SMA talks, read in the case's terms: the meetings condensed, the walk-outs, the deal. Immutable.</summary>
public sealed class SmaRun
{
    internal SmaRun(TalksScenario talks, TalksSettings settings, TalksState state)
    {
        Talks = talks;
        Settings = settings;
        State = state;
        WonPerDollar = SmaCase.WonPerDollar(talks);
        var meetings = ImmutableArray.CreateBuilder<SmaMeeting>(state.Meetings.Length);
        for (var m = 0; m < state.Meetings.Length; m++)
        {
            var result = state.Meetings[m];
            var scenario = state.MeetingScenarios[m];
            var parties = scenario.Parties.Length;
            var first = new SmaTerms?[parties];
            var last = new SmaTerms?[parties];
            foreach (var action in result.Record.Actions.Where(a => a.Kind == ActionKind.Offer))
            {
                first[action.Actor] ??= SmaCase.Terms(scenario, action.Outcome);
                last[action.Actor] = last[action.Actor]?.Outcome == action.Outcome ? last[action.Actor] : SmaCase.Terms(scenario, action.Outcome);
            }

            var agreement = result.Record.IsAgreement ? SmaCase.Terms(scenario, result.Record.Agreement) : null;
            meetings.Add(new SmaMeeting(talks.Meetings[m], result, [.. first], [.. last], agreement));
        }

        Meetings = meetings.MoveToImmutable();
    }

    /// <summary>The talks run.</summary>
    public TalksScenario Talks { get; }

    /// <summary>The seed and agents.</summary>
    public TalksSettings Settings { get; }

    /// <summary>Where the talks ended.</summary>
    public TalksState State { get; }

    /// <summary>The file's exchange rate, won per dollar.</summary>
    public double WonPerDollar { get; }

    /// <summary>The meetings held, condensed.</summary>
    public ImmutableArray<SmaMeeting> Meetings { get; }

    /// <summary>The meetings someone walked out of.</summary>
    public ImmutableArray<SmaMeeting> WalkOuts => [.. Meetings.Where(m => m.IsWalkOut)];

    /// <summary>The meeting that reached agreement, or null.</summary>
    public SmaMeeting? DealMeeting => State.Status == TalksStatus.Agreed ? Meetings[^1] : null;

    /// <summary>The agreed terms, or null.</summary>
    public SmaTerms? Deal => DealMeeting?.Agreement;

    /// <summary>The day of the deal, or null.</summary>
    public DateOnly? DealDate => DealMeeting?.Record.Date;

    /// <summary>The seat of a party.</summary>
    public int SeatOf(string party) => Talks.SeatOf(party);

    /// <summary>The last meeting held on or before <paramref name="date"/> at which <paramref name="party"/> made an offer.</summary>
    public SmaMeeting? LastMeetingWithOffer(string party, DateOnly date)
    {
        var seat = SeatOf(party);
        return Meetings.LastOrDefault(m => m.Record.Date <= date && m.LastOffers[seat] is not null);
    }
}
