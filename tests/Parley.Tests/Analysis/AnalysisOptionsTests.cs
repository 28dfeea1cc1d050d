using Parley.Analysis;

namespace Parley.Tests.Analysis;

public sealed class AnalysisOptionsTests
{
    [Fact]
    public void Validate_Defaults_Passes()
    {
        var options = new AnalysisOptions();

        options.Validate();

        Assert.Equal(AnalysisMethod.Auto, options.Method);
        Assert.Equal(AnalysisOptions.DefaultMaxEnumeratedOutcomes, options.MaxEnumeratedOutcomes);
        Assert.Equal(-1, options.MaxDegreeOfParallelism);
    }

    public static TheoryData<AnalysisOptions, string> Invalid => new()
    {
        { new AnalysisOptions { Method = AnalysisMethod.Sampling }, "SampleSize" },
        { new AnalysisOptions { SampleSize = -1 }, "SampleSize" },
        { new AnalysisOptions { SampleSize = 30, MaxEnumeratedOutcomes = 20 }, "SampleSize" },
        { new AnalysisOptions { CloudSize = -1 }, "CloudSize" },
        { new AnalysisOptions { MaxEnumeratedOutcomes = 0 }, "MaxEnumeratedOutcomes" },
        { new AnalysisOptions { MaxDegreeOfParallelism = 0 }, "MaxDegreeOfParallelism" },
        { new AnalysisOptions { Method = (AnalysisMethod)42 }, "Method" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Validate_InvalidField_ThrowsNamingIt(AnalysisOptions options, string field)
    {
        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.StartsWith($"AnalysisOptions.{field} ", error.Message, StringComparison.Ordinal);
    }
}
