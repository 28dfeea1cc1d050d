using System.Globalization;

namespace Parley.TestKit.Talks;

/// <summary>
/// Small talks files (as text) on the split-the-pie problem: one integer issue "share" 0..10; A gets share/10, B gets
/// 1 − share/10 (dense index = share). Meetings, events and agents are given as JSON fragments.
/// </summary>
public static class TinyTalks
{
    /// <summary>The embedded scenario: A and B split 10 units, reservation values as given.</summary>
    public static string Scenario(double reservationA = 0, double reservationB = 0) => """
        {
          "format": "parley-scenario/1",
          "name": "split-the-pie",
          "issues": [{"name": "share", "type": "integer", "min": 0, "max": 10}],
          "parties": [
            {"name": "A", "reservationValue": RESERVATION_A, "utility": {"type": "linearAdditive", "weights": {"share": 1},
              "valueFunctions": {"share": {"type": "integerLinear", "offset": 0, "slope": 0.1}}}},
            {"name": "B", "reservationValue": RESERVATION_B, "utility": {"type": "linearAdditive", "weights": {"share": 1},
              "valueFunctions": {"share": {"type": "integerLinear", "offset": 1, "slope": -0.1}}}}
          ]
        }
        """.Replace("RESERVATION_A", reservationA.ToString("R", CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("RESERVATION_B", reservationB.ToString("R", CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>
    /// A talks file from 2020-01-01 to 2020-12-31 with meetings on the given dates (each of <paramref name="rounds"/>
    /// rounds), the given events (JSON objects), and the given default agents.
    /// </summary>
    public static string Text(
        IEnumerable<string> meetingDates,
        int rounds = 10,
        string events = "",
        string agentA = "Boulware",
        string agentB = "Conceder",
        string deadlines = "",
        double reservationA = 0,
        double reservationB = 0) => $$"""
        {
          "format": "parley-talks/1",
          "name": "tiny",
          "description": "Split the pie over several meetings.",
          "scenario": {{Scenario(reservationA, reservationB)}},
          "agents": {"A": "{{agentA}}", "B": "{{agentB}}"},
          "start": "2020-01-01",
          "end": "2020-12-31",
          "deadlines": [{{deadlines}}],
          "meetings": [{{string.Join(", ", meetingDates.Select(d => $$"""{"date": "{{d}}", "rounds": {{rounds}}}"""))}}],
          "events": [{{events}}]
        }
        """;

    /// <summary>Four meetings, one a quarter, no events.</summary>
    public static string Quarterly(int rounds = 10, string events = "", string agentA = "Boulware", string agentB = "Conceder") =>
        Text(["2020-02-01", "2020-05-01", "2020-08-01", "2020-11-01"], rounds, events, agentA, agentB);
}
