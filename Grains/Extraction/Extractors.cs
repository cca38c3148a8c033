using LaserGrains.Grains.Extraction.Dxf;
using LaserGrains.Grains.Extraction.Excel;
using LaserGrains.Grains.Extraction.Images;
using LaserGrains.Grains.Extraction.LightBurn;
using LaserGrains.Grains.Extraction.Pdf;
using LaserGrains.Grains.Extraction.Svg;

namespace LaserGrains.Grains.Extraction;

/// <summary>The extractors the pipeline tries, in order.</summary>
public static class Extractors
{
    public static IReadOnlyList<IFileExtractor> All() =>
    [
        new DxfExtractor(),
        new PdfExtractor(),
        new XlsxExtractor(),
        new XlsExtractor(),
        new CsvExtractor(),
        new LightBurnExtractor(),
        new ImageExtractor(),
        new SvgExtractor(),
    ];
}
