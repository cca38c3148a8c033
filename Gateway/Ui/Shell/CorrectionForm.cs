using System.Globalization;
using System.Text.Json;
using LaserGrains.Gateway.Files;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Gateway.Ui.Shell;

/// <summary>Turns correction form fields into the same JSON body PATCH /files/{id} takes, and reads it with the API's reader.</summary>
public static class CorrectionForm
{
    private static readonly string[] Numbers = ["thickness_mm", "quantity"];
    private static readonly string[] Fields = ["client_code", "project_code", "part_name", "material", "thickness_mm", "quantity"];

    /// <summary>Filled fields are set; the field named by "clear" is cleared. Throws <see cref="FormatException"/> with the API's message.</summary>
    public static MetadataPatch Read(IFormCollection form)
    {
        var body = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in Fields)
        {
            if (form[field].FirstOrDefault()?.Trim() is not { Length: > 0 } value) continue;
            body[field] = Numbers.Contains(field)
                ? double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : throw new FormatException($"'{field}' must be a number; got '{value}'.")
                : value;
        }

        if (form["clear"].FirstOrDefault() is { Length: > 0 } clear) body[clear] = null;
        using var doc = JsonDocument.Parse(JsonSerializer.Serialize(body));
        return MetadataPatchReader.Read(doc.RootElement);
    }
}
