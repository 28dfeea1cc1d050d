using Parley.Negotiations;
using Parley.Scenarios.BuiltIn;
using Parley.TestKit.Scenarios;

namespace Parley.Tests.Negotiations;

public sealed class ScenarioFingerprintTests
{
    [Fact]
    public void Compute_SameScenarioLoadedTwice_IsTheSame()
    {
        var first = ScenarioFingerprint.Compute(new PreparedScenario(BuiltInScenarios.Load("job-offer")));
        var second = ScenarioFingerprint.Compute(new PreparedScenario(BuiltInScenarios.Load("job-offer")));

        Assert.Equal(first, second);
        Assert.Matches("^sha256:[0-9a-f]{64}$", first);
    }

    [Fact]
    public void Compute_AnyChangeThatMattersToANegotiation_ChangesIt()
    {
        var baseline = Of(TinyScenarios.SplitThePie(10, 0.2, 0.3));

        Assert.NotEqual(baseline, Of(TinyScenarios.SplitThePie(10, 0.2, 0.31)));
        Assert.NotEqual(baseline, Of(TinyScenarios.SplitThePie(10, 0.2, 0.3, discountA: 0.9)));
        Assert.NotEqual(baseline, Of(TinyScenarios.SplitThePie(11, 0.2, 0.3)));
        Assert.NotEqual(baseline, Of(TinyScenarios.SplitThePie(10, 0.2, 0.3).WithParties(["B", "A"])));
    }

    private static string Of(Parley.Scenarios.Scenario scenario) => ScenarioFingerprint.Compute(new PreparedScenario(scenario));
}
