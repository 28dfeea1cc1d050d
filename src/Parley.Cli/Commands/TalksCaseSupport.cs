using System.CommandLine;
using Parley.Cases;
using Parley.Talks;

namespace Parley.Cli.Commands;

/// <summary>What <c>parley talks backtest</c> and <c>sensitivity</c> share: the talks argument (only the flagship case has a record to compare with) and the output options.</summary>
internal static class TalksCaseSupport
{
    public static Argument<string> Talks() => new("talks")
    {
        Description = "The talks: sma-2019 (the only talks Parley has a record of what really happened for), or a file that is a version of it.",
    };

    public static Option<bool> Markdown() => new("--markdown") { Description = "Print the table as Markdown (as docs/cases/sma-2019.md shows it)." };

    public static Option<int> Seed() => new("--seed") { Description = "Seed the meetings' seeds derive from.", DefaultValueFactory = _ => 0, HelpName = "S" };

    /// <summary>The talks to compare with what happened: the SMA case (by name or a file of it); anything else is bad input.</summary>
    public static TalksScenario Load(string input)
    {
        var talks = TalksCommandSupport.LoadTalks(input);
        if (!SmaCase.Is(talks))
        {
            throw new BadInputException(
                $"Talks '{talks.Name}' have no record of what really happened to compare with; Parley has one for '{SmaCase.TalksName}' (the 2019–2021 U.S.–ROK SMA talks).");
        }

        return talks;
    }

    public static void CheckFormats(bool json, bool markdown)
    {
        if (json && markdown)
        {
            throw new BadInputException("Give --json or --markdown, not both.");
        }
    }
}
