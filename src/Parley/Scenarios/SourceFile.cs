namespace Parley.Scenarios;

/// <summary>
/// The bytes of a scenario file and the path it is known by (errors and party names derive from the path).
/// Lets readers work on files in memory; the public readers load them from disk.
/// </summary>
/// <param name="Path">The file's path; it need not exist.</param>
/// <param name="Bytes">The file's contents.</param>
internal readonly record struct SourceFile(string Path, byte[] Bytes)
{
    /// <summary>Reads a file from disk, or fails with a <see cref="ScenarioFormatException"/> naming it.</summary>
    public static SourceFile Load(string path)
    {
        try
        {
            return new SourceFile(path, File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ScenarioFormatException(DisplayNameOf(path), $"cannot be read: {e.Message}", innerException: e);
        }
    }

    /// <summary>The name errors use for a file: its parent folder and its file name.</summary>
    public static string DisplayNameOf(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(full));
        var file = System.IO.Path.GetFileName(full);
        return string.IsNullOrEmpty(folder) ? file : $"{folder}/{file}";
    }

    /// <summary>How errors name this file.</summary>
    public string DisplayName => DisplayNameOf(Path);

    /// <summary>The file name without extension (a party's name).</summary>
    public string Stem => System.IO.Path.GetFileNameWithoutExtension(Path);
}
