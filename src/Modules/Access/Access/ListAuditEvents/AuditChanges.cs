using System.Text.Encodings.Web;
using System.Text.Json;

namespace WellPath.Access.ListAuditEvents;

internal static class AuditChanges
{
    // Relaxed escaping keeps the JSON readable; the page HTML-encodes it when it renders the text.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Pretty(JsonElement changes) => JsonSerializer.Serialize(changes, Indented);
}
