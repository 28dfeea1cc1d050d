namespace Parley.Benchmarks;

/// <summary>
/// Finds the workloads that were timed for NegMAS: <c>$PARLEY_WORKLOADS</c>, else <c>../shared/bench/workloads</c> next
/// to the repository (found by walking up from the benchmark binaries, which BenchmarkDotNet runs from a generated
/// folder inside the repository), else this workplace's <c>/work/shared/bench/workloads</c>.
/// </summary>
internal static class SharedWorkloads
{
    public static string Folder { get; } = Find();

    public static string File(string name) => Path.Combine(Folder, name);

    private static string Find()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("PARLEY_WORKLOADS");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return fromEnvironment;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Parley.slnx")))
            {
                var beside = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "bench", "workloads"));
                if (Directory.Exists(beside))
                {
                    return beside;
                }
            }
        }

        const string Workplace = "/work/shared/bench/workloads";
        return Directory.Exists(Workplace)
            ? Workplace
            : throw new DirectoryNotFoundException("The NegMAS workloads are not here: set PARLEY_WORKLOADS to the folder holding pareto_*.json.");
    }
}
