namespace Parley.Plotting;

/// <summary>Shared look of Parley's plots.</summary>
internal static class PlotStyle
{
    /// <summary>A sans font every Debian base image has (ScottPlot would otherwise pick DejaVu Serif).</summary>
    public const string FontName = "DejaVu Sans";
}
