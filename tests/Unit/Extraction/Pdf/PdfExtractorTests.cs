using Xunit;
using LaserGrains.Grains.Extraction.Pdf;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Tests.Unit.Extraction.Support;
using UglyToad.PdfPig.Content;

namespace LaserGrains.Tests.Unit.Extraction.Pdf;

public class PdfExtractorTests
{
    private static readonly PdfExtractor Extractor = new();

    [Fact]
    public void Extract_TitleBlockDrawing_ReadsLabelledFacts()
    {
        var pdf = TestPdfs.WithLines(PageSize.A4,
        [
            "ACME LASER LTD",
            "PART NAME: Mounting Bracket",
            "DRAWING NO: DWG-1042",
            "REV: C",
            "MATERIAL: Mild Steel",
            "THICKNESS: 1/4\"",
            "QTY: 12 off",
            "JOB: JB-2025-10-CL0042-007",
        ]);

        var result = Run.Extract(Extractor, FileKind.Pdf, pdf);

        Assert.Equal(FileKind.Pdf, result.Kind);
        Assert.Equal("Mounting Bracket", result.Facts.PartName?.Value);
        Assert.Equal("DWG-1042", result.Facts.DrawingNumber?.Value);
        Assert.Equal("C", result.Facts.Revision?.Value);
        Assert.Equal("Mild Steel", result.Facts.Material?.Value);
        Assert.Equal("MS", result.Facts.MaterialCode?.Value);
        Assert.Equal(6.35, result.Facts.ThicknessMm!.Value, 3);
        Assert.Equal(12, result.Facts.Quantity?.Value);
        Assert.Equal("JB-2025-10-CL0042-007", result.Facts.ProjectCode?.Value);
        Assert.Equal("CL0042", result.Facts.ClientCode?.Value);
        Assert.Equal(MetadataSource.Content, result.Facts.PartName!.Source);
        Assert.InRange(result.Facts.PartName.Confidence, 0.5, 0.95);
    }

    [Fact]
    public void Extract_TwoA4Pages_ReportsPagesAndSizeInMillimetres()
    {
        var pdf = TestPdfs.WithLines(PageSize.A4, ["first page"], ["second page"]);

        var result = Run.Extract(Extractor, FileKind.Pdf, pdf);

        Assert.Equal("2", result.Properties["pages"]);
        // PdfPig writes A4 as 595 × 842 pt, a little under 210 mm wide.
        Assert.Equal("209.9", result.Properties["page_width_mm"]);
        Assert.Equal("297", result.Properties["page_height_mm"]);
        Assert.Equal("A4", result.Properties["page_size"]);
        Assert.Contains("first page", result.Text, StringComparison.Ordinal);
        Assert.Contains("second page", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_TextLines_KeepsOneLinePerTextLine()
    {
        var pdf = TestPdfs.WithLines(PageSize.A4, ["MATERIAL: Aluminium", "THK: 3 mm"]);

        var result = Run.Extract(Extractor, FileKind.Pdf, pdf);

        Assert.Contains("MATERIAL: Aluminium\n", result.Text, StringComparison.Ordinal);
        Assert.Equal(3.0, result.Facts.ThicknessMm?.Value);
    }

    [Fact]
    public void Extract_PasswordProtected_FailsAsEncrypted()
    {
        var failure = Run.Fails(Extractor, FileKind.Pdf, TestPdfs.Encrypted());
        Assert.Equal("encrypted", failure.Code);
    }

    [Theory]
    [InlineData("%PDF-1.4\nthis is not a pdf body at all")]
    [InlineData("%PDF-")]
    public void Extract_BrokenPdf_FailsAsInvalidFile(string content)
    {
        var failure = Run.Fails(Extractor, FileKind.Pdf, System.Text.Encoding.ASCII.GetBytes(content));
        Assert.Equal("invalid_file", failure.Code);
    }

    [Fact]
    public void Extract_EmptyStream_FailsAsInvalidFile() =>
        Assert.Equal("invalid_file", Run.Fails(Extractor, FileKind.Pdf, []).Code);

    [Theory]
    [InlineData("pdf/haplokuon__sample.pdf", "210", "297")]
    public void Extract_CorpusDrawings_ReadsOnePageWithItsSize(string file, string widthMm, string heightMm)
    {
        var result = Run.Extract(Extractor, FileKind.Pdf, TestFiles.Bytes(file));

        Assert.Equal("1", result.Properties["pages"]);
        Assert.Equal(widthMm, result.Properties["page_width_mm"]);
        Assert.Equal(heightMm, result.Properties["page_height_mm"]);
    }

    [Theory]
    [InlineData("Sheet1")]
    [InlineData("Untitled-1")]
    public void Extract_PlaceholderDocumentTitle_IsNotAPartName(string title)
    {
        var result = Run.Extract(Extractor, FileKind.Pdf, TestPdfs.WithTitle(title, "no labelled fields here"));

        Assert.Equal(title, result.Properties["title"]);
        Assert.Null(result.Facts.PartName);
    }

    [Fact]
    public void CanExtract_OnlyPdf_IsTrue()
    {
        Assert.True(Extractor.CanExtract(FileKind.Pdf));
        Assert.False(Extractor.CanExtract(FileKind.Svg));
    }
}
