using System.Text.Json;
using Parley.Scenarios.BuiltIn;
using Parley.Scenarios.Genius;
using Parley.Scenarios.GeniusWeb;
using Parley.Scenarios.Json;

namespace Parley.Scenarios;

/// <summary>
/// Loads a scenario from what a user names on a command line: a built-in scenario name, a folder (GENIUS XML or
/// GeniusWeb JSON), a Parley scenario file, a GeniusWeb profile, or explicit files (a GENIUS domain and its profiles,
/// or GeniusWeb profiles) with parties in the order given.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>Loads the scenario; a clear error naming the path when it cannot.</summary>
    public static Scenario Load(IReadOnlyList<string> inputs, ScenarioLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Count == 0)
        {
            throw new ArgumentException("Name a scenario: a built-in name, a folder, or scenario files.", nameof(inputs));
        }

        options ??= new ScenarioLoadOptions();
        return inputs.Count == 1 ? LoadOne(inputs[0], options) : LoadFiles(inputs, options);
    }

    /// <summary>Loads one named scenario (see <see cref="Load(IReadOnlyList{string}, ScenarioLoadOptions?)"/>).</summary>
    public static Scenario Load(string input, ScenarioLoadOptions? options = null) => Load([input], options);

    private static Scenario LoadOne(string input, ScenarioLoadOptions options)
    {
        if (Directory.Exists(input))
        {
            return LoadFolder(input, options);
        }

        if (File.Exists(input))
        {
            return Extension(input) switch
            {
                ".json" => LoadJsonFile(input),
                ".xml" => throw new ScenarioFormatException(
                    input, "a GENIUS scenario needs its domain file and at least two profile files: name them all (domain first) or the folder that holds them"),
                _ => throw new ScenarioFormatException(input, "not a scenario file: expected a Parley or GeniusWeb .json file, or GENIUS .xml files"),
            };
        }

        if (BuiltInScenarios.TryLoad(input, out var builtIn))
        {
            return builtIn;
        }

        throw new FileNotFoundException(
            $"No file, folder or built-in scenario named '{input}'. Built-in scenarios: {string.Join(", ", BuiltInScenarios.Names)}.", input);
    }

    private static Scenario LoadFolder(string folder, ScenarioLoadOptions options)
    {
        var files = Directory.GetFiles(folder);
        if (files.Any(f => Extension(f) == ".xml"))
        {
            return GeniusScenarioReader.ReadFolder(folder, GeniusOptions(options));
        }

        var json = files.Where(f => Extension(f) == ".json").ToArray();
        if (json.Length == 1 && SniffJson(json[0]) == JsonKind.Parley)
        {
            return ParleyScenarioReader.Read(json[0]);
        }

        if (json.Length > 0)
        {
            return GeniusWebScenarioReader.ReadFolder(folder);
        }

        throw new ScenarioFormatException(folder, "the folder holds no scenario: expected GENIUS .xml files, GeniusWeb .json files or one Parley scenario .json");
    }

    private static Scenario LoadJsonFile(string path) => SniffJson(path) switch
    {
        JsonKind.GeniusWebProfile => GeniusWebScenarioReader.ReadFiles([path]),
        _ => ParleyScenarioReader.Read(path),
    };

    private static Scenario LoadFiles(IReadOnlyList<string> inputs, ScenarioLoadOptions options)
    {
        foreach (var input in inputs)
        {
            if (!File.Exists(input))
            {
                throw new FileNotFoundException(
                    Directory.Exists(input)
                        ? $"'{input}' is a folder; name either one folder or a list of files."
                        : $"File '{input}' does not exist.",
                    input);
            }
        }

        var extensions = inputs.Select(Extension).Distinct().ToArray();
        if (extensions is [".xml"])
        {
            var domains = inputs.Where(IsGeniusDomain).ToArray();
            var domain = domains.Length == 1
                ? domains[0]
                : throw new ScenarioFormatException(
                    inputs[0],
                    domains.Length == 0
                        ? "none of the files is a GENIUS domain (root element <negotiation_template>); name the domain file first"
                        : $"{domains.Length} files are GENIUS domains ({string.Join(", ", domains)}); name exactly one");
            return GeniusScenarioReader.ReadFiles(domain, inputs.Where(f => f != domain), GeniusOptions(options));
        }

        if (extensions is [".json"])
        {
            return GeniusWebScenarioReader.ReadFiles(inputs);
        }

        throw new ScenarioFormatException(
            inputs[0], $"cannot mix file types ({string.Join(", ", extensions)}): give GENIUS .xml files or GeniusWeb .json profiles");
    }

    private static GeniusReadOptions GeniusOptions(ScenarioLoadOptions options) => new()
    {
        RealGridPoints = options.RealGridPoints,
        IncludeUncertainProfiles = options.IncludeUncertainProfiles,
    };

    private static string Extension(string path) => Path.GetExtension(path).ToLowerInvariant();

    /// <summary>Cheap sniff: GENIUS domains are the only files with a <c>negotiation_template</c> root.</summary>
    private static bool IsGeniusDomain(string path)
    {
        using var reader = new StreamReader(path);
        var buffer = new char[4096];
        var read = reader.ReadBlock(buffer, 0, buffer.Length);
        return new string(buffer, 0, read).Contains("<negotiation_template", StringComparison.Ordinal);
    }

    private static JsonKind SniffJson(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                if (document.RootElement.TryGetProperty("LinearAdditiveUtilitySpace", out _))
                {
                    return JsonKind.GeniusWebProfile;
                }

                if (document.RootElement.TryGetProperty("issuesValues", out _))
                {
                    return JsonKind.GeniusWebDomain;
                }
            }
        }
        catch (JsonException)
        {
            // Not valid JSON: let the Parley reader report where.
        }

        return JsonKind.Parley;
    }

    private enum JsonKind
    {
        Parley,
        GeniusWebProfile,
        GeniusWebDomain,
    }
}
