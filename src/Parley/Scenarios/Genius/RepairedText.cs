namespace Parley.Scenarios.Genius;

/// <summary>The repaired text of a GENIUS file and where its repairs inserted characters.</summary>
internal sealed class RepairedText(string text, string? rootName, IReadOnlyList<RepairedText.Insertion> insertions)
{
    /// <summary>The repaired text.</summary>
    public string Text { get; } = text;

    /// <summary>The name of the root element, or null when the text has no element.</summary>
    public string? RootName { get; } = rootName;

    /// <summary>Whether any repair inserted characters.</summary>
    public bool Changed => insertions.Count > 0;

    /// <summary>Maps a 1-based column of the repaired text back to the original file's column on the same line.</summary>
    public int OriginalColumn(int line, int column)
    {
        var original = column;
        foreach (var insertion in insertions)
        {
            if (insertion.Line != line || insertion.Column > column)
            {
                continue;
            }

            original -= Math.Min(insertion.Length, column - insertion.Column);
        }

        return Math.Max(1, original);
    }

    /// <summary>Characters inserted at a 1-based line and column of the repaired text.</summary>
    public readonly record struct Insertion(int Line, int Column, int Length);
}
