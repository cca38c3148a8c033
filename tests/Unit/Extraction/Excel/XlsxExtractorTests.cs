using System.IO.Compression;
using Xunit;
using LaserGrains.Grains.Extraction.Detection;
using LaserGrains.Grains.Extraction.Excel;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Tests.Unit.Extraction.Support;

namespace LaserGrains.Tests.Unit.Extraction.Excel;

public class XlsxExtractorTests
{
    private static readonly XlsxExtractor Extractor = new();

    [Fact]
    public void Extract_TypicalJobSheet_ReadsEveryPartLine()
    {
        var result = Run.Extract(Extractor, FileKind.Xlsx, JobSheets.Typical());

        Assert.Equal(3, result.Parts.Count);
        var first = result.Parts[0];
        Assert.Equal(new JobSheetPart("Job Sheet", 7, "Base plate", "Mild Steel", 5, 10, "BP-100.dxf") { MaterialCode = "MS", MaterialText = "Mild Steel" }, first with { Unknowns = null });
        Assert.Equal(5.0, result.Parts[1].ThicknessMm);
        Assert.Equal(20, result.Parts[1].Quantity);
        Assert.Equal("Cover", result.Parts[2].PartName);
        Assert.Equal(1.5, result.Parts[2].ThicknessMm);
    }

    [Fact]
    public void Extract_FormulaQuantity_IsEvaluatedNotZero()
    {
        var result = Run.Extract(Extractor, FileKind.Xlsx, JobSheets.Typical());

        Assert.Equal(20, result.Parts[2].Quantity);
        Assert.Null(result.Parts[2].Unknowns);
    }

    [Fact]
    public void Extract_FormulaSavedWithoutCachedResult_IsEvaluated()
    {
        var bytes = UncachedFormulas.Strip(JobSheets.Typical(s => s.Cell("D8").FormulaA1 = "D7+1"));
        Assert.False(UncachedFormulas.HasCachedValues(bytes));

        var result = Run.Extract(Extractor, FileKind.Xlsx, bytes);

        Assert.Equal(6.0, result.Parts[1].ThicknessMm);
        Assert.Equal(20, result.Parts[2].Quantity);
        Assert.All(result.Parts, p => Assert.Null(p.Unknowns));
    }

    [Fact]
    public void Extract_UncachedFormulaThatCannotBeEvaluated_IsUnknownNotZero()
    {
        var bytes = UncachedFormulas.Strip(JobSheets.Typical(s => s.Cell("E7").FormulaA1 = "INDIRECT(\"Z\"&999)*1"));

        var part = Run.Extract(Extractor, FileKind.Xlsx, bytes).Parts[0];

        Assert.NotEqual(0, part.Quantity);
        Assert.Null(part.Quantity);
        Assert.Equal(["Quantity"], part.Unknowns);
    }

