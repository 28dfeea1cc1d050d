using System.Text.RegularExpressions;
using Parley.IntegrationTests.Support;

namespace Parley.IntegrationTests.Docs;

/// <summary>Every relative link in the README and the docs points at a file or folder of the repository.</summary>
public sealed partial class DocumentLinkTests
{
    public static TheoryData<string> Pages()
    {
        var root = SharedCorpus.RepositoryRoot()!;
        return [.. Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories)
            .Prepend(Path.Combine(root, "README.md"))
            .Select(path => Path.GetRelativePath(root, path))
            .Order(StringComparer.Ordinal)];
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_RelativeLinks_Resolve(string page)
    {
        var root = SharedCorpus.RepositoryRoot()!;
        var path = Path.Combine(root, page);
        var text = File.ReadAllText(path);

        var broken = MarkdownLink().Matches(text)
            .Select(m => m.Groups["target"].Value)
            .Where(target => !target.Contains("://", StringComparison.Ordinal) && !target.StartsWith("mailto:", StringComparison.Ordinal))
            .Where(target => !Path.Exists(Path.Combine(Path.GetDirectoryName(path)!, target)))
            .ToArray();

        Assert.True(broken.Length == 0, $"{page} links to missing files: {string.Join(", ", broken)}");
    }

    [Fact]
    public void Pages_IncludeTheReadmeAndNestedDocs()
    {
        var pages = Pages().Select(p => p.Data).ToArray();

        Assert.Contains("README.md", pages);
        Assert.Contains(Path.Combine("docs", "cases", "sma-2019.md"), pages);
    }

    // [text](target) or [text](target#anchor); the target stops at a space, '#' or ')'.
    [GeneratedRegex(@"\]\((?<target>[^)#\s]+)(#[^)\s]*)?\)")]
    private static partial Regex MarkdownLink();
}
