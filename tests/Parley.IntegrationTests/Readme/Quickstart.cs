// The README's C# quickstart is the text between the snippet markers below, verbatim:
// ReadmeTests checks that README.md contains it, and compiling this file checks that it builds.
#pragma warning disable IDE0005, CA1305
using Parley.Analysis;
using Parley.Scenarios;

namespace Parley.IntegrationTests.Readme;

internal static class Quickstart
{
    public static void Run()
    {
        // begin-snippet: quickstart
        var scenario = ScenarioLoader.Load("job-offer");          // a built-in, a folder, or scenario files
        var analysis = ScenarioAnalyzer.Analyze(scenario);        // exact Pareto frontier, Nash, KS, welfare

        Console.WriteLine($"{scenario.Name}: {analysis.OutcomeCount} outcomes, {analysis.ParetoFrontier.Length} Pareto-optimal");
        foreach (var (party, i) in scenario.Parties.Select((p, i) => (p, i)))
        {
            Console.WriteLine($"{party.Name}: reservation {party.ReservationValue}, Nash utility {analysis.Nash?.Utilities[i]:0.000}");
        }

        var deal = scenario.Space.Describe(analysis.Nash!.Outcome.ValueIndices);
        Console.WriteLine($"Nash outcome: {string.Join(", ", deal.Select(d => $"{d.Key}={d.Value}"))}");
        // end-snippet
    }
}
