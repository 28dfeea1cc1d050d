using System.Collections.Immutable;

namespace Parley.BurdenSharing;

/// <summary>Allies sharing a common cost: the rows of a cost table, or the coalition costs of a cost game, and where they came from.</summary>
/// <param name="Allies">The allies, in file order.</param>
/// <param name="Game">The coalition costs, when the input gave them (a coalition file); otherwise rules build games from the rows.</param>
/// <param name="File">The file the input was read from, for messages.</param>
public sealed record CostSharingProblem(ImmutableArray<Ally> Allies, CostGame? Game = null, string? File = null)
{
    /// <summary>The number of allies the rows stand for (a combined row counts its members).</summary>
    public int AllyCount => Allies.Sum(a => a.Members);

    /// <summary>A value a rule needs from a row, or a clear error naming the file, line and column.</summary>
    internal double Require(Ally ally, double? value, string column, string rule)
    {
        if (value is { } present)
        {
            return present;
        }

        throw new CostSharingInputException($"{ally.Name} has no {column}, which --rule {rule} needs", File, ally.Line, field: column);
    }
}
