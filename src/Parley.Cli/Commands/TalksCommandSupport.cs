using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Parley.Agents.Catalog;
using Parley.Cli.Rendering;
using Parley.Plotting;
using Parley.Storage.Talks;
using Parley.Talks;
using Parley.Talks.Agents;
using Parley.Talks.Examples;
using Parley.Talks.Json;

namespace Parley.Cli.Commands;

/// <summary>What <c>parley talks run</c>, <c>resume</c> and <c>show</c> share: options, the store, agents, and the meeting loop.</summary>
internal static class TalksCommandSupport
{
    public static Option<string?> Database() => new("--db")
    {
        Description = "The database file (SQLite). Default: parley/parley.db in the user's local data folder.",
        HelpName = "FILE",
    };

    public static Option<string?> Until() => new("--until")
    {
        Description = "Hold only the meetings dated on or before this day, then pause (resume later with 'parley talks resume').",
        HelpName = "YYYY-MM-DD",
    };

    public static Option<int?> Meetings() => new("--meetings")
    {
        Description = "Hold at most N meetings now, then pause (resume later with 'parley talks resume').",
        HelpName = "N",
    };

    public static Option<bool> Json() => new("--json") { Description = "Print the talks' timeline and result as one JSON object on stdout." };

    public static Option<string?> Plot() => new("--plot")
    {
        Description = "Draw the timeline (each party's utility of the offers over calendar time, events and deadlines) to a .png or .svg file.",
        HelpName = "FILE",
    };

    /// <summary>Hidden: wait this long before each agent turn (to watch talks, and for the kill-in-a-meeting test).</summary>
    public static Option<int?> TurnDelay() => new("--turn-delay")
    {
        Description = "Wait this many milliseconds before each agent's turn (for watching, and for tests that kill a run mid-meeting).",
        Hidden = true,
        HelpName = "MS",
    };

    /// <summary>The database path: the one given, else the default under the user's data folder.</summary>
    public static string DatabasePath(string? given) =>
        given ?? SqliteTalksStore.DefaultPath() ?? throw new BadInputException("This system has no local application data folder: name a database with --db FILE.");

    public static TalksStop Stop(string? until, int? meetings)
    {
        if (until is not null && meetings is not null)
        {
            throw new BadInputException("Give --until or --meetings, not both.");
        }

        if (meetings is < 1)
        {
            throw new BadInputException($"--meetings must be at least 1 (got {meetings}).");
        }

        if (until is null)
        {
            return new TalksStop(Meetings: meetings);
        }

        return DateOnly.TryParseExact(until, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new TalksStop(Until: date)
            : throw new BadInputException($"--until {until}: write the date as yyyy-mm-dd (e.g. 2020-04-15).");
    }

    public static void CheckPlot(string? plot)
    {
        if (plot is not null && !PlotFile.IsSupported(plot))
        {
            throw new BadInputException($"--plot {plot}: the plot file must end in .png or .svg.");
        }
    }

    public static TimeSpan? Delay(int? milliseconds) => milliseconds switch
    {
        null or 0 => null,
        < 0 => throw new BadInputException($"--turn-delay must be at least 0 ms (got {milliseconds})."),
        _ => TimeSpan.FromMilliseconds(milliseconds.Value),
    };

    /// <summary>A talks file, or a talks example shipped with Parley (by name).</summary>
    public static TalksScenario LoadTalks(string input)
    {
        if (File.Exists(input))
        {
            return TalksScenarioReader.Read(input);
        }

        if (TalksExamples.TryLoad(input, out var example))
        {
            return example;
        }

        throw new FileNotFoundException(
            $"No talks file or talks example named '{input}'. Examples shipped with Parley: {string.Join(", ", TalksExamples.Names)}.", input);
    }

    /// <summary>Parses <c>PARTY=Spec,PARTY=Spec</c> (commas inside a spec's parentheses do not split).</summary>
    public static Dictionary<string, AgentSpec> ParseAgents(string? text)
    {
        var agents = new Dictionary<string, AgentSpec>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(text))
        {
            return agents;
        }

        var depth = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || (text[i] == ',' && depth == 0))
            {
                var part = text[start..i].Trim();
                var equals = part.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0 || equals == part.Length - 1)
                {
                    throw new BadInputException($"--agents: '{part}' is not PARTY=Agent (e.g. Tenant=Boulware or \"Landlord=CalendarConceder(e=0.5)\").");
                }

                var party = part[..equals].Trim();
                if (!agents.TryAdd(party, ParseSpec(part[(equals + 1)..])))
                {
                    throw new BadInputException($"--agents: party '{party}' is given twice.");
                }

