using System.CommandLine;
using System.Globalization;
using Parley.Cli.Rendering;
using Parley.Plotting;
using Parley.Storage.Talks;
using Parley.Talks;
using Parley.Talks.Json;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley talks show [ID] [--db FILE] [--json] [--plot FILE]</c>: the stored timeline of talks, from the database alone
/// (no agent runs); without an id, the list of talks in the database.
/// </summary>
internal static class TalksShowCommand
{
    public static Command Create(CommandContext context)
    {
        var id = new Argument<long?>("id") { Description = "The talks' id; without it, list the talks in the database.", Arity = ArgumentArity.ZeroOrOne };
        var db = TalksCommandSupport.Database();
        var json = TalksCommandSupport.Json();
        var plot = TalksCommandSupport.Plot();
        var command = new Command("show", "Show stored talks: their timeline and result (or, without an id, the list of talks in the database).")
        {
            id, db, json, plot,
        };

        command.SetAction(parse =>
        {
            var plotPath = parse.GetValue(plot);
            TalksCommandSupport.CheckPlot(plotPath);
            var database = TalksCommandSupport.DatabasePath(parse.GetValue(db));
            if (!File.Exists(database))
            {
                throw new BadInputException($"There is no database at {database}: start talks with 'parley talks run' first, or name the file with --db.");
            }

            using var store = SqliteTalksStore.Open(database);
            if (parse.GetValue(id) is not { } talksId)
            {
                if (plotPath is not null)
                {
                    throw new BadInputException("--plot needs the id of the talks to draw.");
                }

                var all = store.List();
                if (parse.GetValue(json))
                {
                    TalksJson.WriteList(context.Output, store.FilePath, all);
                }
                else
                {
                    TalksReport.List(context.Console, all, store.FilePath);
                }

                return ExitCodes.Ok;
            }

            var record = store.Find(talksId)
                ?? throw new BadInputException(string.Create(CultureInfo.InvariantCulture, $"There are no talks {talksId} in {store.FilePath} ('parley talks show --db {store.FilePath}' lists them)."));
            var name = record.FilePath ?? $"{record.Name}.talks.json";
            var folder = record.FilePath is { } path && Path.IsPathRooted(path) ? Path.GetDirectoryName(path) : null;
            var talks = TalksScenarioReader.Parse(record.FileText, name, folder);
            var state = TalksState.Rebuild(talks, record.Settings.Agents, store.LoadMeetings(talksId));
            if (parse.GetValue(json))
            {
                TalksJson.Write(context.Output, talksId, store.FilePath, record.Settings, state, 0, record.FilePath);
            }
            else
            {
                Render(context, record, state, store.FilePath);
            }

            if (plotPath is not null)
            {
                TalksPlot.Save(state, plotPath);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Render(CommandContext context, TalksRecord talks, TalksState state, string database)
    {
        var console = context.Console;
        console.Write(new Rule($"[bold]Talks {talks.Id}[/]: {Markup.Escape(talks.Name)} ({TalksJson.Status(state.Status)})").LeftJustified());
        var shownEvents = 0;
        for (var i = 0; i < state.Meetings.Length; i++)
        {
            var record = state.Meetings[i].Record;
            var upTo = state.Talks.Events.Count(e => e.Date <= record.Date);
            TalksReport.Events(console, state.AppliedEvents[shownEvents..upTo]);
            shownEvents = upTo;
            TalksReport.MeetingHeader(console, state.Talks.Meetings[i]);
            TalksReport.Meeting(console, state, i);
        }

        TalksReport.Events(console, state.AppliedEvents[shownEvents..]);
        TalksReport.Result(console, talks.Id, state, database);
    }
}
