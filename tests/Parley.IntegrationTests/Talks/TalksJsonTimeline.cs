using System.Text.Json;

namespace Parley.IntegrationTests.Talks;

/// <summary>The part of <c>parley talks … --json</c> that must be the same however the talks were run: meetings, events, result.</summary>
internal static class TalksJsonTimeline
{
    public static string Of(string output)
    {
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        return string.Join(
            "\n",
            root.GetProperty("status").GetRawText(),
            root.GetProperty("meetings").GetRawText(),
            root.GetProperty("events").GetRawText(),
            root.GetProperty("result").GetRawText());
    }
}
