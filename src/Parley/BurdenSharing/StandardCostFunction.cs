namespace Parley.BurdenSharing;

/// <summary>The cost games Parley builds from the allies' stand-alone costs when no coalition costs are given.</summary>
public enum StandardCostFunction
{
    /// <summary>c(S) = max of c({i}) over S: a shared facility sized for its most demanding member (the "airport game").</summary>
    MaxStandAlone,

    /// <summary>c(S) = (Σ c({i}) over S) · |S|^(e − 1): the sum with economies of scale, exponent e in (0, 1].</summary>
    EconomiesOfScale,
}
