using LaserGrains.Grains.Extraction.Excel;
using Xunit;

namespace LaserGrains.Tests.Unit.Extraction.Excel;

public sealed class SheetCellTests
{
    [Theory]
    [InlineData("4", 4)]
    [InlineData("4.0", 4)]
    [InlineData("4 off", 4)]
    [InlineData("x4", 4)]
    [InlineData("4x", 4)]
    [InlineData("4 pcs", 4)]
    [InlineData("12 Stk", 12)]
    [InlineData("3件", 3)]
    [InlineData("0", 0)]
    public void Quantity_AsPeopleWriteIt(string text, int expected) => Assert.Equal(expected, QuantityCell.Parse(text));

    [Theory]
    [InlineData("4.5")]
    [InlineData("four")]
    [InlineData("4 at 12")]
    public void Quantity_NotAWholeCount_IsNull(string text) => Assert.Null(QuantityCell.Parse(text));

    [Theory]
    [InlineData("1200", "mm", 1200)]
    [InlineData("47 1/4\"", "mm", 1200.15)]
    [InlineData("24-36", "in", 914.4)]
    [InlineData("300 to 320 mm", "in", 320)]
    [InlineData("4 at 12 inches", "mm", 304.8)]
    public void Length_AsCutListsWriteIt(string text, string unit, double mm) => Assert.Equal(mm, LengthCell.Millimetres(text, unit)!.Value, 3);

    [Theory]
    [InlineData("Part No.", "PartNumber")]
    [InlineData("Description", "Part")]
    [InlineData("Bezeichnung", "Part")]
    [InlineData("Désignation", "Part")]
    [InlineData("Descripción", "Part")]
    [InlineData("Descrizione", "Part")]
    [InlineData("名称", "Part")]
    [InlineData("Werkstoff", "Material")]
    [InlineData("Matière", "Material")]
    [InlineData("材质", "Material")]
    [InlineData("Épaisseur (mm)", "Thickness")]
    [InlineData("Spessore", "Thickness")]
    [InlineData("Espesor", "Thickness")]
    [InlineData("Qty", "Quantity")]
    [InlineData("Menge", "Quantity")]
    [InlineData("Cantidad", "Quantity")]
    [InlineData("Quantità", "Quantity")]
    [InlineData("数量", "Quantity")]
    [InlineData("Length (in)", "Length")]
    [InlineData("Largeur", "Width")]
    [InlineData("Dwg No", "Drawing")]
    [InlineData("Zeichnungsnummer", "Drawing")]
    [InlineData("Pos.", "LineNumber")]
    public void Header_SynonymsInSixLanguages(string header, string column) =>
        Assert.Equal(column, HeaderSynonyms.Classify(header)?.ToString());
}
