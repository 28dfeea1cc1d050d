using System.Text.RegularExpressions;

namespace Parley.IntegrationTests.Support;

/// <summary>
/// Reads the compiled C# snippets that documentation pages show: the lines between <c>// begin-snippet: NAME</c> and
/// <c>// end-snippet</c> in a test source file, without their common indentation, so a test can check that the page
/// shows them verbatim.
/// </summary>
internal static class DocSnippet
{
    /// <summary>The snippet <paramref name="name"/> of the repository file <paramref name="sourceFile"/>, dedented and trimmed.</summary>
    public static string Extract(string sourceFile, string name)
    {
        var source = RepositoryText(sourceFile);
        var match = Regex.Match(source, $@"// begin-snippet: {Regex.Escape(name)}\n(.*?)\s*// end-snippet", RegexOptions.Singleline);
        Assert.True(match.Success, $"{sourceFile} lost its '{name}' snippet markers");
        var lines = match.Groups[1].Value.Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart())).Trim();
    }

    /// <summary>A repository file's text with Unix line ends (a path relative to the repository root).</summary>
    public static string RepositoryText(string path) =>
        File.ReadAllText(Path.Combine(SharedCorpus.RepositoryRoot() ?? throw new InvalidOperationException("Run the tests from a clone of the repository."), path))
            .Replace("\r\n", "\n", StringComparison.Ordinal);
}
