using Xunit;
using System.IO.Compression;
using System.Text;
using LaserGrains.Grains.Extraction.Detection;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Tests.Unit.Extraction.Support;

namespace LaserGrains.Tests.Unit.Extraction.Detection;

public class ContentDetectorTests
{
    [Theory]
    [InlineData("0\nSECTION\n2\nHEADER\n", FileKind.DxfAscii)]
    [InlineData("  0\r\nSECTION\r\n  2\r\nENTITIES\r\n", FileKind.DxfAscii)]
    [InlineData("\n\n  0\nSECTION\n", FileKind.DxfAscii)]
    [InlineData("999\nmade by a plotter\n999\nsecond comment\n0\nSECTION\n", FileKind.DxfAscii)]
    [InlineData("0\nLINE\n8\n0\n", FileKind.Unknown)]
    [InlineData("hello world\n", FileKind.Unknown)]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10mm\"/>", FileKind.Svg)]
    [InlineData("<?xml version=\"1.0\"?>\n<!-- Generator: Inkscape -->\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"x.dtd\" [ <!ENTITY a \"<b>\"> ]>\n<svg/>", FileKind.Svg)]
    [InlineData("<svg:svg xmlns:svg=\"http://www.w3.org/2000/svg\"/>", FileKind.Svg)]
    [InlineData("<?xml version=\"1.0\"?><html><p>an svg: <svg/></p></html>", FileKind.Unknown)]
    [InlineData("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<LightBurnProject AppVersion=\"1.2.04\" FormatVersion=\"0\">", FileKind.LightBurn)]
    [InlineData("<LightBurnProject FormatVersion=\"1\"><Shape/></LightBurnProject>", FileKind.LightBurn)]
    [InlineData("%PDF-1.7\n%âãÏÓ\n", FileKind.Pdf)]
    [InlineData("garbage from a mail gateway\r\n%PDF-1.4\n", FileKind.Pdf)]
    [InlineData("BMW parts list\n", FileKind.Unknown)]
    public void DetectKind_TextSignatures_ReturnsKind(string head, FileKind expected) =>
        Assert.Equal(expected, ContentDetector.DetectKind(Encoding.UTF8.GetBytes(head)));

    [Fact]
    public void DetectKind_Utf8BomBeforeLightBurnXml_IsLightBurn()
    {
        byte[] head = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>\r\n<LightBurnProject FormatVersion=\"1\">")];
        Assert.Equal(FileKind.LightBurn, ContentDetector.DetectKind(head));
    }

    [Fact]
    public void DetectKind_Utf16SvgWithBom_IsSvg()
    {
        byte[] head = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-16\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>")];
        Assert.Equal(FileKind.Svg, ContentDetector.DetectKind(head));
    }

    [Fact]
    public void DetectKind_EmptyHead_IsUnknown() => Assert.Equal(FileKind.Unknown, ContentDetector.DetectKind([]));

    [Fact]
    public void DetectKind_PdfHeaderAfterMoreThanOneKilobyte_IsNotPdf()
    {
        var head = Encoding.ASCII.GetBytes(new string('x', 1100) + "%PDF-1.4\n");
        Assert.Equal(FileKind.Unknown, ContentDetector.DetectKind(head));
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, FileKind.Png)]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 16 }, FileKind.Jpeg)]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0 }, FileKind.Gif)]
    [InlineData(new byte[] { 0x49, 0x49, 0x2A, 0, 8, 0, 0, 0 }, FileKind.Tiff)]
    [InlineData(new byte[] { 0x4D, 0x4D, 0, 0x2A, 0, 0, 0, 8 }, FileKind.Tiff)]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50 }, FileKind.WebP)]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x41, 0x56, 0x45 }, FileKind.Unknown)]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0 }, FileKind.Xls)]
    [InlineData(new byte[] { 0x50, 0x4B, 5, 6, 0, 0, 0, 0 }, FileKind.Zip)]
    public void DetectKind_MagicNumbers_ReturnsKind(byte[] head, FileKind expected) =>
        Assert.Equal(expected, ContentDetector.DetectKind(head));

    [Fact]
    public void DetectKind_BmpHeader_IsBmp()
    {
        var head = new byte[54];
        "BM"u8.CopyTo(head);
        BitConverter.GetBytes(54).CopyTo(head, 2);
        BitConverter.GetBytes(40).CopyTo(head, 14);
        Assert.Equal(FileKind.Bmp, ContentDetector.DetectKind(head));
    }

    [Fact]
    public void DetectKind_BinaryDxfSentinel_IsDxfBinary() =>
        Assert.Equal(FileKind.DxfBinary, ContentDetector.DetectKind("AutoCAD Binary DXF\r\n\u001a\0\0\0"u8));

    [Fact]
    public void DetectKind_ZipWithContentTypesFirstThenXlParts_IsXlsx()
    {
        var bytes = Zip(("[Content_Types].xml", new string('t', 900)), ("_rels/.rels", "r"), ("xl/workbook.xml", "<workbook/>"));
        Assert.Equal(FileKind.Xlsx, ContentDetector.DetectKind(bytes.AsSpan(0, Math.Min(bytes.Length, ContentDetector.HeadLength))));
    }

    [Fact]
    public void DetectKind_WordDocumentZip_IsZipNotXlsx()
    {
        var bytes = Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>"));
        Assert.Equal(FileKind.Zip, ContentDetector.DetectKind(bytes));
    }

    [Fact]
    public void DetectKind_ZipWhoseContentMentionsXl_IsZip()
    {
        var bytes = Zip(("readme.txt", "see xl/workbook.xml for details"));
        Assert.Equal(FileKind.Zip, ContentDetector.DetectKind(bytes));
    }

    [Fact]
    public void DetectKind_CorpusFiles_MatchTheirFormats()
    {
        Assert.Equal(FileKind.Pdf, ContentDetector.DetectKind(TestFiles.Bytes("pdf/haplokuon__sample.pdf")));
        Assert.Equal(FileKind.LightBurn, ContentDetector.DetectKind(TestFiles.Bytes("lightburn/nucarve__op-4-cut-modes.lbrn")));
    }

    [Theory]
    [InlineData("part.pdf", "%PDF-1.4", null)]
    [InlineData("part.dxf", "AutoCAD Binary DXF\r\n\u001a\0", null)]
    [InlineData("part.DXF", "0\nSECTION\n", null)]
    [InlineData("part.lbrn2", "<LightBurnProject FormatVersion=\"1\"/>", null)]
    [InlineData("noextension", "%PDF-1.4", null)]
    [InlineData("part.dxf", "%PDF-1.4", "'.dxf' suggests DxfAscii, but the content is Pdf")]
    [InlineData("photo.png", "<svg/>", "'.png' suggests Png, but the content is Svg")]
    public void Detect_ExtensionAgainstContent_ReportsOnlyRealMismatches(string filename, string head, string? expectedPart)
    {
        var result = ContentDetector.Detect(Encoding.Latin1.GetBytes(head), filename);
        if (expectedPart is null) Assert.Null(result.ExtensionMismatch);
        else Assert.Contains(expectedPart, result.ExtensionMismatch, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_XlsxSavedAsXls_IsSameFamily()
    {
        var bytes = Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>"));
        var result = ContentDetector.Detect(bytes, "jobs.xls");
        Assert.Equal(FileKind.Xlsx, result.Kind);
        Assert.Null(result.ExtensionMismatch);
    }

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(content);
            }
        }

        return buffer.ToArray();
    }
}
