namespace Parley.Plotting;

/// <summary>Saves a ScottPlot plot as PNG or SVG, chosen by the file extension.</summary>
public static class PlotFile
{
    /// <summary>Whether the path ends in an extension Parley can draw (.png or .svg).</summary>
    public static bool IsSupported(string path) =>
        Path.GetExtension(path).ToUpperInvariant() is ".PNG" or ".SVG";

    /// <summary>Whether the path names an SVG file.</summary>
    public static bool IsSvg(string path) => Path.GetExtension(path).Equals(".svg", StringComparison.OrdinalIgnoreCase);

    /// <summary>Saves the plot; a clear error for any other extension.</summary>
    public static void Save(ScottPlot.Plot plot, string path, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        switch (Path.GetExtension(path).ToUpperInvariant())
        {
            case ".PNG":
                plot.SavePng(path, width, height);
                break;
            case ".SVG":
                plot.SaveSvg(path, width, height);
                break;
            default:
                throw new ArgumentException($"Cannot draw '{path}': the plot file must end in .png or .svg.", nameof(path));
        }
    }
}
