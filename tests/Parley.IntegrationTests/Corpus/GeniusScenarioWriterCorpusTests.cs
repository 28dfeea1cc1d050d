using Parley.Scenarios;
using Parley.Scenarios.Genius;

namespace Parley.IntegrationTests.Corpus;

/// <summary>
/// Writes every readable corpus scenario to a temporary folder, reads it back and compares utilities bit for bit.
/// Scenarios of at most 10^6 outcomes are compared on every outcome; larger ones on 200,000 seeded random outcomes plus
/// every corner (each issue at its first or last value).
/// </summary>
public sealed class GeniusScenarioWriterCorpusTests
{
    private const long ExhaustiveLimit = 1_000_000;
    private const int Samples = 200_000;

    public static TheoryData<string> SmallScenarios() =>
        [.. Support.SharedCorpus.GeniusScenarios.Where(n => GeniusScenarioReaderCorpusTests.Expected[n].Outcomes <= ExhaustiveLimit)];

    public static TheoryData<string> LargeScenarios() =>
        [.. Support.SharedCorpus.GeniusScenarios.Where(n => GeniusScenarioReaderCorpusTests.Expected[n].Outcomes > ExhaustiveLimit)];

    [Theory]
    [MemberData(nameof(SmallScenarios))]
    public void WriteFolder_CorpusScenario_EveryOutcomeBitIdenticalAfterReadBack(string name)
    {
        var scenario = GeniusScenarioReaderCorpusTests.Read(name);
        var back = RoundTrip(scenario);

        foreach (var outcome in scenario.Space)
        {
            AssertSameUtilities(scenario, back, outcome);
        }
    }

    [Theory]
    [MemberData(nameof(LargeScenarios))]
    public void WriteFolder_LargeCorpusScenario_200kSampledOutcomesAndAllCornersBitIdentical(string name)
    {
        var scenario = GeniusScenarioReaderCorpusTests.Read(name);
        var back = RoundTrip(scenario);
        var space = scenario.Space;
        var outcome = new int[space.IssueCount];

        var random = new Random(20240611);
        for (var k = 0; k < Samples; k++)
        {
            space.Sample(random, outcome);
            AssertSameUtilities(scenario, back, outcome);
        }

        for (var corner = 0; corner < 1 << space.IssueCount; corner++)
        {
            for (var i = 0; i < space.IssueCount; i++)
            {
                outcome[i] = (corner >> i & 1) == 0 ? 0 : space.Radices[i] - 1;
            }

            AssertSameUtilities(scenario, back, outcome);
        }
    }

    [Fact]
    public void WriteFolder_Laptop_ReadFolderGivesSamePartiesInFileOrder()
    {
        var scenario = GeniusScenarioReaderCorpusTests.Read("Laptop");
        var folder = Directory.CreateTempSubdirectory("parley-genius-");
        try
        {
            GeniusScenarioWriter.WriteFolder(scenario, folder.FullName);

            var back = GeniusScenarioReader.ReadFolder(folder.FullName);

            Assert.Equal(["laptop_buyer_utility", "laptop_seller_utility"], back.Parties.Select(p => p.Name));
            Assert.Equal(["Laptop-domain.xml", "laptop_buyer_utility.xml", "laptop_seller_utility.xml"], Directory.GetFiles(folder.FullName).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static Scenario RoundTrip(Scenario scenario)
    {
        var folder = Directory.CreateTempSubdirectory("parley-genius-");
        try
        {
            var files = GeniusScenarioWriter.WriteFolder(scenario, folder.FullName);
            var back = GeniusScenarioReader.ReadFiles(files.DomainFile, files.ProfileFiles);
            Assert.Equal(scenario.Space.Radices.ToArray(), back.Space.Radices.ToArray());
            Assert.Equal(scenario.Parties.Select(p => (p.ReservationValue, p.Discount)), back.Parties.Select(p => (p.ReservationValue, p.Discount)));
            return back;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void AssertSameUtilities(Scenario expected, Scenario actual, ReadOnlySpan<int> outcome)
    {
        for (var p = 0; p < expected.Parties.Length; p++)
        {
            var want = expected.Parties[p].Utility.Utility(outcome);
            var got = actual.Parties[p].Utility.Utility(outcome);
            if (BitConverter.DoubleToInt64Bits(want) != BitConverter.DoubleToInt64Bits(got))
            {
                Assert.Fail($"{expected.Name}, party {expected.Parties[p].Name}, outcome ({string.Join(", ", outcome.ToArray())}): wrote {want:R}, read back {got:R}.");
            }
        }
    }
}