    [Fact]
    public void Detect_WorkbookWrittenByClosedXml_IsXlsx()
    {
        var bytes = JobSheets.Typical();
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, ContentDetector.HeadLength));

        Assert.Equal(FileKind.Xlsx, ContentDetector.Detect(head, "order.xlsx").Kind);
    }

    [Fact]
    public void Extract_FormulaThatCannotBeEvaluated_IsReportedUnknown()
    {
        var bytes = JobSheets.Typical(s => s.Cell("E8").FormulaA1 = "NOSUCHFUNCTION(E7)");

        var part = Run.Extract(Extractor, FileKind.Xlsx, bytes).Parts[1];

        Assert.Null(part.Quantity);
        Assert.Equal(["Quantity"], part.Unknowns);
    }

    [Fact]
    public void Extract_LabelledJobCells_BecomeFacts()
    {
        var result = Run.Extract(Extractor, FileKind.Xlsx, JobSheets.Typical());

        Assert.Equal("CL0042", result.Facts.ClientCode?.Value);
        Assert.Equal("JB-2025-10-CL0042-007", result.Facts.ProjectCode?.Value);
        Assert.Equal(MetadataSource.Content, result.Facts.ClientCode!.Source);
        Assert.Equal("Bright Metals Ltd", result.Properties["client_name"]);
        Assert.Null(result.Facts.PartName);
    }

    [Fact]
    public void Extract_BlankRow_EndsThePartList()
    {
        var result = Run.Extract(Extractor, FileKind.Xlsx, JobSheets.Typical());

        Assert.DoesNotContain(result.Parts, p => p.Row > 9);
        Assert.Contains("Notes: deburr all edges", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_InchHeaderAndLateHeaderRow_ConvertsThickness()
    {
        var bytes = JobSheets.Save(wb =>
        {
            var s = wb.AddWorksheet("Parts");
            s.Cell("B12").Value = "Job number: 88231";
            JobSheets.Row(s, 15, "Part", "Thk (in)", "No. off", "Matl");
            JobSheets.Row(s, 16, "Flange", 0.25, 4, "304 Stainless");
        });

        var result = Run.Extract(Extractor, FileKind.Xlsx, bytes);

        var part = Assert.Single(result.Parts);
        Assert.Equal(6.35, part.ThicknessMm!.Value, 3);
        Assert.Equal(4, part.Quantity);
        Assert.Equal("Stainless Steel", part.Material);
        Assert.Equal("304", part.Grade);
        Assert.Equal("304 Stainless", part.MaterialText);
        Assert.Equal("88231", result.Facts.ProjectCode?.Value);
        Assert.Equal("Flange", result.Facts.PartName?.Value);
        Assert.Equal(6.35, result.Facts.ThicknessMm!.Value, 3);
    }

    [Fact]
    public void Extract_SeveralSheets_CollectsPartsFromEach()
    {
        var bytes = JobSheets.Save(wb =>
        {
            foreach (var name in (string[])["Steel", "Alu"])
            {
                var s = wb.AddWorksheet(name);
                JobSheets.Row(s, 1, "Part", "Quantity", "Thickness");
                JobSheets.Row(s, 2, $"{name} A", 1, "3 mm");
                JobSheets.Row(s, 3, $"{name} B", 2, "1/8\"");
            }
        });

        var result = Run.Extract(Extractor, FileKind.Xlsx, bytes);

        Assert.Equal(["Steel A", "Steel B", "Alu A", "Alu B"], result.Parts.Select(p => p.PartName));
        Assert.Equal(3.175, result.Parts[1].ThicknessMm!.Value, 3);
        Assert.Equal("2", result.Properties["sheets"]);
    }

    [Fact]
    public void Extract_SheetWithoutHeader_ReturnsNoPartsAndAWarning()
    {
        var bytes = JobSheets.Save(wb => wb.AddWorksheet("Notes").Cell("A1").Value = "Just a note");

        var result = Run.Extract(Extractor, FileKind.Xlsx, bytes);

        Assert.Empty(result.Parts);
        Assert.Contains(result.Warnings, w => w.Contains("No part list", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ZipWithoutWorkbook_FailsClearly()
    {
        var failure = Run.Fails(Extractor, FileKind.Xlsx, Zips.Of(("readme.txt", new byte[] { 1, 2, 3 })));

        Assert.Equal("invalid_file", failure.Code);
        Assert.Contains("not an Excel workbook", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_NotAZipAtAll_FailsAsInvalidFile() =>
        Assert.Equal("invalid_file", Run.Fails(Extractor, FileKind.Xlsx, "PK\u0003\u0004 broken"u8.ToArray()).Code);

    [Fact]
    public void Extract_ZipBomb_IsRefusedBeforeOpening()
    {
        var failure = Run.Fails(Extractor, FileKind.Xlsx, Zips.Bomb());

        Assert.Equal("limit_exceeded", failure.Code);
        Assert.Contains("zip bomb", failure.Message, StringComparison.Ordinal);
    }
}

/// <summary>Raw zip archives for the failure cases.</summary>
public static class Zips
{
    public static byte[] Of(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>A workbook-shaped zip whose sheet part is 8 MB of zeros squeezed into a few kilobytes.</summary>
    public static byte[] Bomb() => Of(
        ("[Content_Types].xml", "<Types/>"u8.ToArray()),
        ("xl/workbook.xml", "<workbook/>"u8.ToArray()),
        ("xl/worksheets/sheet1.xml", new byte[8 * 1024 * 1024]));
}
