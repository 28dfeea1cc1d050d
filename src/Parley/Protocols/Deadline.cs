using System.Globalization;

namespace Parley.Protocols;

/// <summary>
/// When a negotiation must end (configuration; the normalised time agents see is what advances): after a number of rounds
/// (every party acting once is one round), after an amount of time, or whichever comes first. Immutable.
/// </summary>
public sealed record Deadline
{
    /// <summary>Creates a deadline; at least one of the two limits is required.</summary>
    public Deadline(int? rounds, TimeSpan? time)
    {
        if (rounds is null && time is null)
        {
            throw new ArgumentException("A deadline needs a number of rounds, a time limit, or both.");
        }

        if (rounds is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(rounds), rounds, "Rounds must be ≥ 1.");
        }

        if (time is { } t && t <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(time), time, "The time limit must be positive.");
        }

        Rounds = rounds;
        Time = time;
    }

    /// <summary>The number of rounds, if limited.</summary>
    public int? Rounds { get; }

    /// <summary>The time limit, if any (read through a <see cref="TimeProvider"/>, never the wall clock directly).</summary>
    public TimeSpan? Time { get; }

    /// <summary>A deadline of <paramref name="rounds"/> rounds.</summary>
    public static Deadline OfRounds(int rounds) => new(rounds, null);

    /// <summary>A deadline of <paramref name="time"/>.</summary>
    public static Deadline OfTime(TimeSpan time) => new(null, time);

    /// <inheritdoc />
    public override string ToString() => (Rounds, Time) switch
    {
        ({ } r, null) => string.Create(CultureInfo.InvariantCulture, $"{r} rounds"),
        (null, { } t) => string.Create(CultureInfo.InvariantCulture, $"{t.TotalSeconds:0.###} s"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Rounds} rounds or {Time!.Value.TotalSeconds:0.###} s"),
    };
}
