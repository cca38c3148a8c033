using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace LaserGrains.Benchmarks;

/// <summary>A vector PDF drawing for the throughput benchmark: a perforated plate on a framed, ticked sheet with a title block.</summary>
internal static class VectorDrawing
{
    private const double PointsPerMm = 72 / 25.4;

    public static byte[] Plate(int holes)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        var (w, h) = (page.PageSize.Width, page.PageSize.Height);
        page.DrawRectangle(new PdfPoint(Mm(5), Mm(5)), w - Mm(10), h - Mm(10), 1);
        for (var x = Mm(10); x < w - Mm(10); x += Mm(5)) page.DrawLine(new PdfPoint(x, Mm(5)), new PdfPoint(x, Mm(7)), 0.3);
        page.DrawRectangle(new PdfPoint(Mm(15), Mm(60)), Mm(180), Mm(180), 0.5);
        var side = (int)Math.Ceiling(Math.Sqrt(holes));
        for (var i = 0; i < holes; i++)
        {
            page.DrawCircle(new PdfPoint(Mm(20 + (170.0 * (i % side) / side)), Mm(65 + (170.0 * (i / side) / side))), Mm(4), 0.3);
        }

        page.DrawRectangle(new PdfPoint(w - Mm(95), Mm(10)), Mm(85), Mm(30), 0.7);
        page.AddText("TITLE: PERFORATED PLATE", 9, new PdfPoint(w - Mm(92), Mm(30)), font);
        page.AddText("SCALE 1:1", 8, new PdfPoint(w - Mm(92), Mm(15)), font);
        return builder.Build();
    }

    private static double Mm(double mm) => mm * PointsPerMm;
}
