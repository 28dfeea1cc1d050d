using System.CommandLine;

namespace Parley.Cli.Commands;

/// <summary><c>parley talks</c>: multi-meeting talks with scripted events, saved after every meeting and resumable.</summary>
internal static class TalksCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("talks", "Multi-meeting talks: a calendar of meetings with scripted events between them, saved after every meeting and resumable.");
        command.Subcommands.Add(TalksRunCommand.Create(context));
        command.Subcommands.Add(TalksResumeCommand.Create(context));
        command.Subcommands.Add(TalksShowCommand.Create(context));
        command.Subcommands.Add(TalksBacktestCommand.Create(context));
        command.Subcommands.Add(TalksSensitivityCommand.Create(context));
        return command;
    }
}
