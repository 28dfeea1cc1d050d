using System.CommandLine;
using Parley.Storage.Talks;
using Parley.Talks;
using Parley.Talks.Examples;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley talks run &lt;talks.json|example&gt; [--agents PARTY=Spec,…] [--seed S] [--db FILE] [--until DATE|--meetings N]
/// [--play PARTY] [--json] [--plot FILE]</c>: starts new talks, stores them, and holds their meetings.
/// </summary>
internal static class TalksRunCommand
{
    public static Command Create(CommandContext context)
    {
        var file = new Argument<string>("talks")
        {
            Description = "A talks file (parley-talks/1, see docs/talks.md) or the name of a talks example shipped with Parley ("
                + string.Join(", ", TalksExamples.Names) + ").",
        };
        var agents = new Option<string?>("--agents", "-a")
        {
            Description = "Agents by party, overriding the talks file's: PARTY=Agent,PARTY=Agent, e.g. "
                + "\"Tenant=Boulware,Landlord=CalendarConceder(e=0.5; walk=0.05)\". 'parley agents' lists the standard agents; talks also know CalendarConceder.",
            HelpName = "PARTY=Agent,…",
        };
        var seed = new Option<int>("--seed") { Description = "Seed the meetings' seeds derive from.", DefaultValueFactory = _ => 0, HelpName = "S" };
        var play = new Option<string?>("--play")
        {
            Description = "Play this party yourself at the terminal: on each of your turns offer, accept, walk out or break off; stop after any meeting and resume later.",
            HelpName = "PARTY",
        };
        var db = TalksCommandSupport.Database();
        var until = TalksCommandSupport.Until();
        var meetings = TalksCommandSupport.Meetings();
        var json = TalksCommandSupport.Json();
        var plot = TalksCommandSupport.Plot();
        var delay = TalksCommandSupport.TurnDelay();
        var command = new Command("run", "Start new talks from a talks file: hold the meetings on its calendar with its scripted events, saving after each meeting.")
        {
            file, agents, seed, db, until, meetings, play, json, plot, delay,
        };

        command.SetAction(async (parse, cancellationToken) =>
        {
            var stop = TalksCommandSupport.Stop(parse.GetValue(until), parse.GetValue(meetings));
            var plotPath = parse.GetValue(plot);
            TalksCommandSupport.CheckPlot(plotPath);
            var turnDelay = TalksCommandSupport.Delay(parse.GetValue(delay));
            var talks = TalksCommandSupport.LoadTalks(parse.GetValue(file)!);
            var chosen = TalksCommandSupport.ParseAgents(parse.GetValue(agents));
            if (parse.GetValue(play) is { } played)
            {
                if (!talks.Parties.Contains(played))
                {
                    throw new BadInputException($"--play {played}: talks '{talks.Name}' have no party '{played}' (parties: {string.Join(", ", talks.Parties)}).");
                }

                if (chosen.ContainsKey(played))
                {
                    throw new BadInputException($"--play {played}: you play {played}, so --agents cannot name an agent for it too.");
                }

                chosen[played] = new Agents.Catalog.AgentSpec(TalksSettings.Person);
            }

            var settings = TalksCommandSupport.Settings(talks, parse.GetValue(seed), chosen);
            var asJson = parse.GetValue(json);
            using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var person = TalksCommandSupport.HasPerson(settings) ? new TalksPerson(Console.In, asJson ? context.Error : context.Output, cancel) : null;
            var database = TalksCommandSupport.DatabasePath(parse.GetValue(db));
            using var store = SqliteTalksStore.Open(database);
            var session = TalksSession.Start(
                talks, settings, new TalksSessionOptions { Agents = TalksCommandSupport.Factory(person, turnDelay), Store = store });
            return await TalksCommandSupport.Guard(
                () => TalksCommandSupport.DriveAsync(context, session, store.FilePath, stop, asJson, plotPath, person, cancel, resumed: false)).ConfigureAwait(false);
        });
        return command;
    }
}
