using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;

namespace Parley.BurdenSharing;

/// <summary>
/// Reads cost-sharing input from CSV (RFC 4180, read with CsvHelper): a header row, comma-separated fields, fields with
/// commas or quotes in double quotes ("" for a quote), lines starting with # are comments, empty lines are skipped.
/// Two kinds of file, told apart by the header:
/// an ally table (column <c>ally</c>, plus any of <c>gni</c>, <c>members</c>, <c>stand_alone_cost</c>,
/// <c>stationing_cost</c>, <c>host_pays</c>, <c>source</c>, <c>status</c>, <c>note</c>), or a cost game (columns
/// <c>coalition</c> and <c>cost</c>, plus <c>source</c>, <c>note</c>; a coalition is ally names joined by <c>+</c>, and
/// every non-empty coalition must be given). Numbers use a dot for decimals and may have an exponent (2.1e13); no
/// thousands separators. Every error names the file, line and column.
/// </summary>
public static partial class CostSharingCsv
{
    /// <summary>The columns of an ally table.</summary>
    public static readonly ImmutableArray<string> AllyColumns =
        ["ally", "gni", "members", "stand_alone_cost", "stationing_cost", "host_pays", "source", "status", "note"];

    /// <summary>The columns of a cost-game file.</summary>
    public static readonly ImmutableArray<string> CoalitionColumns = ["coalition", "cost", "source", "note"];

    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = true,
        CommentPrefix = '#',
        TrackLineNumbers = true,
        TrimWhitespace = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Throw,
    };

    /// <summary>Reads a file; messages name it as given.</summary>
    /// <exception cref="CostSharingInputException">The file is not valid input.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static CostSharingProblem ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Parse(File.ReadAllBytes(path), path);
    }

    /// <summary>Reads CSV text; messages name it <paramref name="fileName"/>.</summary>
    /// <exception cref="CostSharingInputException">The text is not valid input.</exception>
    public static CostSharingProblem Parse(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(Encoding.UTF8.GetBytes(text), fileName);
    }

    private static CostSharingProblem Parse(byte[] bytes, string fileName)
    {
        var lines = new Lazy<string[]>(() => Encoding.UTF8.GetString(bytes).Split('\n'));
        try
        {
            using var reader = CsvReader.Create(bytes, Options);
            reader.ReadHeader();
            var header = ReadHeader(reader, fileName, lines);
            return header.ContainsKey("coalition")
                ? ReadGame(reader, header, fileName)
                : ReadAllies(reader, header, fileName);
        }
        catch (CsvFormatException error)
        {
            throw new CostSharingInputException(
                Describe(error.Message), fileName, error.LineNumber > 0 ? (int)error.LineNumber : null, ByteColumn(bytes, error.ByteOffset), innerException: error);
        }
    }

    private static Dictionary<string, int> ReadHeader(CsvReader reader, string file, Lazy<string[]> lines)
    {
        if (reader.Headers.Count == 0)
        {
            throw new CostSharingInputException(
                $"the file is empty; it needs a header row with the column ally (or coalition,cost) — {Expected()}", file, 1);
        }

        var headerLine = (int)reader.LineNumber;
        var names = reader.Headers.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var known = names.Contains("coalition") ? CoalitionColumns : AllyColumns;
        var header = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            var column = FieldStart(LineText(lines.Value, headerLine), i).Column;
            if (!known.Contains(names[i]))
            {
                throw new CostSharingInputException($"unknown column '{reader.Headers[i]}' — {Expected()}", file, headerLine, column);
            }

            if (!header.TryAdd(names[i], i))
            {
                throw new CostSharingInputException($"the column '{names[i]}' appears twice", file, headerLine, column);
            }
        }

        if (!header.ContainsKey("ally") && !header.ContainsKey("coalition"))
        {
            throw new CostSharingInputException($"the header has no column ally (or coalition) — {Expected()}", file, headerLine, 1);
        }

        if (header.ContainsKey("coalition") && !header.ContainsKey("cost"))
        {
            throw new CostSharingInputException("a coalition file needs a cost column", file, headerLine, 1);
        }

        return header;
    }

    private static CostSharingProblem ReadAllies(CsvReader reader, Dictionary<string, int> header, string file)
    {
        var allies = ImmutableArray.CreateBuilder<Ally>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        while (reader.Read())
        {
            var row = new Row(reader, header, file);
            var name = row.Text("ally");
            if (string.IsNullOrEmpty(name))
            {
                throw row.Error("ally", "the ally has no name");
            }

            if (!seen.TryAdd(name, row.Line))
            {
                throw row.Error("ally", $"'{name}' is already on line {seen[name]}");
            }

            var members = row.Number("members") is { } m
                ? (m >= 1 && m == Math.Floor(m) && m <= int.MaxValue ? (int)m : throw row.Error("members", $"must be a whole number ≥ 1 (got {row.Text("members")})"))
                : 1;
            allies.Add(new Ally(
                name,
                row.Number("gni"),
                members,
                row.Number("stand_alone_cost"),
                row.Number("stationing_cost"),
                row.Number("host_pays"),
                NullIfEmpty(row.Text("source")),
                NullIfEmpty(row.Text("status")),
                row.Line));
        }

        if (allies.Count == 0)
        {
            throw new CostSharingInputException("the file has a header but no allies", file);
        }

        return new CostSharingProblem(allies.ToImmutable(), File: file);
    }

    private static CostSharingProblem ReadGame(CsvReader reader, Dictionary<string, int> header, string file)
    {
        var players = new List<string>();
        var lineOfPlayer = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = new List<(string[] Members, double Cost, Row Row)>();
        while (reader.Read())
        {
            var row = new Row(reader, header, file);
            var members = row.Text("coalition").Split('+', StringSplitOptions.TrimEntries);
            if (members.Any(string.IsNullOrEmpty))
            {
                throw row.Error("coalition", $"'{row.Text("coalition")}' has an empty name; write allies joined by +, such as France+Germany");
            }

            if (members.Distinct(StringComparer.Ordinal).Count() != members.Length)
            {
                throw row.Error("coalition", $"'{row.Text("coalition")}' names an ally twice");
            }

            var cost = row.Number("cost") ?? throw row.Error("cost", "the coalition has no cost");
            if (cost < 0)
            {
                throw row.Error("cost", $"must be ≥ 0 (got {row.Text("cost")})");
            }

            foreach (var member in members)
            {
                if (!lineOfPlayer.ContainsKey(member))
                {
                    lineOfPlayer[member] = row.Line;
                    players.Add(member);
                }
            }

            rows.Add((members, cost, row));
        }

        if (players.Count > CostGame.MaxPlayers)
        {
            throw new CostSharingInputException(
                $"the exact Shapley value enumerates all 2^n coalitions, so Parley allows at most {CostGame.MaxPlayers} allies (the file names {players.Count})", file);
        }

        var costs = new Dictionary<int, double>();
        foreach (var (members, cost, row) in rows)
        {
            var mask = members.Aggregate(0, (m, name) => m | (1 << players.IndexOf(name)));
            if (!costs.TryAdd(mask, cost))
            {
                throw row.Error("coalition", $"the coalition {{{string.Join(", ", members)}}} is given twice");
            }
        }

        if (players.Count == 0)
        {
            throw new CostSharingInputException("the file has a header but no coalitions", file);
        }

        var missing = Enumerable.Range(1, (1 << players.Count) - 1).FirstOrDefault(mask => !costs.ContainsKey(mask));
        if (missing != 0)
        {
            var names = Enumerable.Range(0, players.Count).Where(i => (missing & (1 << i)) != 0).Select(i => players[i]);
            throw new CostSharingInputException(
                $"the coalition {string.Join("+", names)} has no cost; a coalition file must give all {(1 << players.Count) - 1} non-empty coalitions of its {players.Count} allies",
                file);
        }

        var game = CostGame.Create(players, mask => costs[mask], $"coalition costs from {Path.GetFileName(file)}");
        var allies = players.Select(p => new Ally(p, StandAloneCost: costs[1 << players.IndexOf(p)], Line: lineOfPlayer[p]));
        return new CostSharingProblem([.. allies], game, file);
    }

    private static string Expected() =>
        $"an ally table has the columns {string.Join(", ", AllyColumns)}; a cost game has {string.Join(", ", CoalitionColumns)}";

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static string LineText(string[] lines, int line) => line >= 1 && line <= lines.Length ? lines[line - 1].TrimEnd('\r') : string.Empty;

    /// <summary>CsvHelper's message without the record and byte-offset details that the location already gives.</summary>
    private static string Describe(string message)
    {
        var text = LocationPrefix().Replace(message, string.Empty);
        return ByteOffsetSuffix().Replace(text, string.Empty).TrimEnd('.');
    }

    /// <summary>The 1-based character column of a byte offset of the input, or null when unknown.</summary>
    private static int? ByteColumn(byte[] bytes, long offset)
    {
        if (offset <= 0 || offset > bytes.Length)
        {
            return null;
        }

        var start = Array.LastIndexOf(bytes, (byte)'\n', (int)offset - 1) + 1;
        return Encoding.UTF8.GetCharCount(bytes, start, (int)offset - start) + 1;
    }

    /// <summary>Where field <paramref name="field"/> starts in a raw record: lines after the record's first, and the 1-based column.</summary>
    private static (int LineOffset, int Column) FieldStart(string raw, int field)
    {
        var (fieldIndex, lineOffset, column, quoted) = (0, 0, 1, false);
        foreach (var c in raw)
        {
            if (fieldIndex == field)
            {
                break;
            }

            column++;
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == '\n')
            {
                (lineOffset, column) = (lineOffset + 1, 1);
            }
            else if (c == ',' && !quoted)
            {
                fieldIndex++;
            }
        }

        return (lineOffset, column);
    }

    [GeneratedRegex(@"^Malformed CSV in record \d+ \(line \d+\): |^Record \d+ \(line \d+\) ")]
    private static partial Regex LocationPrefix();

    [GeneratedRegex(@" \(byte offset \d+\)")]
    private static partial Regex ByteOffsetSuffix();

    /// <summary>The current record of the reader, with its fields by column name and locations for errors.</summary>
    private readonly struct Row(CsvReader reader, Dictionary<string, int> header, string file)
    {
        private readonly string raw = Encoding.UTF8.GetString(reader.RawRecord);

        public int Line { get; } = (int)reader.LineNumber;

        public string Text(string column) => header.TryGetValue(column, out var index) ? reader.GetString(index) ?? string.Empty : string.Empty;

        public double? Number(string column)
        {
            var text = Text(column);
            if (text.Length == 0)
            {
                return null;
            }

            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                throw Error(column, $"'{text}' is not a number (use a dot for decimals, no thousands separators)");
            }

            return value;
        }

        public CostSharingInputException Error(string column, string problem)
        {
            var (lineOffset, col) = FieldStart(raw, header.TryGetValue(column, out var index) ? index : 0);
            return new CostSharingInputException(problem, file, Line + lineOffset, col, column);
        }
    }
}
