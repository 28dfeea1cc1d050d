using Parley.Scenarios.Genius;

namespace Parley.Tests.Scenarios.Genius;

public sealed class GeniusXmlRepairTests
{
    [Fact]
    public void Repair_CommentAndDeclarationBeforeRoot_BlankedKeepingLines()
    {
        var repaired = GeniusXmlRepair.Repair("<!-- profile 1 -->\n<?xml version=\"1.0\"?>\n<utility_space/>");

        Assert.Equal("                  \n                     \n<utility_space/>", repaired.Text);
        Assert.Equal("utility_space", repaired.RootName);
        Assert.False(repaired.Changed);
    }

    [Fact]
    public void Repair_BareAmpersand_Escaped()
    {
        var repaired = GeniusXmlRepair.Repair("<a v=\"x & y &amp; &#38; &#x26; &nbsp;\">b & c</a>");

        Assert.Equal("<a v=\"x &amp; y &amp; &#38; &#x26; &amp;nbsp;\">b &amp; c</a>", repaired.Text);
    }

    [Fact]
    public void Repair_AttributesWithoutSpace_SpaceInserted()
    {
        Assert.Equal("<a x=\"1\" y='2' z=\"3\"/>", GeniusXmlRepair.Repair("<a x=\"1\"y='2'z=\"3\"/>").Text);
    }

    [Fact]
    public void Repair_UnquotedValueAndLessThanInValue_Quoted()
    {
        Assert.Equal("<a x=\"1\" y=\"a&lt;b\"/>", GeniusXmlRepair.Repair("<a x=1 y=\"a<b\"/>").Text);
    }

    [Fact]
    public void Repair_ContentAfterRoot_Blanked()
    {
        Assert.Equal("<a></a>\n    ", GeniusXmlRepair.Repair("<a></a>\ntail").Text);
    }

    [Fact]
    public void Repair_NoElement_HasNoRoot()
    {
        Assert.Null(GeniusXmlRepair.Repair("0.75, 1.0\n0.85, 0.88").RootName);
        Assert.Null(GeniusXmlRepair.Repair("<!-- only a comment -->").RootName);
    }

    [Fact]
    public void Repair_CrLfLineBreaks_LineCountKept()
    {
        var text = "<a>\r\n<b x=\"1\"y=\"&\"/>\r\n</a>";

        var repaired = GeniusXmlRepair.Repair(text);

        Assert.Equal(text.Split('\n').Length, repaired.Text.Split('\n').Length);
    }

    [Fact]
    public void OriginalColumn_AfterInsertions_MapsBackToTheFile()
    {
        // Line 2 gets "amp;" after column 9 and a space after the closing quote.
        var repaired = GeniusXmlRepair.Repair("<a>\n<b x=\"1 & 2\"y=\"3\"/>\n</a>");

        Assert.Equal("<b x=\"1 &amp; 2\" y=\"3\"/>", repaired.Text.Split('\n')[1]);
        Assert.Equal(16, repaired.OriginalColumn(2, 21)); // 'y' in the repaired text is column 21, in the file 16
        Assert.Equal(8, repaired.OriginalColumn(2, 8));   // before any insertion
        Assert.Equal(10, repaired.OriginalColumn(2, 11)); // inside the inserted "amp;": where the insertion stands
        Assert.Equal(21, repaired.OriginalColumn(1, 21)); // other lines untouched
    }
}
