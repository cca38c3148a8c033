using System.Text.Json;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Gateway.Files;

/// <summary>Reads a PATCH /files/{id} body: a JSON object of metadata fields; a value sets it by hand, null clears the manual value.</summary>
public static class MetadataPatchReader
{
    public static MetadataPatch Read(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object) throw new FormatException("The body must be a JSON object of metadata fields.");
        var set = new UploadHints();
        var clear = new List<string>();
        foreach (var p in body.EnumerateObject())
        {
            if (!MetadataPatch.Fields.Contains(p.Name))
            {
                throw new FormatException($"'{p.Name}' cannot be corrected; the fields are {string.Join(", ", MetadataPatch.Fields)}.");
            }

            if (p.Value.ValueKind == JsonValueKind.Null)
            {
                clear.Add(p.Name);
                continue;
            }

            set = p.Name switch
            {
                "client_code" => set with { ClientCode = Text(p) },
                "project_code" => set with { ProjectCode = Text(p) },
                "part_name" => set with { PartName = Text(p) },
                "material" => set with { Material = Text(p) },
                "thickness_mm" => set with { ThicknessMm = Thickness(p) },
                _ => set with { Quantity = Quantity(p) },
            };
        }

        if (clear.Count == 0 && set == new UploadHints()) throw new FormatException("The body names no field to set or clear.");
        return new MetadataPatch(set, clear);
    }

    private static string Text(JsonProperty p) =>
        p.Value.ValueKind == JsonValueKind.String && p.Value.GetString()!.Trim() is { Length: > 0 and <= 200 } s
            ? s
            : throw new FormatException($"'{p.Name}' must be a non-empty string of at most 200 characters, or null to clear it.");

    private static double Thickness(JsonProperty p) =>
        p.Value.ValueKind == JsonValueKind.Number && p.Value.GetDouble() is > 0 and < 1000 and var d
            ? d
            : throw new FormatException($"'{p.Name}' must be a number of millimetres between 0 and 1000, or null to clear it.");

    private static int Quantity(JsonProperty p) =>
        p.Value.ValueKind == JsonValueKind.Number && p.Value.TryGetInt32(out var n) && n > 0
            ? n
            : throw new FormatException($"'{p.Name}' must be a whole number above 0, or null to clear it.");
}
