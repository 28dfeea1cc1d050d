using System.Collections.Immutable;
using System.Globalization;

namespace Parley.Agents.Catalog;

/// <summary>
/// An agent by name with parameters, as users write it on the command line and in tournament files:
/// <c>Boulware</c>, <c>TimeDependent(e=0.5)</c>, <c>TimeDependent(e=0.5; min=0.3)</c>. Names are case-insensitive.
/// </summary>
public sealed record AgentSpec
{
    /// <summary>Creates a spec.</summary>
    public AgentSpec(string name, IEnumerable<KeyValuePair<string, string>>? parameters = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        Parameters = (parameters ?? []).ToImmutableSortedDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The agent's name.</summary>
    public string Name { get; }

    /// <summary>The parameters given, by name.</summary>
    public ImmutableSortedDictionary<string, string> Parameters { get; }

    /// <summary>Parses <c>Name</c> or <c>Name(key=value; key=value)</c>; a clear error for anything else.</summary>
    public static AgentSpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var open = trimmed.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
        {
            return trimmed.Length > 0 && trimmed.All(IsNameChar)
                ? new AgentSpec(trimmed)
                : throw new AgentSpecException($"'{text}' is not an agent spec: write Name or Name(key=value; key=value).");
        }

        if (!trimmed.EndsWith(')'))
        {
            throw new AgentSpecException($"'{text}': the parameter list must end with ')'.");
        }

        var name = trimmed[..open].Trim();
        if (name.Length == 0 || !name.All(IsNameChar))
        {
            throw new AgentSpecException($"'{text}' does not start with an agent name.");
        }

        var parameters = new List<KeyValuePair<string, string>>();
        foreach (var part in trimmed[(open + 1)..^1].Split([';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == part.Length - 1)
            {
                throw new AgentSpecException($"'{text}': parameter '{part}' is not of the form key=value.");
            }

            var key = part[..equals].Trim();
            if (parameters.Any(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)))
            {
                throw new AgentSpecException($"'{text}': parameter '{key}' is given twice.");
            }

            parameters.Add(new(key, part[(equals + 1)..].Trim()));
        }

        return new AgentSpec(name, parameters);
    }

    /// <summary>Splits a comma-separated list of specs (commas inside parentheses do not split).</summary>
    public static ImmutableArray<AgentSpec> ParseList(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var specs = new List<AgentSpec>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || (text[i] == ',' && depth == 0))
            {
                var part = text[start..i];
                if (part.Trim().Length == 0)
                {
                    throw new AgentSpecException($"'{text}' has an empty agent name.");
                }

                specs.Add(Parse(part));
                start = i + 1;
            }
            else if (text[i] == '(')
            {
                depth++;
            }
            else if (text[i] == ')')
            {
                depth--;
            }
        }

        return [.. specs];
    }

    /// <summary>The spec written back canonically: parameters sorted, separated by "; ".</summary>
    public override string ToString() =>
        Parameters.IsEmpty ? Name : string.Create(CultureInfo.InvariantCulture, $"{Name}({string.Join("; ", Parameters.Select(p => $"{p.Key}={p.Value}"))})");

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '-' or '.';
}
