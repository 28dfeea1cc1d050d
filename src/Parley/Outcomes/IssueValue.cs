using System.Globalization;

namespace Parley.Outcomes;

/// <summary>
/// One value of one issue, as it appears at the edges (files, JSON, the console).
/// Inside the engine an issue value is just its index in <see cref="Issue"/>'s enumeration.
/// </summary>
public readonly record struct IssueValue
{
    private IssueValue(IssueKind kind, string? text, long integer, double real)
    {
        Kind = kind;
        Text = text;
        Integer = integer;
        Real = real;
    }

    /// <summary>Which of the three payloads is set.</summary>
    public IssueKind Kind { get; }

    /// <summary>The name of a discrete value; null for numbers.</summary>
    public string? Text { get; }

    /// <summary>The number of an integer value.</summary>
    public long Integer { get; }

    /// <summary>The number of a real value.</summary>
    public double Real { get; }

    /// <summary>A discrete value by name.</summary>
    public static IssueValue Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new IssueValue(IssueKind.Discrete, text, 0, 0);
    }

    /// <summary>An integer value.</summary>
    public static IssueValue Of(long integer) => new(IssueKind.Integer, null, integer, 0);

    /// <summary>A real value.</summary>
    public static IssueValue Of(double real) => new(IssueKind.Real, null, 0, real);

    /// <summary>The value as a number (integer or real); discrete values have none.</summary>
    public double AsNumber() => Kind switch
    {
        IssueKind.Integer => Integer,
        IssueKind.Real => Real,
        _ => throw new InvalidOperationException($"Discrete value '{Text}' is not a number."),
    };

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        IssueKind.Discrete => Text!,
        IssueKind.Integer => Integer.ToString(CultureInfo.InvariantCulture),
        _ => Real.ToString("R", CultureInfo.InvariantCulture),
    };
}
