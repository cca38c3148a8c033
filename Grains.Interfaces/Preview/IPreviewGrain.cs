namespace LaserGrains.Grains.Interfaces.Preview;

/// <summary>Draws a file's stored geometry as SVG on the silo, so the gateway never loads a parser.</summary>
[Alias("lg.preview")]
public interface IPreviewGrain : IGrainWithIntegerKey
{
    /// <summary>The preview of file <paramref name="ingestId"/>; null when the file is unknown or its kind yields no geometry.</summary>
    [Alias("render")]
    Task<PreviewImage?> RenderAsync(long ingestId);
}
