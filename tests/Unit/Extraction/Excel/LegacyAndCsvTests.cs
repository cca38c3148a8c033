using System.Text;
using LaserGrains.Grains.Extraction.Detection;
using LaserGrains.Grains.Extraction.Excel;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Tests.Unit.Extraction.Support;
using Xunit;

namespace LaserGrains.Tests.Unit.Extraction.Excel;

public sealed class LegacyAndCsvTests
{
    [Fact]
    public void Xls_JobSheet_ReadsPartsLabelsAndNormalisedMaterials()
    {
        var bytes = TestFiles.Bytes("sheets/job-sheet.xls");
        Assert.Equal(FileKind.Xls, ContentDetector.Detect(bytes.AsSpan(0, 512), "job-sheet.xls").Kind);

        var result = Run.Extract(new XlsExtractor(), FileKind.Xls, bytes);

        Assert.Equal(["Flange plate", "Cover", "Bracket"], result.Parts.Select(p => p.PartName));
        Assert.Equal(["FL-1001", "FL-1002", "FL-1003"], result.Parts.Select(p => p.PartNumber));
        Assert.Equal(["MS", "SS", "AL"], result.Parts.Select(p => p.MaterialCode));
        Assert.Equal([4, 10, 2], result.Parts.Select(p => p.Quantity!.Value));
        Assert.Equal([6.0, 1.5, 3.0], result.Parts.Select(p => p.ThicknessMm!.Value));
        Assert.Equal("CL0107", result.Facts.ClientCode?.Value);
        Assert.Equal(FileKind.Xls, result.Kind);
    }

    [Fact]
    public void Xls_ProfileCutListOverTwoSheets_ReadsEachSheet()
    {
        var result = Run.Extract(new XlsExtractor(), FileKind.Xls, TestFiles.Bytes("sheets/profile-cut-list.xls"));

        Assert.Equal(["RHS-40", "RHS-40", "SHS-50"], result.Parts.Select(p => p.PartName));
        Assert.Equal([1200.0, 850.0, 740.0], result.Parts.Select(p => p.LengthMm!.Value));
        Assert.Equal(["Frame", "Frame", "Legs"], result.Parts.Select(p => p.Sheet));
        Assert.Equal("2", result.Properties["sheets"]);
    }

    [Fact]
    public void Xls_NotAWorkbook_FailsAsInvalidFile()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 1, 2, 3, 4, 5, 6, 7, 8];

        Assert.Equal("invalid_file", Run.Fails(new XlsExtractor(), FileKind.Xls, ole).Code);
    }

    [Fact]
    public void Csv_SemicolonFrenchCutList_ReadsParts()
    {
        var csv = "Liste de débit;;;;\r\nRéférence;Désignation;Matière;Épaisseur;Qté\r\nA-10;Platine;Inox 316L;2;x4\r\nA-11;\"Équerre; renfort\";Acier S235;5;\"2\"\r\n;;;;\r\nTotal;;;;6\r\n";
        var bytes = new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray();
        Assert.Equal(FileKind.Csv, ContentDetector.Detect(bytes, "debit.csv").Kind);

        var result = Run.Extract(new CsvExtractor(), FileKind.Csv, bytes);

        Assert.Equal(["Platine", "Équerre; renfort"], result.Parts.Select(p => p.PartName));
        Assert.Equal(["A-10", "A-11"], result.Parts.Select(p => p.PartNumber));
        Assert.Equal(["SS", "MS"], result.Parts.Select(p => p.MaterialCode));
        Assert.Equal(["316L", "S235"], result.Parts.Select(p => p.Grade));
        Assert.Equal([4, 2], result.Parts.Select(p => p.Quantity!.Value));
    }

    [Fact]
    public void Csv_ExtensionOnBinaryBytes_IsNotCsv()
    {
        Assert.NotEqual(FileKind.Csv, ContentDetector.Detect(new byte[] { 1, 2, 0, 5, 44, 44 }, "cut.csv").Kind);
    }
}
