using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parley.BurdenSharing;

namespace Parley.Cli.Rendering;

/// <summary>
/// The JSON of <c>parley burden allocate --json</c> (docs/burden-sharing.md): one object
/// <c>{ rule, formula, file, total, allocations: [{ ally, share, amount, basis, detail }], notes }</c>. <c>share</c> is
/// a fraction; <c>total</c>, <c>amount</c> and <c>basis</c> are null when not known. Fields may be added, never renamed.
/// </summary>
internal static class BurdenAllocationJson
{
    public static void Write(CostAllocation allocation, string file, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("rule", allocation.Rule);
            json.WriteString("formula", allocation.Formula);
            json.WriteString("file", file);
            WriteNumberOrNull(json, "total", allocation.Total);
            json.WriteStartArray("allocations");
            foreach (var entry in allocation.Allocations)
            {
                json.WriteStartObject();
                json.WriteString("ally", entry.Ally);
                json.WriteNumber("share", entry.Share);
                WriteNumberOrNull(json, "amount", entry.Amount);
                WriteNumberOrNull(json, "basis", entry.Basis);
                json.WriteString("detail", entry.Detail);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("notes");
            foreach (var note in allocation.Notes)
            {
                json.WriteStringValue(note);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
