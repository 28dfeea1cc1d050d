using Parley.Outcomes;
using Parley.Preferences;
using Parley.Scenarios;

namespace Parley.TestKit.Scenarios;

/// <summary>Small scenarios whose every number is easy to check by hand.</summary>
public static class TinyScenarios
{
    /// <summary>
    /// One integer issue "share" 0..<paramref name="steps"/>: party A's utility is share/steps, party B's is
    /// 1 − share/steps (a pie split on a grid). Reservation values and discounts as given.
    /// </summary>
    public static Scenario SplitThePie(int steps = 10, double reservationA = 0, double reservationB = 0, double discountA = 1, double discountB = 1)
    {
        var space = new OutcomeSpace([new IntegerIssue("share", 0, steps)]);
        var a = new LinearAdditiveUtilityFunction(space, [1.0], [new IntegerLinearValueFunction(0, steps, 0, 1.0 / steps)]);
        var b = new LinearAdditiveUtilityFunction(space, [1.0], [new IntegerLinearValueFunction(0, steps, 1, -1.0 / steps)]);
        return new Scenario(
            "split-the-pie",
            space,
            [
                new Party("A", a, reservationA, DiscountFactor.FromGenius(discountA)),
                new Party("B", b, reservationB, DiscountFactor.FromGenius(discountB)),
            ]);
    }

    /// <summary>
    /// A price (integer 0..4) and a colour (red, green, blue). The seller (A) gets price/4 and does not care about the
    /// colour (weight 0), so every price comes in three outcomes of equal utility to it; the buyer (B) gets
    /// 0.5·(1 − price/4) plus 0.5 for blue (green 0.25, red 0): trading the colour costs the seller nothing.
    /// Dense index = 3·price + colour (red 0, green 1, blue 2).
    /// </summary>
    public static Scenario PriceAndColour()
    {
        var space = new OutcomeSpace([new IntegerIssue("price", 0, 4), new DiscreteIssue("colour", ["red", "green", "blue"])]);
        var seller = new LinearAdditiveUtilityFunction(
            space,
            [1.0, 0.0],
            [new IntegerLinearValueFunction(0, 4, 0, 0.25), new DiscreteValueFunction([new("red", 1), new("green", 1), new("blue", 1)])]);
        var buyer = new LinearAdditiveUtilityFunction(
            space,
            [0.5, 0.5],
            [new IntegerLinearValueFunction(0, 4, 1, -0.25), new DiscreteValueFunction([new("red", 0), new("green", 1), new("blue", 4)])]);
        return new Scenario("price-and-colour", space, [new Party("A", seller, 0, DiscountFactor.None), new Party("B", buyer, 0, DiscountFactor.None)]);
    }

    /// <summary>
    /// <paramref name="parties"/> parties over one discrete issue with values v0..v(n−1); party j likes value j best (1),
    /// every other value 0.5.
    /// </summary>
    public static Scenario Favourites(int parties, int values = 4)
    {
        var names = Enumerable.Range(0, values).Select(v => $"v{v}").ToArray();
        var space = new OutcomeSpace([new DiscreteIssue("choice", names)]);
        return new Scenario(
            "favourites",
            space,
            Enumerable.Range(0, parties).Select(j => new Party(
                $"P{j}",
                new LinearAdditiveUtilityFunction(space, [1.0], [new DiscreteValueFunction(names.Select((n, v) => new KeyValuePair<string, double>(n, v == j ? 2 : 1)))]),
                0.0,
                DiscountFactor.None)));
    }
}
