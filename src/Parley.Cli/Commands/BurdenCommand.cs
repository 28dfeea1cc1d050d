using System.CommandLine;

namespace Parley.Cli.Commands;

/// <summary><c>parley burden</c>: alliance burden-sharing analytics (the SMA history and cost-allocation rules).</summary>
internal static class BurdenCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("burden", "Alliance burden sharing: the U.S.–ROK SMA history and cost-allocation rules.");
        command.Subcommands.Add(BurdenHistoryCommand.Create(context));
        command.Subcommands.Add(BurdenAllocateCommand.Create(context));
        return command;
    }
}
