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
