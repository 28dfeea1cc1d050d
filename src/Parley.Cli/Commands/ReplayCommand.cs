using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parley.Cli.Rendering;
using Parley.Negotiations;
using Parley.Scenarios;
using Parley.Scenarios.BuiltIn;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley replay TRACE.jsonl [--scenario …] [--json]</c>: re-applies every action of a trace to the protocol,
/// re-derives the result and compares it with the recorded one. Exit 0 when it matches, 2 naming the line when not.
/// </summary>
internal static class ReplayCommand
{
    public static Command Create(CommandContext context)
    {
        var path = new Argument<string>("trace") { Description = "A trace written by 'parley negotiate --trace'." };
        var scenarioOption = new Option<string[]>("--scenario")
        {
            Description = "The scenario to replay against, named as for 'negotiate' (default: the one the trace names). "
                + "It must be the scenario the trace was recorded on: its fingerprint is checked.",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "SCENARIO",
        };
        var json = new Option<bool>("--json") { Description = "Print the verdict and the re-derived result as one JSON object on stdout." };
        var command = new Command("replay", "Re-check a recorded negotiation: every action against the protocol rules, and the result against the scenario.")
        {
            path, scenarioOption, json,
        };

        command.SetAction(parse =>
        {
            var tracePath = parse.GetValue(path)!;
            var trace = TraceJsonLines.ReadFile(tracePath);
            var inputs = parse.GetValue(scenarioOption) is { Length: > 0 } given ? given : Resolve(trace, tracePath);
            var scenario = new PreparedScenario(ScenarioLoader.Load(inputs));
            var report = TraceReplay.Replay(trace, scenario);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Output, writer => WriteJson(report, scenario, writer));
            }
            else if (report.IsMatch)
            {
                Render(report, scenario, context.Console);
            }

            if (!report.IsMatch)
            {
                context.Error.WriteLine($"error: {report}");
                return ExitCodes.BadInput;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The trace's own scenario inputs; a relative path that is not found is tried next to the trace.</summary>
    private static string[] Resolve(TraceFile trace, string tracePath)
    {
        if (trace.Header.ScenarioInputs.IsEmpty)
        {
            throw new BadInputException($"{trace.SourceName}: the trace does not say which scenario it was recorded on; name it with --scenario.");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(tracePath))!;
        return [.. trace.Header.ScenarioInputs.Select(input =>
            File.Exists(input) || Directory.Exists(input) || Path.IsPathRooted(input) || BuiltInScenarios.Names.Contains(input)
                ? input
                : Path.Combine(folder, input))];
    }

    private static void Render(ReplayReport report, PreparedScenario scenario, IAnsiConsole console)
    {
        var derived = report.Derived!;
        var header = report.Trace.Header;
        var parties = scenario.Scenario.Parties;
        console.MarkupLine($"[green]OK[/] {Markup.Escape(report.Trace.SourceName)}: {report.ActionsReplayed:N0} actions replayed; every action is legal and the recorded result matches.");
        var grid = new Grid().AddColumn().AddColumn();
        grid.AddRow("Scenario", Markup.Escape($"{header.ScenarioName} ({header.ScenarioFingerprint[..(ScenarioFingerprint.Prefix.Length + 12)]}…)"));
        grid.AddRow("Agents", Markup.Escape(string.Join(", ", parties.Select((p, i) => $"{p.Name}: {header.Agents[i]}"))));
        grid.AddRow("Settings", Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"deadline {header.Settings.Deadline}, seed {header.Settings.Seed}")));
        grid.AddRow("Ended by", Markup.Escape(TraceNames.Of(derived.End) + (derived.EndedBy >= 0 ? $" ({parties[derived.EndedBy].Name})" : string.Empty)));
        grid.AddRow("Turns", string.Create(CultureInfo.InvariantCulture, $"{derived.Turns:N0} ({derived.Rounds:N0} rounds), ending at t = {derived.EndTime:0.####}"));
        grid.AddRow("Agreement", derived.IsAgreement ? Markup.Escape(string.Join(", ", derived.Agreement.Select(p => $"{p.Key}={OutcomeText.Format(p.Value)}"))) : "none");
        console.Write(grid);

        var table = new Table().AddColumn("Party").AddColumn("Utility", c => c.RightAligned()).AddColumn("Discounted", c => c.RightAligned());
        for (var j = 0; j < parties.Length; j++)
        {
            table.AddRow(Markup.Escape(parties[j].Name), OutcomeText.Utility(derived.Utilities[j]), OutcomeText.Utility(derived.DiscountedUtilities[j]));
        }

        console.Write(table);
    }

    private static void WriteJson(ReplayReport report, PreparedScenario scenario, Utf8JsonWriter json)
    {
        var header = report.Trace.Header;
        json.WriteStartObject();
        json.WriteBoolean("match", report.IsMatch);
        json.WriteString("trace", report.Trace.SourceName);
        json.WriteString("scenario", header.ScenarioName);
        json.WriteString("fingerprint", header.ScenarioFingerprint);
        JsonOutput.WriteStrings(json, "parties", header.Parties);
        JsonOutput.WriteStrings(json, "agents", header.Agents);
        json.WriteNumber("actionsReplayed", report.ActionsReplayed);
        if (report.Problem is { } problem)
        {
            json.WriteStartObject("problem");
            json.WriteNumber("line", problem.LineNumber);
            json.WriteString("message", problem.Message);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("problem");
        }

        if (report.Derived is { } derived)
        {
            json.WriteString("endedBy", TraceNames.Of(derived.End));
            JsonOutput.WriteNumberOrNull(json, "endedBySeat", derived.EndedBy >= 0 ? derived.EndedBy : null);
            json.WriteNumber("turns", derived.Turns);
            json.WriteNumber("rounds", derived.Rounds);
            json.WriteNumber("endTime", derived.EndTime);
            if (derived.IsAgreement)
            {
                json.WriteStartObject("agreement");
                json.WritePropertyName("outcome");
                JsonOutput.WriteOutcome(json, scenario.Scenario.Space, derived.AgreementIndex);
                json.WriteNumber("outcomeIndex", derived.AgreementIndex);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("agreement");
            }

            JsonOutput.WriteNumbers(json, "utilities", derived.Utilities);
            JsonOutput.WriteNumbers(json, "discountedUtilities", derived.DiscountedUtilities);
        }

        json.WriteEndObject();
    }
}
