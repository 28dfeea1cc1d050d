using System.Text;
using Parley.Scenarios;
using Parley.Scenarios.Genius;

namespace Parley.Tests.Scenarios.Genius;

/// <summary>Builds GENIUS scenarios from XML written inline in tests: files live in memory, never on disk.</summary>
internal static class GeniusText
{
    /// <summary>A small domain: Colour (red, blue, green), Qty 1..10, Price 10..40.</summary>
    public const string Domain = """
        <negotiation_template>
          <utility_space>
            <objective index="0" name="root" type="objective" etype="objective">
              <issue index="1" name="Colour" type="discrete" etype="discrete" vtype="discrete">
                <item index="1" value="red"/>
                <item index="2" value="blue"/>
                <item index="3" value="green"/>
              </issue>
              <issue index="2" name="Qty" type="integer" etype="integer" vtype="integer" lowerbound="1" upperbound="10"/>
              <issue index="3" name="Price" type="real" etype="real" vtype="real">
                <range lowerbound="10" upperbound="40"/>
              </issue>
            </objective>
          </utility_space>
        </negotiation_template>
        """;

    /// <summary>A profile of <see cref="Domain"/>: weights 0.5/0.2/0.3, evaluations 7/3/0, slope 0.1 offset 0.05, linear Price.</summary>
    public const string Profile = """
        <utility_space>
          <objective index="0" name="root" type="objective" etype="objective">
            <issue index="1" name="Colour" type="discrete" etype="discrete" vtype="discrete">
              <item index="1" value="red" evaluation="7"/>
              <item index="2" value="blue" evaluation="3"/>
              <item index="3" value="green" evaluation="0"/>
            </issue>
            <issue index="2" name="Qty" type="integer" etype="integer" vtype="integer" lowerbound="1" upperbound="10">
              <evaluator ftype="linear" slope="0.1" offset="0.05"/>
            </issue>
            <issue index="3" name="Price" type="real" etype="real" vtype="real">
              <range lowerbound="10" upperbound="40"/>
              <evaluator ftype="linear" parameter0="1.5" parameter1="-0.025"/>
            </issue>
            <weight index="1" value="0.5"/>
            <weight index="2" value="0.2"/>
            <weight index="3" value="0.3"/>
          </objective>
          <discount_factor value="0.75"/>
          <reservation value="0.25"/>
        </utility_space>
        """;

    public static SourceFile File(string path, string xml) => new(path, Encoding.UTF8.GetBytes(xml));

    /// <summary>Reads a domain and profiles given as (party name, xml), in folder "Test".</summary>
    public static Scenario Read(string domainXml, params (string Party, string Xml)[] profiles) =>
        GeniusScenarioReader.ReadFiles(File("Test/domain.xml", domainXml), profiles.Select(p => File($"Test/{p.Party}.xml", p.Xml)));

    /// <summary>Reads one profile of a domain.</summary>
    public static Party ReadParty(string domainXml, string profileXml) => Read(domainXml, ("p", profileXml)).Parties[0];

    /// <summary>The exception reading the files throws.</summary>
    public static ScenarioFormatException Error(string domainXml, string profileXml) =>
        Assert.Throws<ScenarioFormatException>(() => Read(domainXml, ("p", profileXml)));

    /// <summary>Reads files in folder "Test" with folder semantics (files in the order given).</summary>
    public static Scenario ReadFolder(GeniusReadOptions? options, params (string Name, string Xml)[] files) =>
        GeniusScenarioReader.ReadFolder("Test", "Test", files.Select(f => File($"Test/{f.Name}", f.Xml)), options);

    /// <summary>The utility of the outcome given by one value per issue.</summary>
    public static double Utility(Party party, params object[] values)
    {
        var space = party.Utility.Space;
        var indices = new int[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            indices[i] = space.Issues[i].IndexOf(values[i] switch
            {
                string s => Parley.Outcomes.IssueValue.Of(s),
                int n => Parley.Outcomes.IssueValue.Of((long)n),
                long n => Parley.Outcomes.IssueValue.Of(n),
                double x => Parley.Outcomes.IssueValue.Of(x),
                _ => throw new ArgumentException("Unsupported value", nameof(values)),
            });
        }

        return party.Utility.Utility(indices);
    }
}
