using System.Globalization;
using Xunit;
using LaserGrains.Grains.Extraction.Images;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Tests.Unit.Extraction.Support;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;

namespace LaserGrains.Tests.Unit.Extraction.Images;

public class ImageExtractorTests
{
    private const int Dpi300InPixelsPerMetre = 11811;

    private static readonly ImageExtractor Extractor = new();

    [Fact]
    public void Extract_PngWithPhys_ReportsPixelsResolutionAndPhysicalSize()
    {
        var result = Run.Extract(Extractor, FileKind.Png, TestImages.Png(600, 300, Dpi300InPixelsPerMetre));

        Assert.Equal("600", result.Properties["width_px"]);
        Assert.Equal("300", result.Properties["height_px"]);
        Assert.Equal(300, Number(result, "dpi_x"), 0);
        Assert.Equal(50.8, Number(result, "width_mm"), 1);
        Assert.Equal(25.4, result.Geometry!.BboxHeightMm, 1);
        Assert.Equal("px", result.Geometry.Units);
    }

    [Fact]
    public void Extract_PngWithoutResolution_GivesNoPhysicalSize()
    {
        var result = Run.Extract(Extractor, FileKind.Png, TestImages.Png(40, 20, null));

        Assert.Equal("40", result.Properties["width_px"]);
        Assert.Null(result.Geometry);
        Assert.False(result.Properties.ContainsKey("width_mm"));
        Assert.Single(result.Warnings);
    }

    [Fact]
    public void Extract_JpegWithGps_ReadsSizeButNeverLocation()
    {
        var jpeg = TestImages.JpegWithGps(1200, 800, 200);
        var gps = ImageMetadataReader.ReadMetadata(new MemoryStream(jpeg)).OfType<GpsDirectory>().Single();
        Assert.Equal(51.507, gps.GetGeoLocation()!.Latitude, 3);

        var result = Run.Extract(Extractor, FileKind.Jpeg, jpeg);

        Assert.Equal("1200", result.Properties["width_px"]);
        Assert.Equal("800", result.Properties["height_px"]);
        Assert.Equal(152.4, Number(result, "width_mm"), 1);
        var everything = string.Join("|", result.Properties.Select(p => $"{p.Key}={p.Value}")) + result.Text + string.Join("|", result.Warnings);
        Assert.DoesNotContain("gps", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("latitude", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("51", everything, StringComparison.Ordinal);
        Assert.Equal(FileMetadata.Empty, result.Facts);
    }

    [Fact]
    public void Extract_Bmp_ReadsPixelsPerMetre()
    {
        var result = Run.Extract(Extractor, FileKind.Bmp, TestImages.Bmp(30, 10, Dpi300InPixelsPerMetre));

        Assert.Equal("30", result.Properties["width_px"]);
        Assert.Equal("10", result.Properties["height_px"]);
        Assert.Equal(2.54, Number(result, "width_mm"), 2);
    }

    [Fact]
    public void Extract_Gif_ReadsSizeWithoutResolution()
    {
        var result = Run.Extract(Extractor, FileKind.Gif, TestImages.Gif(321, 123));

        Assert.Equal("321", result.Properties["width_px"]);
        Assert.Equal("123", result.Properties["height_px"]);
        Assert.Null(result.Geometry);
    }

    [Theory]
    [InlineData(300u, (ushort)2, 25.4)]
    [InlineData(100u, (ushort)3, 30.0)]
    public void Extract_TiffResolutionUnits_ConvertToMillimetres(uint resolution, ushort unit, double expectedWidthMm)
    {
        var result = Run.Extract(Extractor, FileKind.Tiff, Tiff.Image(300, 150, resolution, unit));

        Assert.Equal("300", result.Properties["width_px"]);
        Assert.Equal(expectedWidthMm, Number(result, "width_mm"), 2);
    }

    [Fact]
    public void Extract_WebP_ReadsCanvasSize()
    {
        var result = Run.Extract(Extractor, FileKind.WebP, TestImages.WebP(640, 480));

        Assert.Equal("640", result.Properties["width_px"]);
        Assert.Equal("480", result.Properties["height_px"]);
    }

    [Theory]
    [InlineData(FileKind.Png)]
    [InlineData(FileKind.Jpeg)]
    public void Extract_TruncatedHeader_FailsAsInvalidFile(FileKind kind)
    {
        var full = kind == FileKind.Png ? TestImages.Png(10, 10, null) : TestImages.JpegWithGps(10, 10, 72);
        Assert.Equal("invalid_file", Run.Fails(Extractor, kind, full[..6]).Code);
    }

    [Theory]
    [InlineData(FileKind.Png)]
    [InlineData(FileKind.WebP)]
    public void Extract_ChunkLongerThanTheFile_IsRefusedWithoutReadingIt(FileKind kind)
    {
        var bytes = kind == FileKind.Png ? TestImages.Png(8, 8, 3780) : TestImages.WebP(8, 8);
        // The first chunk's length field: PNG IHDR length at byte 8 (big-endian), WebP VP8X size at byte 16.
        if (kind == FileKind.Png) bytes[8] = 0x7F;
        else bytes[19] = 0x7F;

        var failure = Run.Fails(Extractor, kind, bytes);

        Assert.Equal("invalid_file", failure.Code);
        Assert.Contains("chunk claims more bytes", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CanExtract_RasterKinds_AreAccepted()
    {
        Assert.All([FileKind.Png, FileKind.Jpeg, FileKind.Bmp, FileKind.Gif, FileKind.Tiff, FileKind.WebP], k => Assert.True(Extractor.CanExtract(k)));
        Assert.False(Extractor.CanExtract(FileKind.Svg));
    }

    private static double Number(Grains.Extraction.ExtractionResult result, string key) =>
        double.Parse(result.Properties[key], CultureInfo.InvariantCulture);
}
