using System.Text.RegularExpressions;

namespace LaserGrains.Grains.Extraction.Excel;

/// <summary>The words people head part-list columns with, in English, German, French, Spanish, Italian and Chinese.</summary>
internal static partial class HeaderSynonyms
{
    /// <summary>The column a header names, or null; units in brackets and punctuation are ignored.</summary>
    public static SheetColumn? Classify(string header)
    {
        var h = Normalize(header);
        if (h.Length is 0 or > 40) return null;
        if (LineNumber().IsMatch(h)) return SheetColumn.LineNumber;
        if (PartNumber().IsMatch(h)) return SheetColumn.PartNumber;
        if (Drawing().IsMatch(h)) return SheetColumn.Drawing;
        if (Thickness().IsMatch(h)) return SheetColumn.Thickness;
        if (Quantity().IsMatch(h)) return SheetColumn.Quantity;
        if (Material().IsMatch(h)) return SheetColumn.Material;
        if (Length().IsMatch(h)) return SheetColumn.Length;
        if (Width().IsMatch(h)) return SheetColumn.Width;
        if (Part().IsMatch(h)) return SheetColumn.Part;
        return null;
    }

    /// <summary>"Item" is often a line number beside a "Description": a later part column replaces it.</summary>
    public static bool IsWeakPart(string header) => Normalize(header) is "item" or "items";

    // "Thickness (mm)" → "thickness", "Part No." → "part no", "Teile-Nr." → "teile nr", "Length in inches" → "length".
    internal static string Normalize(string header)
    {
        var h = UnitSuffix().Replace(header.Trim().ToLowerInvariant(), "");
        h = Punctuation().Replace(h, " ");
        return Spaces().Replace(h, " ").Trim();
    }

    [GeneratedRegex(@"[\(\[（【].{0,12}?[\)\]）】]|\s+in\s+(?:mm|cm|inch(?:es)?|in|"")\s*$|\s*/\s*(?:mm|in)\s*$|\s*""\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex UnitSuffix();

    [GeneratedRegex(@"[.:_\-–*?！：，。]+", RegexOptions.CultureInvariant)]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:no|nr|n°|#|pos|position|item\s*(?:no|nr|#)|line(?:\s*no)?|s/?n|sr\s*no|serial|lfd\s*nr|núm|num|序号|序|行号)$", RegexOptions.CultureInvariant)]
    private static partial Regex LineNumber();

    [GeneratedRegex(@"^(?:part\s*(?:no|nr|number|num|#|code|ref)|p/?n|item\s*code|code|model(?:\s*(?:no|number|code))?|models|article\s*(?:no|number|code)|art\s*nr|ref|reference|sku|teilenummer|teil\s*nr|teile\s*nr|artikel\s*nr|artikelnummer|sachnummer|référence|réf|code\s*article|numéro\s*de\s*pièce|referencia|código|codigo|número\s*de\s*pieza|codice|codice\s*articolo|riferimento|numero\s*parte|编号|零件号|零件编号|物料编码|物料编号|物料代码|代码|型号|料号)$", RegexOptions.CultureInvariant)]
    private static partial Regex PartNumber();

    [GeneratedRegex(@"^(?:drawing(?:\s*(?:no|number|nr|#|ref))?|dwg(?:\s*(?:no|number|nr|#))?|file(?:\s*name)?|filename|dxf(?:\s*file)?|zeichnung(?:snummer|s\s*nr|\s*nr)?|plan|n°\s*de\s*plan|dessin|plano|dibujo|disegno|tavola|图号|图纸|图纸编号|文件|文件名)$", RegexOptions.CultureInvariant)]
    private static partial Regex Drawing();

    [GeneratedRegex(@"^(?:thk|thick|thickness|gauge|gage|sheet\s*(?:thk|thickness|gauge)|material\s*(?:thk|thickness)|t|dicke|stärke|blechdicke|blechstärke|materialstärke|épaisseur|ep|ép|espesor|grosor|spessore|sp|厚度|板厚|厚)$", RegexOptions.CultureInvariant)]
    private static partial Regex Thickness();

    [GeneratedRegex(@"^(?:qty|qnty|qtys|quantity|quantities|quant|no\s*off|number\s*off|off|pcs|pieces|count|cuts|no\s*of\s*(?:cuts|pieces|pcs)|number\s*of\s*(?:cuts|pieces|pcs)|no\s*req(?:uired|'?d)?|req(?:uired|'?d)?|qty\s*(?:req(?:uired|'?d)?|off|pcs)|menge|anzahl|stück|stk|st|quantité|qté|nombre|nb|cantidad|cant|uds|unidades|piezas|quantità|qtà|q\s*tà|pezzi|pz|数量|件数|数|用量|数量\s*件)$", RegexOptions.CultureInvariant)]
    private static partial Regex Quantity();

    [GeneratedRegex(@"^(?:material|materials|matl|mat'?l|mat|grade|material\s*grade|werkstoff|matière|matériau|matiere|materiau|materiale|材料|材质|材料牌号|材质牌号)$", RegexOptions.CultureInvariant)]
    private static partial Regex Material();

    [GeneratedRegex(@"^(?:length|lengths|len|l|cut\s*length|länge|laenge|longueur|longitud|largo|lunghezza|长度|长|長度)$", RegexOptions.CultureInvariant)]
    private static partial Regex Length();

    [GeneratedRegex(@"^(?:width|w|breadth|breite|largeur|ancho|anchura|larghezza|宽度|宽|寬度)$", RegexOptions.CultureInvariant)]
    private static partial Regex Width();

    [GeneratedRegex(@"^(?:part|parts|part\s*name|description|desc|name|item|items|item\s*(?:name|description)|component|designation|article|bezeichnung|benennung|beschreibung|teil|teilename|artikel|désignation|pièce|nom|libellé|descripción|descripcion|pieza|nombre|denominación|artículo|descrizione|pezzo|particolare|nome|denominazione|articolo|名称|零件名称|品名|描述|物料名称|物料|项目|名稱|零件)$", RegexOptions.CultureInvariant)]
    private static partial Regex Part();
}
