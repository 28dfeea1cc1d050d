using System.Collections.Immutable;

namespace Parley.Negotiations;

/// <summary>A whole trace as read back from JSON Lines: the header, every action line, and the result line. Immutable.</summary>
public sealed class TraceFile
{
    /// <summary>Creates the trace.</summary>
    public TraceFile(string sourceName, TraceHeader header, IEnumerable<TraceAction> actions, TraceResult result)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentNullException.ThrowIfNull(result);
        SourceName = sourceName;
        Header = header;
        Actions = [.. actions];
        Result = result;
    }

    /// <summary>Where the trace was read from (a file name, or a name the caller gave), for messages.</summary>
    public string SourceName { get; }

    /// <summary>The first line.</summary>
    public TraceHeader Header { get; }

    /// <summary>The action lines, in order.</summary>
    public ImmutableArray<TraceAction> Actions { get; }

    /// <summary>The last line.</summary>
    public TraceResult Result { get; }

    /// <summary>The actions as a <see cref="NegotiationTrace"/>.</summary>
    public NegotiationTrace ToTrace() => new(Actions.Select(a => a.Entry));
}
