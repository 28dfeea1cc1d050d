using System.Text.Json;
using Parley.Outcomes;
using Parley.Preferences;

namespace Parley.Scenarios.GeniusWeb;

/// <summary>
/// Reads GeniusWeb JSON scenarios: a domain (<c>issuesValues</c>) and <c>LinearAdditiveUtilitySpace</c> profiles, each
/// of which embeds the domain. Utilities are Σ weight·utility, value utilities used as written; the reservation value is
/// the utility of the profile's <c>reservationBid</c> (0 without one); GeniusWeb has no discount.
/// Errors are <see cref="ScenarioFormatException"/>s naming the file, the JSON path and its line and column.
/// </summary>
public static class GeniusWebScenarioReader
{
    private const string ProfileKey = "LinearAdditiveUtilitySpace";

    /// <summary>
    /// Reads a folder: its <c>*.json</c> files in ordinal file-name order, where a file with <c>issuesValues</c> at the
    /// root is the domain (optional: without one, the first profile's embedded domain is used) and a file with
    /// <c>LinearAdditiveUtilitySpace</c> is a party named after the file (without extension). Other JSON files (such as
    /// ANL's <c>specials.json</c>) and files that are not JSON objects are skipped. Every profile's embedded domain must
    /// agree with the domain. The scenario is named after the folder.
    /// </summary>
    public static Scenario ReadFolder(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        if (!Directory.Exists(full))
        {
            throw new ScenarioFormatException(full, "is not a folder");
        }

        var files = Directory.EnumerateFiles(full)
            .Where(f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(SourceFile.Load);
        return ReadFolder(Path.GetFileName(full), full, files);
    }

    /// <summary>
    /// Reads profile files, parties in the order given and named after their files (without extension). The domain is
    /// the one the first profile embeds; every other profile's must agree. The scenario takes the domain's name.
    /// </summary>
    public static Scenario ReadFiles(IEnumerable<string> profileFiles)
    {
        ArgumentNullException.ThrowIfNull(profileFiles);
        return ReadFiles(profileFiles.Select(p => SourceFile.Load(Path.GetFullPath(p))).ToList());
    }

    /// <summary>Folder semantics over files in memory, given in the order to consider them.</summary>
    internal static Scenario ReadFolder(string name, string source, IEnumerable<SourceFile> jsonFiles)
    {
        var files = new List<GeniusWebJsonFile>();
        try
        {
            GeniusWebJsonFile? domainFile = null;
            var profiles = new List<GeniusWebJsonFile>();
            foreach (var sourceFile in jsonFiles)
            {
                if (GeniusWebJsonFile.Load(sourceFile, skipForeign: true) is not { } file)
                {
                    continue;
                }

                files.Add(file);
                if (file.Root.TryGetProperty("issuesValues", out _))
                {
                    if (domainFile is not null)
                    {
                        throw new ScenarioFormatException(
                            name,
                            $"has two domain files ({Path.GetFileName(domainFile.Path)}, {Path.GetFileName(file.Path)}); a scenario folder must hold at most one. Name the profiles with {nameof(ReadFiles)} instead.");
                    }

                    domainFile = file;
                }
                else if (file.Root.TryGetProperty(ProfileKey, out _))
                {
                    profiles.Add(file);
                }
                else if (UnsupportedProfileKind(file) is { } kind)
                {
                    throw file.Error(
                        GeniusWebJsonFile.Child(GeniusWebJsonFile.RootPath, kind),
                        $"profile type '{kind}' is not supported (Parley reads {ProfileKey} profiles)");
                }
            }

            if (profiles.Count == 0)
            {
                throw new ScenarioFormatException(name, $"has no profile (a .json file holding a \"{ProfileKey}\")");
            }

            var domain = domainFile is null
                ? null
                : GeniusWebDomain.Read(domainFile, domainFile.Root, GeniusWebJsonFile.RootPath);
            return Read(name, domain, profiles, source);
        }
        finally
        {
            foreach (var file in files)
            {
                file.Dispose();
            }
        }
    }

    /// <summary>Explicit-file semantics over files in memory.</summary>
    internal static Scenario ReadFiles(IReadOnlyList<SourceFile> profileFiles)
    {
        if (profileFiles.Count == 0)
        {
            throw new ArgumentException("No profile files were given; a scenario needs at least one party.", nameof(profileFiles));
        }

        var files = new List<GeniusWebJsonFile>();
        try
        {
            foreach (var source in profileFiles)
            {
                files.Add(GeniusWebJsonFile.Load(source, skipForeign: false)!);
            }

            var first = Path.GetFullPath(profileFiles[0].Path);
            var name = Path.GetFileName(Path.GetDirectoryName(first)) is { Length: > 0 } folder ? folder : profileFiles[0].Stem;
            return Read(name, null, files, first, nameFromDomain: true);
        }
        finally
        {
            foreach (var file in files)
            {
                file.Dispose();
            }
        }
    }

    private static Scenario Read(string name, GeniusWebDomain? domain, List<GeniusWebJsonFile> profiles, string source, bool nameFromDomain = false)
    {
        var parsed = new List<(GeniusWebJsonFile File, JsonElement Profile, string Path)>();
        foreach (var file in profiles)
        {
            if (file.Root.ValueKind != JsonValueKind.Object || !file.Root.TryGetProperty(ProfileKey, out var profile))
            {
                var kind = UnsupportedProfileKind(file);
                throw file.Error(
                    kind is null ? GeniusWebJsonFile.RootPath : GeniusWebJsonFile.Child(GeniusWebJsonFile.RootPath, kind),
                    kind is null
                        ? $"is not a GeniusWeb profile: the root object has no \"{ProfileKey}\""
                        : $"profile type '{kind}' is not supported (Parley reads {ProfileKey} profiles)");
            }

            var path = GeniusWebJsonFile.Child(GeniusWebJsonFile.RootPath, ProfileKey);
            if (profile.ValueKind != JsonValueKind.Object)
            {
                throw file.Error(path, "must be an object");
            }

            var domainPath = GeniusWebJsonFile.Child(path, "domain");
            var embedded = GeniusWebDomain.Read(file, file.Required(profile, path, "domain", JsonValueKind.Object), domainPath);
            if (domain is null)
            {
                domain = embedded;
            }
            else if (domain.Difference(embedded) is { } difference)
            {
                throw file.Error(domainPath, $"does not agree with the domain in {domain.File.DisplayName}: {difference}");
            }

            parsed.Add((file, profile, path));
        }

        var parties = new List<Party>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (file, profile, path) in parsed)
        {
            var party = Path.GetFileNameWithoutExtension(file.Path);
            if (!names.Add(party))
            {
                throw new ScenarioFormatException(file.DisplayName, $"gives a second party named '{party}'; party names (file names without extension) must be distinct");
            }

            parties.Add(ReadProfile(file, profile, path, domain!.Space, party));
        }

        var scenarioName = nameFromDomain && !string.IsNullOrWhiteSpace(domain!.Name) ? domain.Name : name;
        return new Scenario(scenarioName, domain!.Space, parties, source: source);
    }

