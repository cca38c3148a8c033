using LaserGrains.Grains.Extraction.Naming;
using Xunit;

namespace LaserGrains.Tests.Unit.Extraction.Naming;

public sealed class MaterialCatalogTests
{
    [Theory]
    [InlineData("mild steel", "MS")]
    [InlineData("S355", "MS")]
    [InlineData("q235", "MS")]
    [InlineData("CR4", "MS")]
    [InlineData("Stainless", "SS")]
    [InlineData("INOX", "SS")]
    [InlineData("aluminum", "AL")]
    [InlineData("6082", "AL")]
    [InlineData("zintec", "GALV")]
    [InlineData("Perspex", "ACR")]
    [InlineData("plexiglass", "ACR")]
    [InlineData("PMMA", "ACR")]
    [InlineData("delrin", "POM")]
    [InlineData("cor-ten", "CORTEN")]
    [InlineData("hardox", "HARDOX")]
    [InlineData("titanium", "TI")]
    [InlineData("polycarbonate", "PC")]
    [InlineData("plywood", "PLY")]
    [InlineData("mdf", "MDF")]
    [InlineData("leather", "LEATHER")]
    [InlineData("brass", "BR")]
    [InlineData("copper", "CU")]
    [InlineData("Mild_Steel", "MS")]
    public void FindByName_KnownWord_GivesMaterial(string text, string code)
    {
        Assert.Equal(code, MaterialCatalog.Default.FindByName(text)?.Code);
    }

    [Fact]
    public void FindByCode_AnyCase_GivesMaterial()
    {
        Assert.Equal("Stainless Steel", MaterialCatalog.Default.FindByCode("ss")?.Name);
    }

    [Theory]
    [InlineData("glass panel")]
    [InlineData("metal frame")]
    [InlineData("classic bracket")]
    [InlineData("steelworks")]
    [InlineData("part 13040")]
    public void FindInText_MaterialInsideAnotherWord_IsNotMatched(string text)
    {
        Assert.Null(MaterialCatalog.Default.FindInText(text));
    }

    [Theory]
    [InlineData("bracket stainless steel", "SS")]
    [InlineData("SS304 cover", "SS")]
    [InlineData("plate S355JR", "MS")]
    [InlineData("al5083 base", "AL")]
    [InlineData("cover_inox_2", "SS")]
    public void FindInText_WholeWordOrLetterDigitEdge_IsMatched(string text, string code)
    {
        Assert.Equal(code, MaterialCatalog.Default.FindInText(text)?.Material.Code);
    }

    [Fact]
    public void FindInText_WordBeatsGrade()
    {
        var match = MaterialCatalog.Default.FindInText("part 304 mild steel");

        Assert.Equal("MS", match?.Material.Code);
        Assert.Equal(MaterialEvidence.Name, match?.Evidence);
    }

    [Fact]
    public void Load_ShopFile_AddsAndOverridesByCode()
    {
        var path = Path.Combine(Path.GetTempPath(), $"materials-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            { "materials": [
                { "code": "ms", "name": "Black Steel", "synonyms": ["blackmetal"] },
                { "code": "FOAM", "name": "EVA Foam", "synonyms": ["eva"] } ] }
            """);
        try
        {
            var catalog = MaterialCatalog.Load(path);

            Assert.Equal("Black Steel", catalog.FindByCode("MS")?.Name);
            Assert.Equal("MS", catalog.FindByName("blackmetal")?.Code);
            Assert.Null(catalog.FindByName("S355"));
            Assert.Equal("FOAM", catalog.FindInText("insert eva 10mm")?.Material.Code);
            Assert.Equal("SS", catalog.FindByName("inox")?.Code);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("""{ "materials": [ { "code": "M-S", "name": "x" } ] }""")]
    [InlineData("""{ "materials": [ { "code": "MS", "name": " " } ] }""")]
    [InlineData("""{ "materials": [ { "name": "x" } ] }""")]
    public void FromJson_InvalidEntry_Throws(string json)
    {
        Assert.Throws<InvalidDataException>(() => MaterialCatalog.FromJson(json));
    }

    [Fact]
    public void Default_ShipsEveryCodeOnce()
    {
        var codes = MaterialCatalog.Default.Materials.Select(m => m.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Superset(new HashSet<string> { "MS", "SS", "AL", "GALV", "BR", "CU", "ACR", "PLY", "MDF" }, codes.ToHashSet());
    }
}
