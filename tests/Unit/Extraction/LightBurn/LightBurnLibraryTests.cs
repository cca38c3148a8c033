using System.Text;
using System.Text.Json;
using LaserGrains.Grains.Extraction.CutTime;
using LaserGrains.Grains.Extraction.Detection;
using LaserGrains.Grains.Extraction.LightBurn;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Tests.Unit.Extraction.Support;
using Xunit;

namespace LaserGrains.Tests.Unit.Extraction.LightBurn;

public sealed class LightBurnLibraryTests
{
    /// <summary>A library as LightBurn saves one: materials, entries per thickness (or none), a cut setting each.</summary>
    public const string Library = """
        <?xml version="1.0" encoding="UTF-8"?>
        <LightBurnLibrary DisplayName="Shop CO2 60W">
            <Material name="Birch Plywood">
                <Entry Thickness="3" Desc="Cut" NoThickTitle="">
                    <CutSetting type="Cut"><index Value="0"/><name Value="C00"/><maxPower Value="65"/><minPower Value="60"/><speed Value="18"/><numPasses Value="1"/></CutSetting>
                </Entry>
                <Entry Thickness="6" Desc="Cut" NoThickTitle="">
                    <CutSetting type="Cut"><index Value="0"/><name Value="C00"/><maxPower Value="80"/><speed Value="12"/><numPasses Value="2"/></CutSetting>
                </Entry>
                <Entry Thickness="-1" Desc="Engrave" NoThickTitle="Any">
                    <CutSetting type="Scan"><index Value="1"/><name Value="C01"/><maxPower Value="20"/><speed Value="300"/></CutSetting>
                </Entry>
            </Material>
            <Material name="Cast Acrylic">
                <Entry Thickness="3" Desc="Cut">
                    <CutSetting type="Cut"><index Value="0"/><maxPower Value="70"/><speed Value="10"/></CutSetting>
                </Entry>
            </Material>
            <Material name="Balsa">
                <Entry Thickness="2" Desc="Cut"><CutSetting type="Cut"><index Value="0"/><speed Value="40"/></CutSetting></Entry>
            </Material>
        </LightBurnLibrary>
        """;

    [Fact]
    public void Clb_IsDetectedAndReadAsAMaterialLibrary()
    {
        var bytes = Encoding.UTF8.GetBytes(Library);
        Assert.Equal(FileKind.LightBurn, ContentDetector.Detect(bytes, "shop.clb").Kind);
        Assert.Null(ContentDetector.Detect(bytes, "shop.clb").ExtensionMismatch);

        var result = Run.Extract(new LightBurnExtractor(), FileKind.LightBurn, bytes);

        Assert.Equal("material_library", result.Properties["document"]);
        Assert.Equal("Shop CO2 60W", result.Properties["library_name"]);
        Assert.Equal("Birch Plywood, Cast Acrylic, Balsa", result.Properties["library_materials"]);
        var entries = JsonDocument.Parse(result.Properties["library_entries"]).RootElement.EnumerateArray().ToList();
        Assert.Equal(5, entries.Count);
        Assert.Equal(6, entries[1].GetProperty("thickness_mm").GetDouble());
        Assert.Equal(2, entries[1].GetProperty("passes").GetInt32());
        Assert.Equal(80, entries[1].GetProperty("max_power").GetDouble());
        Assert.False(entries[2].TryGetProperty("thickness_mm", out _));
        Assert.Null(result.Geometry);
    }

    [Fact]
    public void Clb_ImportsAsTheShopsCutSpeedTable()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lib-{Guid.NewGuid():N}.clb");
        File.WriteAllText(path, Library);
        try
        {
            var table = CutSpeedTable.Load(path);

            var ply = table.Find("PLY")!;
            Assert.Equal([3.0, 6.0], ply.Rows.Select(r => r.ThicknessMm));
            // 18 mm/s → 1080 mm/min; 12 mm/s over 2 passes → 360 mm/min.
            Assert.Equal([1080.0, 360.0], ply.Rows.Select(r => r.SpeedMmPerMin));
            Assert.Equal(600, table.Find("ACR")!.Rows.Single().SpeedMmPerMin);
            Assert.NotNull(table.Find("MS"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