                start = i + 1;
            }
            else if (text[i] == '(')
            {
                depth++;
            }
            else if (text[i] == ')')
            {
                depth--;
            }
        }

        return agents;
    }

    /// <summary>Builds agents: catalogued ones (each turn delayed when asked), and the person for a party played at the terminal.</summary>
    public static TalksAgentFactory Factory(TalksPerson? person, TimeSpan? delay) => (party, spec) =>
    {
        if (TalksSettings.IsPersonSpec(spec))
        {
            return person ?? throw new BadInputException($"'{party}' is played by a person, but no terminal is attached.");
        }

        var agent = TalksAgentCatalog.Default.Create(spec);
        return delay is { } wait ? new TalksTurnDelay(agent, wait, TimeProvider.System) : agent;
    };

    /// <summary>Whether any party is played by a person.</summary>
    public static bool HasPerson(TalksSettings settings) => settings.Agents.Any(TalksSettings.IsPersonSpec);

    /// <summary>
    /// Holds meetings until the talks end or pause, printing the timeline as it happens (or the JSON at the end), then the
    /// plot. A person may stop before any meeting or during one (that meeting is then not saved).
    /// </summary>
    public static async Task<int> DriveAsync(
        CommandContext context, TalksSession session, string database, TalksStop stop, bool json, string? plot, TalksPerson? person, CancellationTokenSource cancel, bool resumed)
    {
        var console = context.Console;
        var shownEvents = 0;
        if (!json)
        {
            TalksReport.Header(console, session, database, resumed);
            if (resumed)
            {
                for (var i = 0; i < session.State.Meetings.Length; i++)
                {
                    var record = session.State.Meetings[i].Record;
                    console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[grey]Meeting {record.Number} ({record.Date:yyyy-MM-dd}):[/] {TalksReport.Ending(session.State, i)}"));
                }

                shownEvents = session.State.EventsApplied;
                console.WriteLine();
            }
        }

        var held = 0;
        var stoppedBy = (string?)null;
        while (session.State.NextMeeting is { } next && !stop.ShouldStopBefore(next, held))
        {
            if (person is not null && held > 0 && !person.ContinueTo(next))
            {
                stoppedBy = "stopped before the next meeting";
                break;
            }

            session.AdvanceToNextMeeting();
            if (!json)
            {
                TalksReport.Events(console, session.State.AppliedEvents[shownEvents..]);
                shownEvents = session.State.EventsApplied;
                TalksReport.MeetingHeader(console, next);
            }

            try
            {
                await session.RunMeetingAsync(cancel.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested)
            {
                stoppedBy = string.Create(CultureInfo.InvariantCulture, $"stopped during meeting {next.Number}, which is not saved");
                break;
            }

            held++;
            if (!json)
            {
                TalksReport.Meeting(console, session.State, session.State.Meetings.Length - 1);
            }
        }

        if (json)
        {
            TalksJson.Write(context.Output, session.Id, database, session.Settings, session.State, session.ReplayedMeetings, session.Talks.FilePath);
        }
        else
        {
            TalksReport.Events(console, session.State.AppliedEvents[shownEvents..]);
            if (stoppedBy is not null)
            {
                console.MarkupLine($"[yellow]{stoppedBy}.[/]");
            }

            TalksReport.Result(console, session.Id, session.State, database);
        }

        if (plot is not null)
        {
            TalksPlot.Save(session.State, plot);
            if (!json)
            {
                console.MarkupLine($"Plot written to [bold]{Markup.Escape(plot)}[/]");
            }
        }

        return ExitCodes.Ok;
    }

    /// <summary>Runs a talks call, turning the talks' own input errors into bad input (exit 2).</summary>
    public static async Task<T> Guard<T>(Func<Task<T>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (TalksResumeException exception)
        {
            throw new BadInputException(exception.Message, exception);
        }
    }

    /// <summary>The settings for the talks: the file's agents, overridden by party; an unknown or agentless party is bad input.</summary>
    public static TalksSettings Settings(TalksScenario talks, int seed, IReadOnlyDictionary<string, AgentSpec> agents)
    {
        try
        {
            return TalksSettings.For(talks, seed, agents);
        }
        catch (ArgumentException exception)
        {
            throw new BadInputException(exception.Message.Replace(" (Parameter 'agents')", "", StringComparison.Ordinal), exception);
        }
    }

    private static AgentSpec ParseSpec(string text)
    {
        try
        {
            return AgentSpec.Parse(text);
        }
        catch (AgentSpecException exception)
        {
            throw new BadInputException($"--agents: {exception.Message}", exception);
        }
    }
}
