namespace LaserGrains.Grains.Extraction.Dxf;

/// <summary>An entity kept only for counting (DIMENSION, HATCH, 3DFACE, …).</summary>
public sealed class DxfOtherEntity(string type) : DxfEntity(type);
