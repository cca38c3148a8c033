using LaserGrains.Grains.Extraction.Vector;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace LaserGrains.Grains.Extraction.Pdf;

/// <summary>A page's drawn subpaths (stroked or filled, never clipping) as flattened figures in PDF points.</summary>
internal static class PdfFigures
{
    private const double CloseTolerance = 1e-3;

    public static List<Figure> Read(Page page, int maxFigures, CancellationToken cancellationToken)
    {
        var figures = new List<Figure>();
        var budget = new PointBudget("PDF page");
        foreach (var path in page.Paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (path.IsClipping || !(path.IsStroked || path.IsFilled)) continue;
            foreach (var subpath in path)
            {
                if (ToFigure(subpath) is not { } figure) continue;
                budget.Spend(figure.Points.Count);
                figures.Add(figure);
                if (figures.Count > maxFigures)
                {
                    throw new ExtractionFailedException("limit_exceeded", $"The PDF page draws more than {maxFigures} paths.");
                }
            }
        }

        return figures;
    }

    private static Figure? ToFigure(PdfSubpath subpath)
    {
        var points = new List<(double X, double Y)>();
        var closed = false;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    if (points.Count == 0) points.Add(P(move.Location));
                    break;
                case PdfSubpath.Line line:
                    Start(points, line.From);
                    points.Add(P(line.To));
                    break;
                case PdfSubpath.CubicBezierCurve cubic:
                    Start(points, cubic.StartPoint);
                    Curves.AddCubic(points, P(cubic.StartPoint), P(cubic.FirstControlPoint), P(cubic.SecondControlPoint), P(cubic.EndPoint));
                    break;
                case PdfSubpath.QuadraticBezierCurve quad:
                    Start(points, quad.StartPoint);
                    Curves.AddQuadratic(points, P(quad.StartPoint), P(quad.ControlPoint), P(quad.EndPoint));
                    break;
                case PdfSubpath.Close:
                    closed = true;
                    break;
            }
        }

        if (points.Count < 2 || !PointBudget.IsSane(points)) return null;
        // A figure drawn back to its start is closed whether or not the file says "h"; the repeated point goes.
        if (points.Count > 2 && Figure.Distance(points[0], points[^1]) <= CloseTolerance)
        {
            points.RemoveAt(points.Count - 1);
            closed = true;
        }

        return new Figure(points, closed && points.Count > 2);
    }

    private static void Start(List<(double X, double Y)> points, PdfPoint from)
    {
        if (points.Count == 0) points.Add(P(from));
    }

    private static (double X, double Y) P(PdfPoint p) => (p.X, p.Y);
}