    /// <summary>The root key of a profile kind Parley does not read (a single key ending in "UtilitySpace" or "Profile").</summary>
    private static string? UnsupportedProfileKind(GeniusWebJsonFile file)
    {
        if (file.Root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var keys = file.Root.EnumerateObject().Select(p => p.Name).ToList();
        return keys.Count == 1 && keys[0] != ProfileKey
            && (keys[0].EndsWith("UtilitySpace", StringComparison.Ordinal) || keys[0].EndsWith("Profile", StringComparison.Ordinal) || keys[0].EndsWith("Ordering", StringComparison.Ordinal))
            ? keys[0]
            : null;
    }

    private static Party ReadProfile(GeniusWebJsonFile file, JsonElement profile, string path, OutcomeSpace space, string partyName)
    {
        var weightsPath = GeniusWebJsonFile.Child(path, "issueWeights");
        var utilitiesPath = GeniusWebJsonFile.Child(path, "issueUtilities");
        var weightsElement = file.Required(profile, path, "issueWeights", JsonValueKind.Object);
        var utilitiesElement = file.Required(profile, path, "issueUtilities", JsonValueKind.Object);
        CheckKeys(file, weightsElement, weightsPath, space, "weight");
        CheckKeys(file, utilitiesElement, utilitiesPath, space, "utilities");

        var weights = new double[space.IssueCount];
        var functions = new ValueFunction[space.IssueCount];
        for (var i = 0; i < space.IssueCount; i++)
        {
            var issue = space.Issues[i];
            var weightPath = GeniusWebJsonFile.Child(weightsPath, issue.Name);
            weights[i] = weightsElement.TryGetProperty(issue.Name, out var weight)
                ? file.Double(weight, weightPath)
                : throw file.Error(weightsPath, $"has no weight for issue '{issue.Name}'");
            if (weights[i] < 0)
            {
                throw file.Error(weightPath, $"weight {weight.GetRawText()} is negative; weights must be ≥ 0");
            }

            functions[i] = utilitiesElement.TryGetProperty(issue.Name, out var utilities)
                ? ReadValueUtilities(file, utilities, GeniusWebJsonFile.Child(utilitiesPath, issue.Name), issue)
                : throw file.Error(utilitiesPath, $"has no utilities for issue '{issue.Name}'");
        }

        LinearAdditiveUtilityFunction utility;
        try
        {
            utility = new LinearAdditiveUtilityFunction(space, weights, functions);
        }
        catch (ArgumentException e)
        {
            throw file.Error(path, e.Message, e);
        }

        var reservation = profile.TryGetProperty("reservationBid", out var bid) && bid.ValueKind != JsonValueKind.Null
            ? ReservationValue(file, bid, GeniusWebJsonFile.Child(path, "reservationBid"), utility)
            : 0.0;
        return new Party(partyName, utility, reservation, DiscountFactor.None, file.Path);
    }

    private static void CheckKeys(GeniusWebJsonFile file, JsonElement map, string path, OutcomeSpace space, string what)
    {
        foreach (var property in map.EnumerateObject())
        {
            if (space.IndexOfIssue(property.Name) < 0)
            {
                throw file.Error(GeniusWebJsonFile.Child(path, property.Name), $"gives {what} for issue '{property.Name}', which the domain does not have");
            }
        }
    }

    private static ValueFunction ReadValueUtilities(GeniusWebJsonFile file, JsonElement element, string path, Issue issue)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw file.Error(path, "must be an object");
        }

