using Parley.BurdenSharing;

namespace Parley.Tests.BurdenSharing;

public sealed class CostSharingCsvTests
{
    private static CostSharingInputException Error(string text) =>
        Assert.Throws<CostSharingInputException>(() => CostSharingCsv.Parse(text, "costs.csv"));

    [Fact]
    public void Parse_AllyTable_ReadsQuotedFieldsCommentsAndOptionalColumns()
    {
        var problem = CostSharingCsv.Parse(
            "# NATO-ish example\nally,gni,members,source\n\"Korea, Republic of\",1.5e12,,\"GAO \"\"21-270\"\"\"\n\nOthers,2.25,3,\n",
            "costs.csv");

        Assert.Equal(["Korea, Republic of", "Others"], problem.Allies.Select(a => a.Name));
        Assert.Equal(1.5e12, problem.Allies[0].Gni);
        Assert.Equal("GAO \"21-270\"", problem.Allies[0].Source);
        Assert.Equal(3, problem.Allies[0].Line);
        Assert.Equal(3, problem.Allies[1].Members);
        Assert.Equal(5, problem.Allies[1].Line);
        Assert.Null(problem.Game);
    }

    [Fact]
    public void Parse_NotANumber_NamesLineColumnAndField()
    {
        var error = Error("ally,gni\nA,1\nB,abc\n");

        Assert.Equal("costs.csv:3:3: gni: 'abc' is not a number (use a dot for decimals, no thousands separators)", error.Message);
        Assert.Equal((3, 3), (error.Line, error.Column));
    }

    [Fact]
    public void Parse_BadValueAfterComments_CountsEveryLine()
    {
        var error = Error("# one\n# two\nally,gni,members\nA,1,1\n\"B, Inc\",2,1.5\n");

        Assert.Equal((5, 12), (error.Line, error.Column));
        Assert.Equal("members", error.Field);
    }

    [Fact]
    public void Parse_UnterminatedQuote_NamesTheLine()
    {
        var error = Error("ally,gni\nA,1\n\"B,2\n");

        Assert.Equal(3, error.Line);
        Assert.StartsWith("costs.csv:3:", error.Message, StringComparison.Ordinal);
        Assert.Contains("never closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_StrayQuote_NamesLineAndColumn()
    {
        var error = Error("ally,gni\nA,1\nB,2\"x\n");

        Assert.Equal((3, 4), (error.Line, error.Column));
    }

    [Fact]
    public void Parse_WrongFieldCount_NamesTheLine()
    {
        var error = Error("ally,gni\nA,1\nB,2,3\n");

        Assert.Equal(3, error.Line);
        Assert.Contains("3 fields but 2 were expected", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownColumn_NamesHeaderLineAndColumn()
    {
        var error = Error("# c\nally,gnii\n");

        Assert.Equal((2, 6), (error.Line, error.Column));
        Assert.Contains("unknown column 'gnii'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateAllyAndMissingName_AreErrors()
    {
        Assert.Equal("costs.csv:3:1: ally: 'a' is already on line 2", Error("ally,gni\nA,1\na,2\n").Message);
        Assert.Equal((2, 1), (Error("ally,gni\n,1\n").Line, 1));
        Assert.Contains("empty", Error(string.Empty).Message, StringComparison.Ordinal);
        Assert.Contains("no allies", Error("ally,gni\n").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CoalitionFile_BuildsTheGame()
    {
        var problem = CostSharingCsv.Parse("coalition,cost\nA,10\nB,20\nA+B,25\n", "game.csv");

        Assert.NotNull(problem.Game);
        Assert.Equal(["A", "B"], problem.Game.Players);
        Assert.Equal(25, problem.Game.GrandCoalitionCost);
        Assert.Equal(20, problem.Game.Cost(2));
    }

    [Fact]
    public void Parse_CoalitionFile_MissingOrRepeatedCoalition_IsAnError()
    {
        Assert.Contains("the coalition A+C has no cost", Error("coalition,cost\nA,1\nB,1\nC,1\nA+B,2\nB+C,2\nA+B+C,3\n").Message, StringComparison.Ordinal);
        Assert.Equal("costs.csv:4:1: coalition: the coalition {B, A} is given twice", Error("coalition,cost\nA,1\nA+B,2\nB+A,2\nB,1\n").Message);
        Assert.Equal((2, 3), (Error("coalition,cost\nA,-1\n").Line, Error("coalition,cost\nA,-1\n").Column));
    }
}
