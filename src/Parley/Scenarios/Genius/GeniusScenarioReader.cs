namespace Parley.Scenarios.Genius;

/// <summary>
/// Reads GENIUS XML scenarios (a domain file plus one profile file per party) with GENIUS's own utility semantics and
/// the leniency of its parser. Errors are <see cref="ScenarioFormatException"/>s naming the file, line, column and field.
/// See <c>docs/scenarios-genius.md</c> for every quirk handled.
/// </summary>
public static class GeniusScenarioReader
{
    /// <summary>
    /// Reads a scenario folder: the one <c>*.xml</c> file with root <c>negotiation_template</c> is the domain; every
    /// <c>*.xml</c> file with root <c>utility_space</c> is a party, named after the file (without extension), in ordinal
    /// file-name order. Files that are not XML at all or have another root are skipped; <c>type="UNCERTAIN"</c> profiles
    /// are skipped unless <see cref="GeniusReadOptions.IncludeUncertainProfiles"/> is set.
    /// The scenario is named after the folder.
    /// </summary>
    public static Scenario ReadFolder(string folder, GeniusReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        if (!Directory.Exists(full))
        {
            throw new ScenarioFormatException(full, "is not a folder");
        }

        var files = Directory.EnumerateFiles(full)
            .Where(f => f.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(SourceFile.Load);
        return ReadFolder(Path.GetFileName(full), full, files, options);
    }

    /// <summary>
    /// Reads a scenario from a domain file and profile files, parties in the order given and named after their files
    /// (without extension). Every profile named is read, UNCERTAIN ones included. The scenario is named after the
    /// domain file's folder.
    /// </summary>
    public static Scenario ReadFiles(string domainFile, IEnumerable<string> profileFiles, GeniusReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(domainFile);
        ArgumentNullException.ThrowIfNull(profileFiles);
        return ReadFiles(SourceFile.Load(Path.GetFullPath(domainFile)), profileFiles.Select(p => SourceFile.Load(Path.GetFullPath(p))), options);
    }

    /// <summary>Folder semantics over files in memory, given in the order to consider them (ordinal by name for a folder).</summary>
    internal static Scenario ReadFolder(string name, string source, IEnumerable<SourceFile> xmlFiles, GeniusReadOptions? options = null)
    {
        options ??= new GeniusReadOptions();
        options.Validate();
        var files = xmlFiles
            .Select(f => GeniusXmlFile.Load(f, skipForeign: true))
            .OfType<GeniusXmlFile>()
            .ToList();
        var domains = files.Where(f => f.Root.Name.LocalName == GeniusXmlFile.DomainRoot).ToList();
        if (domains.Count == 0)
        {
            throw new ScenarioFormatException(name, $"has no domain file (an .xml file whose root element is <{GeniusXmlFile.DomainRoot}>)");
        }

        if (domains.Count > 1)
        {
            throw new ScenarioFormatException(
                name,
                $"has {domains.Count} domain files ({string.Join(", ", domains.Select(d => Path.GetFileName(d.Path)))}); a scenario folder must hold exactly one. Name the files with {nameof(ReadFiles)} instead.");
        }

        var domain = GeniusDomain.Read(domains[0], options);
        var profiles = files
            .Where(f => f.Root.Name.LocalName == GeniusXmlFile.ProfileRoot)
            .Where(f => options.IncludeUncertainProfiles || GeniusProfileReader.TypeOf(f) != GeniusProfileReader.UncertainType)
            .ToList();
        if (profiles.Count == 0)
        {
            throw new ScenarioFormatException(
                name,
                $"has no profile (an .xml file whose root element is <{GeniusXmlFile.ProfileRoot}>){(options.IncludeUncertainProfiles ? string.Empty : " other than UNCERTAIN ones, which are skipped unless IncludeUncertainProfiles is set")}");
        }

        var parties = profiles.Select(p => GeniusProfileReader.Read(p, domain, Path.GetFileNameWithoutExtension(p.Path)));
        return new Scenario(name, domain.Space, parties, source: source);
    }

    /// <summary>Explicit-file semantics over files in memory.</summary>
    internal static Scenario ReadFiles(SourceFile domainFile, IEnumerable<SourceFile> profileFiles, GeniusReadOptions? options = null)
    {
        options ??= new GeniusReadOptions();
        options.Validate();
        var domain = GeniusDomain.Read(GeniusXmlFile.Load(domainFile, skipForeign: false)!, options);
        var parties = new List<Party>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in profileFiles)
        {
            var file = GeniusXmlFile.Load(source, skipForeign: false)!;
            if (!names.Add(source.Stem))
            {
                throw new ScenarioFormatException(file.DisplayName, $"gives a second party named '{source.Stem}'; party names (file names without extension) must be distinct");
            }

            parties.Add(GeniusProfileReader.Read(file, domain, source.Stem));
        }

        if (parties.Count == 0)
        {
            throw new ScenarioFormatException(domainFile.DisplayName, "no profile files were given; a scenario needs at least one party");
        }

        var full = Path.GetFullPath(domainFile.Path);
        var name = Path.GetFileName(Path.GetDirectoryName(full)) is { Length: > 0 } folder ? folder : domainFile.Stem;
        return new Scenario(name, domain.Space, parties, source: full);
    }
}
