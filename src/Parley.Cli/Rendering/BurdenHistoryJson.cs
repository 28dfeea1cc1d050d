using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parley.BurdenSharing;

namespace Parley.Cli.Rendering;

/// <summary>
/// The JSON of <c>parley burden history --json</c> (docs/burden-sharing.md): an array with one object per year and
/// currency, <c>{ year, amount, currency, agreement, rule, source, computed }</c>. <c>amount</c> is in currency units
/// (won or dollars); a published figure is given as published (<c>computed</c> false), otherwise the rule's
/// (<c>computed</c> true). Fields may be added, never renamed.
/// </summary>
internal static class BurdenHistoryJson
{
    public static void Write(ImmutableArray<SmaHistoryYear> history, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var row in history)
            {
                json.WriteStartObject();
                json.WriteNumber("year", row.Year);
                json.WriteNumber("amount", row.Amount);
                json.WriteString("currency", row.Currency.Code());
                json.WriteString("agreement", row.Agreement.Name);
                json.WriteString("rule", BurdenText.Rule(row));
                json.WriteString("source", BurdenText.Source(row));
                json.WriteBoolean("computed", row.IsComputed);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
