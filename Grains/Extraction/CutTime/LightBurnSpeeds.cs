using LaserGrains.Grains.Extraction.Common;
using LaserGrains.Grains.Extraction.LightBurn;
using LaserGrains.Grains.Extraction.Naming;

namespace LaserGrains.Grains.Extraction.CutTime;

/// <summary>Turns a LightBurn material library (.clb) into speed-table materials: Cut entries with a thickness and a speed.</summary>
public static class LightBurnSpeeds
{
    /// <summary>
    /// One material per catalog code the library's material names map to (names the catalog does not know are left
    /// out); speed = the entry's mm/s × 60 ÷ its passes, pierce time 0 (LightBurn does not record one).
    /// </summary>
    public static IReadOnlyList<MaterialSpeeds> Read(byte[] clb, string source, MaterialCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var root = SecureXml.Load(clb, ExtractionLimits.Default, "LightBurn library", CancellationToken.None).Root;
        if (root?.Name.LocalName != "LightBurnLibrary") throw new InvalidDataException("The file is not a LightBurn material library (no LightBurnLibrary root).");
        return [.. LibraryEntry.Read(root, ExtractionLimits.Default.MaxEntities)
            .Where(e => e.Type == "Cut" && e.ThicknessMm is > 0 && e.Speed is > 0)
            .Select(e => (Code: catalog.Read(e.Material)?.Material.Code, Entry: e))
            .Where(x => x.Code is not null)
            .GroupBy(x => x.Code!, StringComparer.OrdinalIgnoreCase)
            .Select(g => new MaterialSpeeds(g.Key, source, [.. g
                .GroupBy(x => x.Entry.ThicknessMm!.Value)
                .Select(t => t.First().Entry)
                .OrderBy(e => e.ThicknessMm)
                .Select(e => new SpeedRow(e.ThicknessMm!.Value, Math.Round(e.Speed!.Value * 60 / e.Passes, 1), 0))]))];
    }
}
