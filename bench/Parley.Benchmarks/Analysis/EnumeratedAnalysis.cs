using Parley.Analysis;
using Parley.Preferences;
using Parley.Scenarios;

namespace Parley.Benchmarks.Analysis;

/// <summary>The measured enumeration pipeline: evaluate every party's column, frontier, then Nash and Kalai–Smorodinsky.</summary>
internal static class EnumeratedAnalysis
{
    public static int Run(Scenario scenario) => Run(scenario, out _, out _);

    public static int Run(Scenario scenario, out FrontierPoints frontier, out int nash)
    {
        var columns = scenario.Parties.Select(p => UtilityColumn.Evaluate(p.Utility)).ToArray();
        var items = ParetoFrontier.Compute(columns);
        frontier = FrontierPoints.FromColumns(columns, items, item => scenario.Space.OutcomeAt(item));
        double[] reservation = [.. scenario.Parties.Select(p => p.ReservationValue)];
        nash = BargainingSolutions.Nash(frontier.Utilities, frontier.Parties, reservation, frontier.TieKeys);
        var ks = BargainingSolutions.KalaiSmorodinsky(frontier.Utilities, frontier.Parties, reservation, frontier.TieKeys);
        return frontier.Count + nash + ks;
    }
}
