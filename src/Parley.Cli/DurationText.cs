using System.Globalization;

namespace Parley.Cli;

/// <summary>Reads durations written on the command line: <c>500ms</c>, <c>3s</c>, <c>1.5s</c>, <c>2m</c>, <c>2min</c>, <c>1h</c>.</summary>
internal static class DurationText
{
    private static readonly (string Unit, double Seconds)[] Units = [("ms", 0.001), ("min", 60), ("s", 1), ("m", 60), ("h", 3600)];

    /// <summary>Parses a positive duration, or fails naming the option and showing the accepted forms.</summary>
    public static TimeSpan Parse(string option, string text)
    {
        var trimmed = text.Trim();
        foreach (var (unit, seconds) in Units)
        {
            if (trimmed.EndsWith(unit, StringComparison.OrdinalIgnoreCase)
                && double.TryParse(trimmed[..^unit.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount)
                && double.IsFinite(amount))
            {
                var ticks = Math.Round(amount * seconds * TimeSpan.TicksPerSecond);
                if (ticks < 1)
                {
                    throw new BadInputException($"{option} {text}: the duration must be positive.");
                }

                return ticks < TimeSpan.MaxValue.Ticks
                    ? TimeSpan.FromTicks((long)ticks)
                    : throw new BadInputException($"{option} {text}: the duration is too long.");
            }
        }

        throw new BadInputException($"{option} {text}: not a duration; write a number with a unit, such as 500ms, 3s, 1.5s, 2m or 1h.");
    }
}
