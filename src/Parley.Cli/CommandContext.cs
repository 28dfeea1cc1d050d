using Spectre.Console;

namespace Parley.Cli;

/// <summary>Where a command writes: plain writers for machine output, a Spectre console for tables.</summary>
internal sealed class CommandContext
{
    public CommandContext(TextWriter output, TextWriter error)
    {
        Output = output;
        Error = error;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
        });
    }

    /// <summary>Standard output (JSON goes here, and nothing else when --json is given).</summary>
    public TextWriter Output { get; }

    /// <summary>Standard error (messages for people).</summary>
    public TextWriter Error { get; }

    /// <summary>A console for tables on standard output; plain text when output is redirected.</summary>
    public IAnsiConsole Console { get; }
}
