using System.CommandLine;
using System.Globalization;
using Parley.Storage.Talks;
using Parley.Talks;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley talks resume [ID] [--db FILE] [--until DATE|--meetings N] [--json] [--plot FILE]</c>: picks up stored talks
/// (the most recent open ones without an id), replaying and checking the stored meetings, and goes on.
/// </summary>
internal static class TalksResumeCommand
{
    public static Command Create(CommandContext context)
    {
        var id = new Argument<long?>("id")
        {
            Description = "The talks' id ('parley talks show' lists them); default: the most recently saved open talks in the database.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var db = TalksCommandSupport.Database();
        var until = TalksCommandSupport.Until();
        var meetings = TalksCommandSupport.Meetings();
        var json = TalksCommandSupport.Json();
        var plot = TalksCommandSupport.Plot();
        var delay = TalksCommandSupport.TurnDelay();
        var command = new Command("resume", "Resume stored talks: replay and check the meetings held so far, then hold the next ones.")
        {
            id, db, until, meetings, json, plot, delay,
        };

        command.SetAction(async (parse, cancellationToken) =>
        {
            var stop = TalksCommandSupport.Stop(parse.GetValue(until), parse.GetValue(meetings));
            var plotPath = parse.GetValue(plot);
            TalksCommandSupport.CheckPlot(plotPath);
            var turnDelay = TalksCommandSupport.Delay(parse.GetValue(delay));
            var asJson = parse.GetValue(json);
            var database = TalksCommandSupport.DatabasePath(parse.GetValue(db));
            if (!File.Exists(database))
            {
                throw new BadInputException($"There is no database at {database}: start talks with 'parley talks run' first, or name the file with --db.");
            }

            using var store = SqliteTalksStore.Open(database);
            var talksId = parse.GetValue(id) ?? MostRecentOpen(store);
            var record = store.Find(talksId)
                ?? throw new BadInputException(string.Create(CultureInfo.InvariantCulture, $"There are no talks {talksId} in {store.FilePath} ('parley talks show --db {store.FilePath}' lists them)."));
            if (record.Status != TalksStatus.Open)
            {
                throw new BadInputException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Talks {talksId} ('{record.Name}') have ended ({Rendering.TalksJson.Status(record.Status)} after {record.MeetingsHeld} meetings); 'parley talks show {talksId}' prints their timeline."));
            }

            using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var person = TalksCommandSupport.HasPerson(record.Settings) ? new TalksPerson(Console.In, asJson ? context.Error : context.Output, cancel) : null;
            var session = await TalksCommandSupport.Guard(() => TalksSession.ResumeAsync(
                store, talksId, new TalksSessionOptions { Agents = TalksCommandSupport.Factory(person, turnDelay), Store = store }, cancel.Token)).ConfigureAwait(false);
            return await TalksCommandSupport.Guard(
                () => TalksCommandSupport.DriveAsync(context, session, store.FilePath, stop, asJson, plotPath, person, cancel, resumed: true)).ConfigureAwait(false);
        });
        return command;
    }

    private static long MostRecentOpen(SqliteTalksStore store) =>
        store.List().Where(t => t.Status == TalksStatus.Open).OrderByDescending(t => t.UpdatedAt).ThenByDescending(t => t.Id).Select(t => (long?)t.Id).FirstOrDefault()
        ?? throw new BadInputException($"There are no open talks in {store.FilePath} to resume.");
}
