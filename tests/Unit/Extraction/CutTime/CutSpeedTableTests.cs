using LaserGrains.Grains.Extraction.CutTime;
using Xunit;

namespace LaserGrains.Tests.Unit.Extraction.CutTime;

public sealed class CutSpeedTableTests
{
    [Fact]
    public void Default_ShipsSortedRowsForMainMetals()
    {
        foreach (var code in new[] { "MS", "SS", "AL" })
        {
            var rows = CutSpeedTable.Default.Find(code)!.Rows;

            Assert.True(rows.Count >= 5, code);
            Assert.Equal(rows.OrderBy(r => r.ThicknessMm), rows);
        }
    }

    [Fact]
    public void Load_ShopFile_ReplacesMaterialWholeAndKeepsOthers()
    {
        var path = Path.Combine(Path.GetTempPath(), $"speeds-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            { "materials": [
              { "code": "ms", "source": "our Bystronic", "rows": [
                { "thicknessMm": 6, "speedMmPerMin": 2000, "pierceSeconds": 0.5 },
                { "thicknessMm": 3, "speedMmPerMin": 5000, "pierceSeconds": 0.2 } ] } ] }
            """);
        try
        {
            var table = CutSpeedTable.Load(path);
            var ms = table.Find("MS")!;

            Assert.Equal([3.0, 6.0], ms.Rows.Select(r => r.ThicknessMm));
            Assert.Equal("our Bystronic", ms.Source);
            Assert.Equal(CutSpeedTable.Default.Find("SS")!.Rows, table.Find("SS")!.Rows);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("""{ "materials": [ { "code": "MS", "rows": [] } ] }""")]
    [InlineData("""{ "materials": [ { "code": "MS", "rows": [ { "thicknessMm": 2, "speedMmPerMin": 0, "pierceSeconds": 0 } ] } ] }""")]
    [InlineData("""{ "materials": [ { "code": "MS", "rows": [ { "thicknessMm": -1, "speedMmPerMin": 10, "pierceSeconds": 0 } ] } ] }""")]
    [InlineData("""{ "materials": [ { "code": "MS", "rows": [ { "thicknessMm": 2, "speedMmPerMin": 10, "pierceSeconds": -1 } ] } ] }""")]
    [InlineData("""{ "materials": [ { "code": "MS", "rows": [ { "thicknessMm": 2, "speedMmPerMin": 10, "pierceSeconds": 0 }, { "thicknessMm": 2, "speedMmPerMin": 9, "pierceSeconds": 0 } ] } ] }""")]
    [InlineData("""{ "materials": [ { "rows": [ { "thicknessMm": 2, "speedMmPerMin": 10, "pierceSeconds": 0 } ] } ] }""")]
    public void FromJson_InvalidTable_Throws(string json)
    {
        Assert.Throws<InvalidDataException>(() => CutSpeedTable.FromJson(json));
    }
}
