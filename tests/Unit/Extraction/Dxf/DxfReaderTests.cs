using Xunit;
using System.Text;
using LaserGrains.Grains.Extraction;
using LaserGrains.Grains.Extraction.Dxf;
using static LaserGrains.Tests.Unit.Extraction.Dxf.DxfSamples;

namespace LaserGrains.Tests.Unit.Extraction.Dxf;

public class DxfReaderTests
{
    [Fact]
    public void Read_HeaderlessEntitiesOnly_ReadsLine()
    {
        var d = Read(File(Line(0, 0, 3, 4)));

        var line = Assert.IsType<DxfLine>(Assert.Single(d.Entities));
        Assert.Null(d.Version);
        Assert.Equal(3, line.End.X);
        Assert.Equal(4, line.End.Y);
    }

    [Fact]
    public void Read_CoordinatesOutOfOrder_PairsXWithY()
    {
        var d = Read(File(Entity("LINE", (10, 1), (11, 5), (20, 2), (21, 6))));

        var line = Assert.IsType<DxfLine>(Assert.Single(d.Entities));
        Assert.Equal(new DxfVec(1, 2, 0), line.Start);
        Assert.Equal(new DxfVec(5, 6, 0), line.End);
    }

    [Fact]
    public void Read_CrLfAndTrashBeyondEof_IgnoresTrash()
    {
        var text = File(Line(0, 0, 1, 0)).Replace("\n", "\r\n", StringComparison.Ordinal) + "garbage that is not DXF\r\n\u0001\u0002";

        var d = Read(text);

        Assert.Single(d.Entities);
    }

    [Fact]
    public void Read_DecimalComma_ThrowsClearReason()
    {
        var ex = Assert.Throws<ExtractionFailedException>(() => Read(File(Entity("LINE", (10, "0,1"), (20, 0), (11, 2), (21, 0)))));

        Assert.Equal("decimal_comma", ex.Code);
        Assert.Contains("0,1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("decimal", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Extract_GarbageInsteadOfGroupCode_NothingReadable_ThrowsInvalidFile()
    {
        var ex = Assert.Throws<ExtractionFailedException>(() => DxfSamples.Extract("  0\nSECTION\nhello\nworld\n"));

        Assert.Equal("invalid_file", ex.Code);
    }

    [Fact]
    public void Read_UnicodeEscapeInLayerAndText_Decodes()
    {
        var d = Read(File(Entity("TEXT", (8, "\\U+039BAYER"), (10, 0), (20, 0), (40, 1), (1, "caf\\U+00E9"))));

        var text = Assert.IsType<DxfText>(Assert.Single(d.Entities));
        Assert.Equal("\u039BAYER", text.Layer);
        Assert.Equal("café", text.Value);
    }

    [Fact]
    public void Read_DwgCodePage1251_DecodesCyrillic()
    {
        var header = Header(("$ACADVER", 1, "AC1015"), ("$DWGCODEPAGE", 3, "ANSI_1251"));
        var body = File(Entity("TEXT", (10, 0), (20, 0), (1, "@@@")), header);
        var bytes = Encoding.Latin1.GetBytes(body);
        var at = body.IndexOf("@@@", StringComparison.Ordinal);
        bytes[at] = 0xC4; bytes[at + 1] = 0xE0; bytes[at + 2] = 0xED; // "Дан" in windows-1251

        var d = DxfReader.Read(new MemoryStream(bytes));

        Assert.Equal("Дан", Assert.IsType<DxfText>(Assert.Single(d.Entities)).Value);
        Assert.Equal("windows-1251", d.Encoding);
    }

    [Fact]
    public void Read_R2007Version_DecodesUtf8()
    {
        var header = Header(("$ACADVER", 1, "AC1021"), ("$DWGCODEPAGE", 3, "ANSI_1252"));
        var bytes = Encoding.UTF8.GetBytes(File(Entity("TEXT", (10, 0), (20, 0), (1, "Größe ∅")), header));

        var d = DxfReader.Read(new MemoryStream(bytes));

        Assert.Equal("Größe ∅", Assert.IsType<DxfText>(Assert.Single(d.Entities)).Value);
        Assert.Equal("utf-8", d.Encoding);
    }

    [Fact]
    public void Read_PaperspaceEntity_IsLeftOut()
    {
        var d = Read(File(Line(0, 0, 1, 0) + Entity("LINE", (67, 1), (10, 0), (20, 0), (11, 5), (21, 0))));

        Assert.Single(d.Entities);
        Assert.Equal(1, d.PaperspaceEntities);
    }

    [Fact]
    public void Read_TooManyEntities_ThrowsLimitExceeded()
    {
        var text = File(Line(0, 0, 1, 0) + Line(1, 0, 2, 0) + Line(2, 0, 3, 0));

        var ex = Assert.Throws<ExtractionFailedException>(() => Read(text, new DxfReadOptions { MaxEntities = 2 }));

        Assert.Equal("limit_exceeded", ex.Code);
    }

    [Fact]
    public void Read_StrayEndsecBeforeSection_IsTolerated()
    {
        var d = Read("  0\nENDSEC\n" + File(Line(0, 0, 1, 0)));

        Assert.Single(d.Entities);
    }

    [Fact]
    public void Read_HeaderVariables_AreRead()
    {
        var d = Read(File(Line(0, 0, 1, 0), Header(("$INSUNITS", 70, 4), ("$ACADVER", 1, "AC1015"), ("$MEASUREMENT", 70, 1))));

        Assert.Equal("AC1015", d.Version);
        Assert.Equal(4, d.InsUnits);
        Assert.Equal(1, d.Measurement);
    }
}
