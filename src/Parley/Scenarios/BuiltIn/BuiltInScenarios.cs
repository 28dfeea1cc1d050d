using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Parley.Scenarios.Json;

namespace Parley.Scenarios.BuiltIn;

/// <summary>
/// Small scenarios that ship inside the library (Parley's own, in its JSON format), so examples, tests and the CLI
/// can run without any files: <c>city-budget</c> (3 council factions), <c>job-offer</c> (employer and candidate) and
/// <c>supplier-contract</c> (buyer and supplier, with a real-valued price). Each load parses a fresh, immutable copy.
/// </summary>
public static class BuiltInScenarios
{
    private const string ResourcePrefix = "Parley.Scenarios.BuiltIn.";
    private const string ResourceSuffix = ".json";
    private static readonly Assembly Library = typeof(BuiltInScenarios).Assembly;

    /// <summary>The names of the built-in scenarios, sorted ordinally.</summary>
    public static ImmutableArray<string> Names { get; } =
    [
        .. Library.GetManifestResourceNames()
            .Where(r => r.StartsWith(ResourcePrefix, StringComparison.Ordinal) && r.EndsWith(ResourceSuffix, StringComparison.Ordinal))
            .Select(r => r[ResourcePrefix.Length..^ResourceSuffix.Length])
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>Loads a built-in scenario by name (case-insensitive); an unknown name is an error that lists the names.</summary>
    public static Scenario Load(string name) =>
        TryLoad(name, out var scenario)
            ? scenario
            : throw new ArgumentException(
                $"There is no built-in scenario named '{name}'. Built-in scenarios: {string.Join(", ", Names)}.", nameof(name));

    /// <summary>Loads a built-in scenario by name (case-insensitive); false when there is none by that name.</summary>
    public static bool TryLoad(string name, [NotNullWhen(true)] out Scenario? scenario)
    {
        ArgumentNullException.ThrowIfNull(name);
        scenario = null;
        var match = Names.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            return false;
        }

        using var stream = Library.GetManifestResourceStream(ResourcePrefix + match + ResourceSuffix)
            ?? throw new InvalidOperationException($"The built-in scenario '{match}' is listed but its resource is missing.");
        scenario = ParleyScenarioReader.Read(stream, match + ResourceSuffix);
        return true;
    }
}
