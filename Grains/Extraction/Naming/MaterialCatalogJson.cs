using System.Text.Json;
using System.Text.RegularExpressions;

namespace LaserGrains.Grains.Extraction.Naming;

/// <summary>Reads the materials.json format and refuses entries a stored file name could not carry.</summary>
internal static partial class MaterialCatalogJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static IReadOnlyList<Material> Read(string json)
    {
        var file = JsonSerializer.Deserialize<FileDto>(json, Options)
            ?? throw new InvalidDataException("The material file is empty.");
        return [.. (file.Materials ?? []).Select(ToMaterial)];
    }

    private static Material ToMaterial(EntryDto e, int index)
    {
        var code = e.Code?.Trim() ?? "";
        if (!CodeShape().IsMatch(code))
            throw new InvalidDataException($"Material #{index + 1}: code '{code}' must be 1-10 letters or digits.");
        if (string.IsNullOrWhiteSpace(e.Name))
            throw new InvalidDataException($"Material '{code}': name is required.");
        return new Material(
            e.Name.Trim(), code.ToUpperInvariant(), Words(e.Synonyms), Words(e.Grades), Words(e.Finishes),
            [.. (e.Refines ?? []).Select(r => r.Trim().ToUpperInvariant()).Where(r => r.Length > 0)]);
    }

    private static string[] Words(IReadOnlyList<string>? list) =>
        [.. (list ?? []).Where(s => TextKey.Words(s).Count > 0).Select(s => s.Trim())];

    [GeneratedRegex("^[A-Za-z0-9]{1,10}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodeShape();

    private sealed record FileDto(IReadOnlyList<EntryDto>? Materials);

    private sealed record EntryDto(
        string? Code, string? Name, IReadOnlyList<string>? Synonyms,
        IReadOnlyList<string>? Grades, IReadOnlyList<string>? Finishes, IReadOnlyList<string>? Refines);
}
