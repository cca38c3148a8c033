using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace LaserGrains.Tests.Unit.Extraction.Pdf;

/// <summary>Writes vector drawings: a plate with a hole, a page frame, ruler ticks, a title block and a dimension line.</summary>
public static class VectorPdfs
{
    private const double PointsPerMm = 72 / 25.4;

    /// <summary>
    /// An A4 sheet with a <paramref name="widthMm"/> × <paramref name="heightMm"/> plate and a centred hole of
    /// <paramref name="holeMm"/>, all drawn <paramref name="drawnPerTrue"/> times true size; the title block says
    /// <paramref name="scaleText"/> when given.
    /// </summary>
    public static byte[] Plate(double widthMm, double heightMm, double holeMm, double drawnPerTrue = 1, string? scaleText = null, bool sheet = true)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        var (w, h) = (page.PageSize.Width, page.PageSize.Height);
        var origin = new PdfPoint(Mm(15), Mm(120));
        var (pw, ph) = (Mm(widthMm * drawnPerTrue), Mm(heightMm * drawnPerTrue));
        page.DrawRectangle(origin, pw, ph, 0.5);
        page.DrawCircle(new PdfPoint(origin.X + (pw / 2), origin.Y + (ph / 2)), Mm(holeMm * drawnPerTrue), 0.5);
        if (!sheet) return builder.Build();

        page.DrawRectangle(new PdfPoint(Mm(5), Mm(5)), w - Mm(10), h - Mm(10), 1);
        for (var x = Mm(10); x < w - Mm(10); x += Mm(10)) page.DrawLine(new PdfPoint(x, Mm(5)), new PdfPoint(x, Mm(7)), 0.3);
        // A dimension line under the plate, with its two extension lines.
        page.DrawLine(new PdfPoint(origin.X, origin.Y - Mm(10)), new PdfPoint(origin.X + pw, origin.Y - Mm(10)), 0.3);
        page.DrawLine(new PdfPoint(origin.X, origin.Y - Mm(2)), new PdfPoint(origin.X, origin.Y - Mm(12)), 0.3);
        page.DrawLine(new PdfPoint(origin.X + pw, origin.Y - Mm(2)), new PdfPoint(origin.X + pw, origin.Y - Mm(12)), 0.3);
        page.AddText($"{widthMm}", 8, new PdfPoint(origin.X + (pw / 2), origin.Y - Mm(9)), font);

        var block = new PdfPoint(w - Mm(95), Mm(10));
        page.DrawRectangle(block, Mm(85), Mm(30), 0.7);
        page.DrawLine(new PdfPoint(block.X, block.Y + Mm(15)), new PdfPoint(block.X + Mm(85), block.Y + Mm(15)), 0.5);
        page.DrawRectangle(new PdfPoint(block.X + Mm(50), block.Y), Mm(35), Mm(15), 0.5);
        page.AddText("TITLE: PLATE", 9, new PdfPoint(block.X + Mm(3), block.Y + Mm(20)), font);
        page.AddText("MATERIAL: MILD STEEL S275", 7, new PdfPoint(block.X + Mm(3), block.Y + Mm(5)), font);
        if (scaleText is not null) page.AddText(scaleText, 8, new PdfPoint(block.X + Mm(53), block.Y + Mm(5)), font);
        return builder.Build();
    }

    /// <summary>An outline drawn as separate straight segments (as many CAD exports write it), given as points in mm, closing back to the first.</summary>
    public static byte[] Segments(params (double X, double Y)[] outline)
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        for (var i = 0; i < outline.Length; i++)
        {
            var (a, b) = (outline[i], outline[(i + 1) % outline.Length]);
            page.DrawLine(new PdfPoint(Mm(20 + a.X), Mm(100 + a.Y)), new PdfPoint(Mm(20 + b.X), Mm(100 + b.Y)), 0.3);
        }

        return builder.Build();
    }

    private static double Mm(double mm) => mm * PointsPerMm;
}
