namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>What <see cref="DxfReader"/> read: header facts, block definitions and modelspace entities.</summary>
public sealed class DxfDrawing
{
    public bool IsBinary { get; init; }

    /// <summary>$ACADVER, e.g. "AC1015"; null for header-less files.</summary>
    public string? Version { get; set; }

    public string? CodePage { get; set; }

    /// <summary>The encoding used for text, e.g. "windows-1252".</summary>
    public string Encoding { get; set; } = "windows-1252";

    public int? InsUnits { get; set; }

    public int? Measurement { get; set; }

    public Dictionary<string, DxfBlock> Blocks { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Modelspace entities (paperspace ones are left out while reading).</summary>
    public List<DxfEntity> Entities { get; } = [];

    /// <summary>Layer names from the LAYER table.</summary>
    public List<string> LayerTable { get; } = [];

    /// <summary>Places where broken tag pairs were skipped to read on (ASCII DXF).</summary>
    public List<string> Recoveries { get; } = [];

    /// <summary>Entities skipped because they were paperspace.</summary>
    public int PaperspaceEntities { get; set; }
}
