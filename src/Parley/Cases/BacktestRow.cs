namespace Parley.Cases;

/// <summary>One line of a backtest: an item, what the model gave, what happened, whether they match. Immutable.</summary>
/// <param name="Item">What is compared.</param>
/// <param name="Simulated">The model's value, in words.</param>
/// <param name="Actual">What happened, in words.</param>
/// <param name="Match">How they compare.</param>
/// <param name="Source">Where the actual value comes from.</param>
public sealed record BacktestRow(string Item, string Simulated, string Actual, BacktestMatch Match, string Source);
