using Parley.Agents;
using Parley.Negotiations;
using Parley.Protocols;
using Parley.Scenarios;

namespace Parley.Tests.Agents;

/// <summary>Runs negotiations for agent tests and reads their traces.</summary>
internal static class Negotiate
{
    public static NegotiationResult Run(Scenario scenario, Agent first, Agent second, int rounds = 50, int seed = 0) =>
        new NegotiationRunner(new PreparedScenario(scenario), new NegotiationSettings(Deadline.OfRounds(rounds), seed)).Run([first, second]);

    /// <summary>The (time, outcome) of every offer a seat made.</summary>
    public static (double Time, long Outcome)[] OffersBy(NegotiationResult result, int seat) =>
        [.. result.Trace!.Entries.ToArray().Where(e => e.Actor == seat && e.Kind == ActionKind.Offer).Select(e => (e.Time, e.Outcome))];

    /// <summary>The actions of a run, for comparing runs.</summary>
    public static NegotiationAction[] Actions(NegotiationResult result) => [.. result.Trace!.Entries.ToArray().Select(e => e.Action)];
}
