using ScottPlot;

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
    public static void Save(Plot plot, string path, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(plot);
        PrepareDirectory(path);
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

    /// <summary>
    /// Saves plots laid out in one image. ScottPlot saves a multiplot only as PNG, so for SVG each plot is drawn on Skia's
    /// SVG canvas, as ScottPlot's own <c>Plot.SaveSvg</c> does.
    /// </summary>
    public static void Save(Multiplot multiplot, string path, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(multiplot);
        PrepareDirectory(path);
        switch (Path.GetExtension(path).ToUpperInvariant())
        {
            case ".PNG":
                multiplot.SavePng(path, width, height);
                break;
            case ".SVG":
                using (var file = File.Create(path))
                {
                    // Each plot is drawn in its own rectangle without clearing the canvas first: Skia's SVG canvas writes a
                    // clear as an unfilled (so black) rectangle over the whole image, which would hide the plots before.
                    using var canvas = SkiaSharp.SKSvgCanvas.Create(new SkiaSharp.SKRect(0, 0, width, height), file);
                    var plots = multiplot.GetPlots();
                    var rectangles = multiplot.Layout.GetSubplotRectangles(multiplot.Subplots, new PixelRect(0, width, height, 0));
                    for (var i = 0; i < plots.Length; i++)
                    {
                        // A first render in memory settles the layout, so the SVG gets one pass instead of two.
                        plots[i].RenderManager.ClearCanvasBeforeEachRender = false;
                        plots[i].RenderInMemory((int)rectangles[i].Width, (int)rectangles[i].Height);
                        plots[i].Render(canvas, rectangles[i]);
                    }
                }

                break;
            default:
                throw new ArgumentException($"Cannot draw '{path}': the plot file must end in .png or .svg.", nameof(path));
        }
    }

    private static void PrepareDirectory(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }
    }
}
