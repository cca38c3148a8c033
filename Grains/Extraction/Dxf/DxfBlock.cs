namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>A block definition: base point and entities.</summary>
public sealed class DxfBlock(string name)
{
    public string Name { get; } = name;

    public DxfVec BasePoint { get; set; }

    public List<DxfEntity> Entities { get; } = [];
}
