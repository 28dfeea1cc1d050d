using System.Collections.Immutable;

namespace Parley.Scenarios.Genius;

/// <summary>The files <see cref="GeniusScenarioWriter"/> wrote: feed them to <see cref="GeniusScenarioReader.ReadFiles(string, IEnumerable{string}, GeniusReadOptions)"/>.</summary>
public sealed class GeniusScenarioFiles
{
    internal GeniusScenarioFiles(string domainFile, ImmutableArray<string> profileFiles)
    {
        DomainFile = domainFile;
        ProfileFiles = profileFiles;
    }

    /// <summary>The domain file's full path.</summary>
    public string DomainFile { get; }

    /// <summary>One profile file per party, full paths, in party order.</summary>
    public ImmutableArray<string> ProfileFiles { get; }
}
