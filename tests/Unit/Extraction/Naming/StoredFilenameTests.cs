using LaserGrains.Grains.Extraction.Naming;
using LaserGrains.Grains.Interfaces.Files;
using Xunit;

namespace LaserGrains.Tests.Unit.Extraction.Naming;

public sealed class StoredFilenameTests
{
    [Fact]
    public void Build_SeedFacts_GivesSeedName()
    {
        var name = StoredFilename.Build(Seed(), 1, ".dxf");

        Assert.Equal("CL0001-JB-2025-10-CL0001-001-Bracket-MS-5mm-x10-v1.dxf", name);
    }

    [Fact]
    public void Build_DecimalThickness_WritesUnderscore()
    {
        var name = StoredFilename.Build(Seed() with { ThicknessMm = F(1.5) }, 2, "DXF");

        Assert.EndsWith("-MS-1_5mm-x10-v2.dxf", name, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_OnlyPartKnown_WritesShortForm()
    {
        var name = StoredFilename.Build(new FileMetadata { PartName = F("Bracket") }, 1, ".dxf");

        Assert.Equal("Bracket--v1.dxf", name);
    }

    [Fact]
    public void Build_JobSheetWithCodesButNoTail_WritesShortFormWithHead()
    {
        var name = StoredFilename.Build(Seed() with { PartName = F("job sheet"), MaterialCode = null, ThicknessMm = null, Quantity = null }, 2, ".xlsx");

        Assert.Equal("CL0001-JB-2025-10-CL0001-001--job_sheet--v2.xlsx", name);
    }

    [Fact]
    public void Build_NoCodesButFullTail_WritesShortForm()
    {
        var name = StoredFilename.Build(Seed() with { ClientCode = null, ProjectCode = null }, 1, ".dxf");

        Assert.Equal("Bracket--MS-5mm-x10-v1.dxf", name);
    }

    [Fact]
    public void Build_OnlyClientOfTheHead_KeepsPlaceholderForProject()
    {
        var name = StoredFilename.Build(Seed() with { ProjectCode = null, Quantity = null }, 1, ".dxf");

        Assert.Equal("CL0001-_--Bracket--MS-5mm-v1.dxf", name);
    }

    [Fact]
    public void Build_OneUnknownSlot_KeepsFullForm()
    {
        var name = StoredFilename.Build(Seed() with { Quantity = null }, 1, ".dxf");

        Assert.Equal("CL0001-JB-2025-10-CL0001-001-Bracket-MS-5mm-_-v1.dxf", name);
    }

    [Fact]
    public void Build_ShortFormPartWithDashRuns_WritesTheHeadSoThePartStaysWhole()
    {
        var name = StoredFilename.Build(new FileMetadata { PartName = F("CL1-JB--Plate---x10") }, 3, ".dxf");
        var back = FilenameParser.Parse(name);

        Assert.Equal("_-_--CL1-JB--Plate---x10--v3.dxf", name);
        Assert.Equal("CL1-JB--Plate---x10", back.PartName?.Value);
        Assert.Null(back.ClientCode);
    }

    [Theory]
    [InlineData("../../etc/passwd", "etcpasswd")]
    [InlineData("a/b\\c:d*e?f\"g<h>i|j", "abcdefghij")]
    [InlineData("  Top   Plate  ", "Top_Plate")]
    [InlineData("..hidden..part..", "hidden.part")]
    [InlineData("tab\there\u0000nul\u001Fctl", "tab_herenulctl")]
    [InlineData("Käse Platte", "Käse_Platte")]
    public void Build_UnsafePartName_IsCleaned(string part, string expected)
    {
        var name = StoredFilename.Build(Seed() with { PartName = F(part) }, 1, ".dxf");

        Assert.Equal($"CL0001-JB-2025-10-CL0001-001-{expected}-MS-5mm-x10-v1.dxf", name);
    }

    [Fact]
    public void Build_VeryLongPart_TrimsPartFirstAndKeepsTheOtherSlots()
    {
        var name = StoredFilename.Build(Seed() with { PartName = F(new string('p', 400)) }, 12, ".dxf");
        var back = FilenameParser.Parse(name);

        Assert.Equal(StoredFilename.MaxLength, name.Length);
        Assert.Equal(10, back.Quantity?.Value);
        Assert.Equal("JB-2025-10-CL0001-001", back.ProjectCode?.Value);
        Assert.Equal(12, FilenameParser.ParseVersion(name));
    }

    [Fact]
    public void Build_LongEveryField_StaysWithinMaxLength()
    {
        var big = new FileMetadata
        {
            ClientCode = F(new string('C', 90)),
            ProjectCode = F(new string('P', 90)),
            PartName = F(new string('Ω', 300)),
            MaterialCode = F(new string('M', 40)),
            ThicknessMm = F(999.999),
            Quantity = F(int.MaxValue),
        };

        var name = StoredFilename.Build(big, int.MaxValue, "." + new string('e', 40));

        Assert.True(name.Length <= StoredFilename.MaxLength, name);
        Assert.Equal(int.MaxValue, FilenameParser.Parse(name).Quantity?.Value);
    }

    [Fact]
    public void Build_NegativeVersion_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StoredFilename.Build(Seed(), -1, ".dxf"));
    }

