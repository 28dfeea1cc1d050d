using Parley.BurdenSharing;
using Spectre.Console;

namespace Parley.Cli.Rendering;

/// <summary>The readable allocation: one row per ally with its basis, share, amount and how it came about.</summary>
internal static class BurdenAllocationReport
{
    public static void Render(CostAllocation allocation, string file, IAnsiConsole console)
    {
        console.Write(new Rule($"[bold]{Markup.Escape($"Cost allocation: {allocation.Rule} ({file})")}[/]").LeftJustified());
        console.MarkupLine(Markup.Escape(allocation.Formula));
        var table = new Table()
            .AddColumn("Ally")
            .AddColumn("Basis", c => c.RightAligned())
            .AddColumn("Share", c => c.RightAligned())
            .AddColumn("Amount", c => c.RightAligned())
            .AddColumn("How");
        foreach (var entry in allocation.Allocations)
        {
            table.AddRow(
                Markup.Escape(entry.Ally),
                BurdenText.Number(entry.Basis),
                BurdenText.Percent(entry.Share),
                BurdenText.Number(entry.Amount),
                Markup.Escape(entry.Detail));
        }

        table.AddRow("[bold]Total[/]", string.Empty, BurdenText.Percent(allocation.Allocations.Sum(a => a.Share)), BurdenText.Number(allocation.Total), string.Empty);
        console.Write(table);
        if (allocation.Total is null)
        {
            console.MarkupLine("[grey]No common cost given: shares only (give --cost C for amounts).[/]");
        }

        foreach (var note in allocation.Notes)
        {
            console.MarkupLine(Markup.Escape(note));
        }
    }
}
