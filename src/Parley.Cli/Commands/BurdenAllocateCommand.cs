using System.CommandLine;
using Parley.BurdenSharing;
using Parley.Cli.Rendering;
using Parley.Plotting;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley burden allocate &lt;costs.csv&gt; --rule gni|nato-cap|equal|shapley|cost-plus-50 [--cost C] [--json] [--plot FILE]</c>:
/// divides a common cost among allies by one of the allocation rules.
/// </summary>
internal static class BurdenAllocateCommand
{
    private static readonly string[] Rules = ["gni", "nato-cap", "equal", "shapley", "cost-plus-50"];

    public static Command Create(CommandContext context)
    {
        var file = new Argument<string>("costs") { Description = "A CSV file: an ally table (ally,gni,…) or a cost game (coalition,cost); see docs/burden-sharing.md." };
        var rule = new Option<string>("--rule")
        {
            Description = "gni: shares proportional to GNI; nato-cap: GNI shares with the largest payer capped at the next largest (NATO 2021–2024); "
                + "equal: equal shares; shapley: the Shapley value of the cost game; cost-plus-50: each host pays its stationing cost × 1.5.",
            Required = true,
        };
        rule.AcceptOnlyFromAmong(Rules);
        var cost = new Option<double?>("--cost") { Description = "The common cost C to divide (gni, nato-cap, equal); without it only shares are given.", HelpName = "C" };
        var optOut = new Option<string[]>("--opt-out")
        {
            Description = "nato-cap: an ally that keeps its GNI share (as France did in 2019); repeat for several.",
            HelpName = "ALLY",
            AllowMultipleArgumentsPerToken = false,
        };
        var function = new Option<string>("--cost-function")
        {
            Description = "shapley, for an ally table: max (c(S) = largest stand-alone cost in S) or scale (sum of stand-alone costs × |S|^(e−1)).",
            DefaultValueFactory = _ => "max",
        };
        function.AcceptOnlyFromAmong("max", "scale");
        var exponent = new Option<double>("--scale-exponent")
        {
            Description = "shapley --cost-function scale: the exponent e in (0, 1]; 1 is no economies of scale.",
            DefaultValueFactory = _ => ShapleyValueRule.DefaultScaleExponent,
            HelpName = "E",
        };
        var net = new Option<bool>("--net") { Description = "cost-plus-50: subtract what each host already pays (column host_pays)." };
        var json = new Option<bool>("--json") { Description = "Print the allocation as one JSON object on stdout." };
        var plot = new Option<string?>("--plot") { Description = "Draw the shares as a bar chart to a .png or .svg file.", HelpName = "FILE" };
        var command = new Command("allocate", "Divide a common cost among allies by a cost-allocation rule.")
        {
            file, rule, cost, optOut, function, exponent, net, json, plot,
        };

        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var name = parse.GetValue(rule)!;
            var plotPath = parse.GetValue(plot);
            if (plotPath is not null && !PlotFile.IsSupported(plotPath))
            {
                throw new BadInputException($"--plot {plotPath}: the plot file must end in .png or .svg.");
            }

            var optOuts = parse.GetValue(optOut) ?? [];
            Check(optOuts.Length == 0 || name == "nato-cap", $"--opt-out is only for --rule nato-cap (got --rule {name}).");
            Check(!parse.GetValue(net) || name == "cost-plus-50", $"--net is only for --rule cost-plus-50 (got --rule {name}).");
            var commonCost = parse.GetValue(cost);
            Check(commonCost is null || name is "gni" or "nato-cap" or "equal",
                $"--cost is not used by --rule {name}: " + (name == "shapley" ? "the Shapley value divides the game's grand-coalition cost c(N)." : "each host's bill follows from its stationing cost."));
            Check(commonCost is null || (double.IsFinite(commonCost.Value) && commonCost.Value >= 0), $"--cost must be a finite number ≥ 0 (got {commonCost}).");
            var scale = parse.GetValue(exponent);
            Check(scale > 0 && scale <= 1, $"--scale-exponent must be in (0, 1] (got {scale}).");

            ICostAllocationRule allocationRule = name switch
            {
                "gni" => new GniProportionalRule(),
                "nato-cap" => new LargestPayerCapRule(optOuts),
                "equal" => new EqualSharesRule(),
                "shapley" => new ShapleyValueRule(parse.GetValue(function) == "scale" ? StandardCostFunction.EconomiesOfScale : StandardCostFunction.MaxStandAlone, scale),
                _ => new CostPlusFiftyRule(netOfHostPayments: parse.GetValue(net)),
            };

            CostAllocation allocation;
            try
            {
                allocation = allocationRule.Allocate(CostSharingCsv.ReadFile(path), commonCost);
            }
            catch (CostSharingInputException error)
            {
                throw new BadInputException(error.Message, error);
            }

            if (plotPath is not null)
            {
                BurdenAllocationPlot.Save(allocation, plotPath);
            }

            if (parse.GetValue(json))
            {
                BurdenAllocationJson.Write(allocation, path, context.Output);
            }
            else
            {
                BurdenAllocationReport.Render(allocation, path, context.Console);
                if (plotPath is not null)
                {
                    context.Console.MarkupLine($"Plot written to [bold]{Markup.Escape(plotPath)}[/]");
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new BadInputException(message);
        }
    }
}
