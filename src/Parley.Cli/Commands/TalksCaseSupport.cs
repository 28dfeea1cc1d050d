using System.CommandLine;
using Parley.Cases;
using Parley.Talks;

namespace Parley.Cli.Commands;

/// <summary>What <c>parley talks backtest</c> and <c>sensitivity</c> share: the talks argument (only the flagship case has a record to compare with) and the output options.</summary>
internal static class TalksCaseSupport
{
    /// <summary>How a case table is printed.</summary>
    public enum TableFormat
    {
        Console,
        Json,
        Markdown,
    }

    /// <summary>
    /// A command <c>NAME talks [--seed S] [--json | --markdown]</c> that loads the SMA talks and hands them, the seed and
    /// the chosen format to <paramref name="print"/>.
    /// </summary>
    public static Command TableCommand(string name, string description, Action<TalksScenario, int, TableFormat> print)
    {
        var talks = Talks();
        var seed = Seed();
        var json = TalksCommandSupport.Json();
        var markdown = Markdown();
        var command = new Command(name, description) { talks, seed, json, markdown };
        command.SetAction(parse =>
        {
            var asJson = parse.GetValue(json);
            var asMarkdown = parse.GetValue(markdown);
            if (asJson && asMarkdown)
            {
                throw new BadInputException("Give --json or --markdown, not both.");
            }

            var format = asJson ? TableFormat.Json : asMarkdown ? TableFormat.Markdown : TableFormat.Console;
            print(Load(parse.GetValue(talks)!), parse.GetValue(seed), format);
            return ExitCodes.Ok;
        });
        return command;
    }

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
}
