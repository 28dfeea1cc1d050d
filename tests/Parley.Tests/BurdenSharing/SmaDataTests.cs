using Parley.BurdenSharing;

namespace Parley.Tests.BurdenSharing;

public sealed class SmaDataTests
{
    [Fact]
    public void Agreements_CoverEveryYear1991To2030OnceWithARule()
    {
        Assert.Equal(Enumerable.Range(1, 12), SmaData.Agreements.Select(a => a.Number));
        for (var year = SmaData.FirstYear; year <= SmaData.LastYear; year++)
        {
            var agreement = Assert.Single(SmaData.Agreements, a => a.Covers(year));
            Assert.NotNull(agreement.RuleFor(year));
        }

        Assert.All(SmaData.Agreements, a => Assert.Equal(Enumerable.Range(a.FirstYear, a.LastYear - a.FirstYear + 1), a.Rules.Select(r => r.Year)));
    }

    [Fact]
    public void PublishedAmounts_AreInTheAgreementsCurrencyAndCiteAnAddress()
    {
        Assert.All(SmaData.PublishedAmounts, p =>
        {
            Assert.Equal(SmaData.AgreementFor(p.Year).Currency, p.Currency);
            Assert.NotEmpty(p.Sources);
            Assert.All(p.Sources, s => Assert.StartsWith("http", s.Url, StringComparison.Ordinal));
            Assert.Equal(0, p.Amount % p.Currency.PublicationUnit());
        });
        Assert.Equal(1_402_800_000_000, SmaData.PublishedFor(2025)!.Amount);
        Assert.Equal(150_000_000, SmaData.PublishedFor(1991)!.Amount);
        Assert.Null(SmaData.PublishedFor(2023));
    }

    [Fact]
    public void Inputs_EverySourcedValueCitesAnAddress()
    {
        var values = SmaData.ConsumerPrices.Values.Concat(SmaData.DefenseBudgetGrowth.Values);

        Assert.All(values, v => Assert.StartsWith("http", v.Source!.Url, StringComparison.Ordinal));
        Assert.Equal(FigureStatus.Unverified, SmaData.ConsumerPrices[2010]!.Status);
        Assert.Equal(4.2m, SmaData.DefenseBudgetGrowth[2024]!.Percent);
    }
}