    [Fact]
    public void Build_ProjectCodeJustJB_StaysApartFromPartThatLooksLikeProjectTail()
    {
        var m = Seed() with { ProjectCode = F("JB"), PartName = F("2025-10-CL0001-001-Bracket") };

        var back = FilenameParser.Parse(StoredFilename.Build(m, 1, ".dxf"));

        Assert.Equal("JB", back.ProjectCode?.Value);
        Assert.Equal("2025-10-CL0001-001-Bracket", back.PartName?.Value);
    }

    [Fact]
    public void Build_NonProjectCodeWithDashes_KeepsItInOneSlot()
    {
        var m = Seed() with { ClientCode = F("acme-ltd"), ProjectCode = F("job 42/a") };

        var back = FilenameParser.Parse(StoredFilename.Build(m, 1, ".dxf"));

        Assert.Equal("ACME_LTD", back.ClientCode?.Value);
        Assert.Equal("JOB_42_A", back.ProjectCode?.Value);
        Assert.Equal("Bracket", back.PartName?.Value);
    }

    [Fact]
    public void Folder_ClientAndProject_GivesClientSlashProject()
    {
        Assert.Equal("CL0001/JB-2025-10-CL0001-001", StoredFilename.Folder(Seed()));
    }

    [Fact]
    public void Folder_MissingProject_GivesUnassigned()
    {
        Assert.Equal(StoredFilename.UnassignedFolder, StoredFilename.Folder(Seed() with { ProjectCode = null }));
    }

    [Theory]
    [InlineData("..", "JB-2025-10-CL0001-001")]
    [InlineData("CL0001", "../..")]
    public void Folder_CodesWithoutLettersOrDigits_GiveUnassigned(string client, string project)
    {
        var m = Seed() with { ClientCode = F(client), ProjectCode = F(project) };

        Assert.Equal(StoredFilename.UnassignedFolder, StoredFilename.Folder(m));
    }

    [Fact]
    public void Folder_ReservedWindowsName_IsSuffixed()
    {
        var folder = StoredFilename.Folder(Seed() with { ClientCode = F("con"), ProjectCode = F("nul") });

        Assert.Equal("CON_/NUL_", folder);
    }

    private static FileMetadata Seed() => new()
    {
        ClientCode = F("CL0001"),
        ProjectCode = F("JB-2025-10-CL0001-001"),
        PartName = F("Bracket"),
        MaterialCode = F("MS"),
        Material = F("Mild Steel"),
        ThicknessMm = F(5.0),
        Quantity = F(10),
    };

    private static MetadataField<T> F<T>(T value) => new(value, MetadataSource.UploadHint, 0.95);
}
