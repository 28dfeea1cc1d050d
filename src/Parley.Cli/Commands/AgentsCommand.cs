using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parley.Agents.Catalog;
using Parley.Cli.Rendering;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley agents [--json]</c>: every catalogued agent with its parameters, summary and source.</summary>
internal static class AgentsCommand
{
    public static Command Create(CommandContext context)
    {
        var json = new Option<bool>("--json") { Description = "Print the catalog as one JSON object on stdout." };
        var command = new Command("agents", "List the agents 'parley negotiate --agents' accepts, with their parameters (name=default).") { json };
        command.SetAction(parse =>
        {
            var catalog = AgentCatalog.Default;
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Output, writer => WriteJson(catalog, writer));
            }
            else
            {
                Render(catalog, context.Console);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Render(AgentCatalog catalog, IAnsiConsole console)
    {
        var table = new Table().Title("Agents").AddColumn("Agent").AddColumn("Parameters").AddColumn("Summary").AddColumn("Source");
        foreach (var agent in catalog.Agents)
        {
            var parameters = agent.Parameters.IsEmpty
                ? "[grey]none[/]"
                : string.Join("\n", agent.Parameters.Select(p => Markup.Escape($"{p.Name}={Number(p.Default)}") + $" [grey]{Markup.Escape(Range(p))}[/]"));
            table.AddRow(Markup.Escape(agent.Name), parameters, Markup.Escape(agent.Summary), Markup.Escape(agent.Source));
        }

        console.Write(table);
        foreach (var agent in catalog.Agents)
        {
            foreach (var parameter in agent.Parameters)
            {
                console.MarkupLine(Markup.Escape($"{agent.Name}({parameter.Name}=…): {parameter.Description}"));
            }
        }

        console.MarkupLine("[grey]Use them as --agents Name or --agents \"Name(key=value; key=value)\", one per party in party order.[/]");
    }

    private static void WriteJson(AgentCatalog catalog, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteStartArray("agents");
        foreach (var agent in catalog.Agents)
        {
            json.WriteStartObject();
            json.WriteString("name", agent.Name);
            json.WriteString("summary", agent.Summary);
            json.WriteString("source", agent.Source);
            json.WriteStartArray("parameters");
            foreach (var parameter in agent.Parameters)
            {
                json.WriteStartObject();
                json.WriteString("name", parameter.Name);
                json.WriteNumber("default", parameter.Default);
                json.WriteString("description", parameter.Description);
                JsonOutput.WriteNumberOrNull(json, "minimum", parameter.Minimum);
                JsonOutput.WriteNumberOrNull(json, "maximum", parameter.Maximum);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Range(AgentParameter parameter) =>
        double.IsFinite(parameter.Minimum) || double.IsFinite(parameter.Maximum)
            ? $"({(double.IsFinite(parameter.Minimum) ? Number(parameter.Minimum) : "−∞")}..{(double.IsFinite(parameter.Maximum) ? Number(parameter.Maximum) : "∞")})"
            : string.Empty;

    private static string Number(double x) => x.ToString("0.####", CultureInfo.InvariantCulture);
}
