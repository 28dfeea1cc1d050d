using System.Collections.Immutable;
using Parley.Outcomes;

namespace Parley.Negotiations;

/// <summary>One action line of a trace as read back: the action, and what the file says about it. Immutable.</summary>
public sealed class TraceAction
{
    /// <summary>Creates the record of one action line.</summary>
    /// <param name="lineNumber">The 1-based line of the trace file.</param>
    /// <param name="entry">The action.</param>
    /// <param name="party">The acting party's name as recorded.</param>
    /// <param name="outcome">The offered outcome's values by issue name, in file order (empty unless an offer).</param>
    /// <param name="utilities">Each party's recorded utility of the offer on the table after the action (empty when none).</param>
    public TraceAction(int lineNumber, TraceEntry entry, string party, IEnumerable<KeyValuePair<string, IssueValue>> outcome, IEnumerable<double> utilities)
    {
        ArgumentNullException.ThrowIfNull(party);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(utilities);
        LineNumber = lineNumber;
        Entry = entry;
        Party = party;
        Outcome = [.. outcome];
        Utilities = [.. utilities];
    }

    /// <summary>The 1-based line of the trace file.</summary>
    public int LineNumber { get; }

    /// <summary>The action: turn, round, time, seat, kind and outcome index.</summary>
    public TraceEntry Entry { get; }

    /// <summary>The acting party's name as recorded.</summary>
    public string Party { get; }

    /// <summary>The offered outcome's values by issue name (empty unless an offer). JSON numbers read back as integers when integral.</summary>
    public ImmutableArray<KeyValuePair<string, IssueValue>> Outcome { get; }

    /// <summary>Each party's recorded utility of the offer on the table after the action, in seat order; empty when there is none.</summary>
    public ImmutableArray<double> Utilities { get; }
}
