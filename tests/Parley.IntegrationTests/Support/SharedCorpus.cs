namespace Parley.IntegrationTests.Support;

/// <summary>
/// Finds the shared ANAC scenario corpus, read in place and never copied into the repository:
/// <c>$PARLEY_CORPUS</c> if set, else <c>../shared/scenarios</c> next to the repository root.
/// Tests that need it call <see cref="GeniusFolder"/> and friends, which skip the test with the reason when the
/// corpus is absent, so a missing corpus shows as skipped, never as passed.
/// </summary>
internal static class SharedCorpus
{
    /// <summary>The environment variable that points at the corpus (the folder holding <c>genius/</c> and <c>geniusweb/</c>).</summary>
    public const string EnvironmentVariable = "PARLEY_CORPUS";

    /// <summary>The 34 GENIUS scenarios of the shared corpus (folder names).</summary>
    public static readonly string[] GeniusScenarios =
    [
        "10issuesDiscountedwithRV", "7issues", "AMPOvsCity", "Amsterdam", "BankRobbery", "Camera", "Car", "DogChoosing",
        "Energy", "EnergyGrid", "EnergySmall-A", "EnglandZimbabwe", "FlightBooking-B", "Grocery", "IS_BT_Acquisition",
        "IntegerDomain", "ItexvsCypress", "KillerRobot", "Laptop", "Movie", "NewDomain-Terra", "NiceOrDie", "PartyDomain",
        "SON", "SecondHandCar", "SmartEnergyGrid-Grandma", "SmartPhone", "Supermarket-A", "Tram", "Travel",
        "TriangularFight", "Ultimatum", "WebService", "Wholesaler",
    ];

    /// <summary>The GeniusWeb folders of the shared corpus.</summary>
    public static readonly string[] GeniusWebScenarios = ["JapnTrip", "Party", "geniusweb-tutorial-testprofile"];

    private static readonly Lazy<string?> LazyRoot = new(FindRoot);

    /// <summary>The corpus root, or null when there is none.</summary>
    public static string? Root => LazyRoot.Value;

    /// <summary>The folder of a GENIUS scenario; skips the calling test when the corpus is absent.</summary>
    public static string GeniusFolder(string name) => Folder(Path.Combine("genius", name));

    /// <summary>The folder of a GeniusWeb scenario; skips the calling test when the corpus is absent.</summary>
    public static string GeniusWebFolder(string name) => Folder(Path.Combine("geniusweb", name));

    /// <summary>The shared benchmark workloads folder (<c>../shared/bench/workloads</c>); skips when absent.</summary>
    public static string BenchWorkloads()
    {
        var root = Root;
        var folder = root is null ? null : Path.GetFullPath(Path.Combine(root, "..", "bench", "workloads"));
        if (folder is null || !Directory.Exists(folder))
        {
            Assert.Skip("The shared benchmark workloads (../shared/bench/workloads) are not on this machine.");
        }

        return folder!;
    }

    private static string Folder(string relative)
    {
        var root = Root;
        if (root is null)
        {
            Assert.Skip($"The ANAC scenario corpus is not on this machine: set {EnvironmentVariable} to the folder holding genius/ and geniusweb/, or place it at ../shared/scenarios next to the repository.");
        }

        var folder = Path.Combine(root!, relative);
        if (!Directory.Exists(folder))
        {
            Assert.Skip($"Scenario folder {folder} is not in the corpus at {root}.");
        }

        return folder;
    }

    private static string? FindRoot()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment) ? Path.GetFullPath(fromEnvironment) : null;
        }

        var repository = RepositoryRoot();
        if (repository is null)
        {
            return null;
        }

        var candidate = Path.GetFullPath(Path.Combine(repository, "..", "shared", "scenarios"));
        return Directory.Exists(candidate) ? candidate : null;
    }

    /// <summary>The repository root (the folder holding Parley.slnx), found by walking up from the test binaries.</summary>
    public static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Parley.slnx")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