        foreach (var property in element.EnumerateObject())
        {
            var kindPath = GeniusWebJsonFile.Child(path, property.Name);
            switch (property.Name)
            {
                case "discreteutils" or "DiscreteValueSetUtilities":
                    return issue is DiscreteIssue discrete
                        ? ReadDiscrete(file, property.Value, kindPath, discrete)
                        : throw file.Error(kindPath, $"discrete utilities for issue '{issue.Name}', which is numeric in the domain");
                case "numberutils" or "NumberValueSetUtilities":
                    return issue is not DiscreteIssue
                        ? ReadNumber(file, property.Value, kindPath)
                        : throw file.Error(kindPath, $"number utilities for issue '{issue.Name}', which is discrete in the domain");
                default:
                    throw file.Error(
                        kindPath,
                        $"value-set utilities '{property.Name}' are not supported (discreteutils / DiscreteValueSetUtilities or numberutils / NumberValueSetUtilities)");
            }
        }

        throw file.Error(path, "is empty: it needs \"discreteutils\" or \"numberutils\"");
    }

    private static TabularValueFunction ReadDiscrete(GeniusWebJsonFile file, JsonElement element, string path, DiscreteIssue issue)
    {
        var mapPath = GeniusWebJsonFile.Child(path, "valueUtilities");
        var map = file.Required(element, path, "valueUtilities", JsonValueKind.Object);
        var utilities = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var property in map.EnumerateObject())
        {
            var valuePath = GeniusWebJsonFile.Child(mapPath, property.Name);
            if (issue.IndexOf(property.Name) < 0)
            {
                throw file.Error(valuePath, $"value '{property.Name}' is not one of issue '{issue.Name}''s values");
            }

            var utility = file.Double(property.Value, valuePath);
            if (utility is < 0 or > 1)
            {
                throw file.Error(valuePath, $"utility {property.Value.GetRawText()} is outside [0, 1]");
            }

            utilities[property.Name] = utility;
        }

        var missing = issue.Values.Where(v => !utilities.ContainsKey(v)).ToList();
        return missing.Count == 0
            ? new TabularValueFunction(issue.Values.Select(v => KeyValuePair.Create(v, utilities[v])))
            : throw file.Error(mapPath, $"has no utility for value{(missing.Count > 1 ? "s" : string.Empty)} {string.Join(", ", missing.Select(v => $"'{v}'"))}");
    }

    private static NumberRangeValueFunction ReadNumber(GeniusWebJsonFile file, JsonElement element, string path)
    {
        double Get(string key)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(key, out var value))
            {
                throw file.Error(path, $"has no \"{key}\"");
            }

            return file.Double(value, GeniusWebJsonFile.Child(path, key));
        }

        try
        {
            return new NumberRangeValueFunction(Get("lowValue"), Get("lowUtility"), Get("highValue"), Get("highUtility"));
        }
        catch (ArgumentException e)
        {
            throw file.Error(path, e.Message, e);
        }
    }

    /// <summary>
    /// The utility of the reservation bid, as GeniusWeb computes it: Σ weight·utility over the issues the bid gives
    /// (a partial bid's missing issues count 0), capped at 1 like every Parley linear-additive utility.
    /// </summary>
    private static double ReservationValue(GeniusWebJsonFile file, JsonElement bid, string path, LinearAdditiveUtilityFunction utility)
    {
        var valuesPath = GeniusWebJsonFile.Child(path, "issuevalues");
        var values = file.Required(bid, path, "issuevalues", JsonValueKind.Object);
        var space = utility.Space;
        var indices = new int?[space.IssueCount];
        foreach (var property in values.EnumerateObject())
        {
            var valuePath = GeniusWebJsonFile.Child(valuesPath, property.Name);
            var position = space.IndexOfIssue(property.Name);
            if (position < 0)
            {
                throw file.Error(valuePath, $"issue '{property.Name}' is not in the domain");
            }

            indices[position] = ValueIndex(file, property.Value, valuePath, space.Issues[position]);
        }

        double sum = 0;
        for (var i = 0; i < indices.Length; i++)
        {
            if (indices[i] is { } v)
            {
                sum += utility.Contributions(i)[v];
            }
        }

        return sum > 1 ? 1 : sum;
    }

    private static int ValueIndex(GeniusWebJsonFile file, JsonElement value, string path, Issue issue)
    {
        if (issue is DiscreteIssue discrete)
        {
            var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
            var index = discrete.IndexOf(text);
            return index >= 0 ? index : throw file.Error(path, $"'{text}' is not one of issue '{issue.Name}''s values");
        }

        var x = file.Double(value, path);
        switch (issue)
        {
            case IntegerIssue integer when x == Math.Floor(x) && x >= integer.Min && x <= integer.Max:
                return (int)((long)x - integer.Min);
            case RealIssue real when real.GridPoints > 1 && x >= real.Min && x <= real.Max:
            {
                // The grid is low + k·step; parsed decimals and the double grid may differ in the last bit.
                var k = (int)Math.Round((x - real.Min) / (real.Max - real.Min) * (real.GridPoints - 1));
                var tolerance = 1e-9 * Math.Max(1, Math.Max(Math.Abs(real.Min), Math.Abs(real.Max)));
                if (Math.Abs(real.NumberAt(k) - x) <= tolerance)
                {
                    return k;
                }

                break;
            }

            case RealIssue real when real.GridPoints == 1 && x == real.Min:
                return 0;
        }

        throw file.Error(path, $"{value.GetRawText()} is not a value of issue '{issue.Name}' ({issue})");
    }
}
