using System.IO.Compression;
using System.Text;

namespace LaserGrains.Tests.Integration.Ingest.Hostile;

/// <summary>Zip files made in the test: bombs, traversal entry names, an XLSX with a hostile DTD, a PDF that is also a zip.</summary>
internal static class HostileArchives
{
    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
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

    /// <summary>One entry of <paramref name="megabytes"/> MiB of zeros: a few tens of KB compressed, a ratio near 1000.</summary>
    public static byte[] Bomb(int megabytes)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = zip.CreateEntry("zeros.dxf", CompressionLevel.SmallestSize).Open();
            var chunk = new byte[1024 * 1024];
            for (var i = 0; i < megabytes; i++) stream.Write(chunk);
        }

        return buffer.ToArray();
    }

    /// <summary>A minimal workbook whose sheet (or workbook part) carries <paramref name="dtd"/>.</summary>
    public static byte[] Xlsx(string dtd, string reference) => Zip(
        ("[Content_Types].xml", Utf8("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
            "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
            "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>")),
        ("_rels/.rels", Utf8("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")),
        ("xl/workbook.xml", Utf8("<?xml version=\"1.0\"?>" + dtd.Replace("DOCTYPE svg", "DOCTYPE workbook", StringComparison.Ordinal) +
            "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" +
            "<sheets><sheet name=\"Parts\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")),
        ("xl/_rels/workbook.xml.rels", Utf8("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>")),
        ("xl/worksheets/sheet1.xml", Utf8("<?xml version=\"1.0\"?>" + dtd.Replace("DOCTYPE svg", "DOCTYPE worksheet", StringComparison.Ordinal) +
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" +
            $"<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Part</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>Qty</t></is></c></row>" +
            $"<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>{reference}</t></is></c><c r=\"B2\"><v>3</v></c></row>" +
            "</sheetData></worksheet>")));

    /// <summary>A one-page PDF with a zip (holding a DXF) appended: PDF readers and zip readers both accept it.</summary>
    public static byte[] PdfZipPolyglot(string tag)
    {
        var pdf = Encoding.ASCII.GetBytes(
            "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
            "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 283.46 141.73]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
        return [.. pdf, .. Zip(("inside.dxf", SampleFiles.RectangleDxf(tag)))];
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
