using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Parley.Talks.Json;

namespace Parley.Talks.Examples;

/// <summary>
/// Example talks files that ship inside the library, so docs, tests and the CLI can run talks without any file:
/// <c>lease-renewal</c> (a landlord and a design studio over four meetings, with a lapse, a daily cost, a change of owner
/// and a lapsing outside option). Each load parses a fresh, immutable copy.
/// </summary>
public static class TalksExamples
{
    private const string ResourcePrefix = "Parley.Talks.Examples.";
    private const string ResourceSuffix = ".talks.json";
    private static readonly Assembly Library = typeof(TalksExamples).Assembly;

    /// <summary>The names of the examples, sorted ordinally.</summary>
    public static ImmutableArray<string> Names { get; } =
    [
        .. Library.GetManifestResourceNames()
            .Where(r => r.StartsWith(ResourcePrefix, StringComparison.Ordinal) && r.EndsWith(ResourceSuffix, StringComparison.Ordinal))
            .Select(r => r[ResourcePrefix.Length..^ResourceSuffix.Length])
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>The text of an example (case-insensitive name), or null when there is none by that name.</summary>
    public static string? Text(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var match = Names.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            return null;
        }

        using var stream = Library.GetManifestResourceStream(ResourcePrefix + match + ResourceSuffix)
            ?? throw new InvalidOperationException($"The talks example '{match}' is listed but its resource is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Loads an example by name (case-insensitive); an unknown name is an error that lists the names.</summary>
    public static TalksScenario Load(string name) =>
        TryLoad(name, out var talks)
            ? talks
            : throw new ArgumentException($"There is no talks example named '{name}'. Examples: {string.Join(", ", Names)}.", nameof(name));

    /// <summary>Loads an example by name (case-insensitive); false when there is none by that name.</summary>
    public static bool TryLoad(string name, [NotNullWhen(true)] out TalksScenario? talks)
    {
        var text = Text(name);
        talks = text is null ? null : TalksScenarioReader.Parse(text, Names.First(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)) + ResourceSuffix);
        return talks is not null;
    }
}
