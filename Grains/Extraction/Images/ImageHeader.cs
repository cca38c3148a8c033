using MetadataExtractor;
using MetadataExtractor.Formats.Bmp;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.Gif;
using MetadataExtractor.Formats.Jfif;
using MetadataExtractor.Formats.Jpeg;
using MetadataExtractor.Formats.Png;
using MetadataExtractor.Formats.WebP;

namespace LaserGrains.Grains.Extraction.Images;

/// <summary>Picks pixel size and resolution out of MetadataExtractor's directories, format-native tags before EXIF.</summary>
internal static class ImageHeader
{
    private const double MetresPerInch = 0.0254;
    private const double CentimetresPerInch = 2.54;

    /// <summary>Resolutions outside this range are placeholders or damage, not a real print size.</summary>
    private const double MinDpi = 1.5;
    private const double MaxDpi = 100_000;

    public static (int Width, int Height)? PixelSize(IReadOnlyList<MetadataExtractor.Directory> directories)
    {
        foreach (var d in directories)
        {
            var (w, h) = d switch
            {
                PngDirectory => (PngDirectory.TagImageWidth, PngDirectory.TagImageHeight),
                JpegDirectory => (JpegDirectory.TagImageWidth, JpegDirectory.TagImageHeight),
                BmpHeaderDirectory => (BmpHeaderDirectory.TagImageWidth, BmpHeaderDirectory.TagImageHeight),
                GifHeaderDirectory => (GifHeaderDirectory.TagImageWidth, GifHeaderDirectory.TagImageHeight),
                WebPDirectory => (WebPDirectory.TagImageWidth, WebPDirectory.TagImageHeight),
                ExifIfd0Directory => (ExifDirectoryBase.TagImageWidth, ExifDirectoryBase.TagImageHeight),
                _ => (-1, -1),
            };
            // BMP heights are negative for top-down bitmaps; the size is the magnitude.
            if (w >= 0 && d.TryGetInt32(w, out var width) && d.TryGetInt32(h, out var height)) return (width, Math.Abs(height));
        }

        return null;
    }

    public static (double X, double Y)? Resolution(IReadOnlyList<MetadataExtractor.Directory> directories)
    {
        foreach (var d in directories)
        {
            var dpi = d switch
            {
                PngDirectory png => Png(png),
                JfifDirectory jfif => Jfif(jfif),
                BmpHeaderDirectory bmp => PerMetre(bmp, BmpHeaderDirectory.TagXPixelsPerMeter, BmpHeaderDirectory.TagYPixelsPerMeter),
                ExifIfd0Directory exif => Exif(exif),
                _ => null,
            };
            if (dpi is { } r && Plausible(r.X) && Plausible(r.Y)) return r;
        }

        return null;
    }

    private static bool Plausible(double dpi) => double.IsFinite(dpi) && dpi is >= MinDpi and <= MaxDpi;

    // pHYs unit 1 is "metre"; unit 0 gives only the aspect ratio.
    private static (double X, double Y)? Png(PngDirectory d) =>
        d.TryGetInt32(PngDirectory.TagUnitSpecifier, out var unit) && unit == 1
            ? PerMetre(d, PngDirectory.TagPixelsPerUnitX, PngDirectory.TagPixelsPerUnitY)
            : null;

    private static (double X, double Y)? PerMetre(MetadataExtractor.Directory d, int xTag, int yTag) =>
        d.TryGetDouble(xTag, out var x) && d.TryGetDouble(yTag, out var y) ? (x * MetresPerInch, y * MetresPerInch) : null;

    // JFIF units: 1 = dots per inch, 2 = dots per cm, 0 = aspect ratio only.
    private static (double X, double Y)? Jfif(JfifDirectory d)
    {
        if (!d.TryGetInt32(JfifDirectory.TagUnits, out var unit) || unit is not (1 or 2)) return null;
        if (!d.TryGetDouble(JfifDirectory.TagResX, out var x) || !d.TryGetDouble(JfifDirectory.TagResY, out var y)) return null;
        return unit == 1 ? (x, y) : (x * CentimetresPerInch, y * CentimetresPerInch);
    }

    // EXIF ResolutionUnit: 2 = inch (also the default when absent), 3 = centimetre.
    private static (double X, double Y)? Exif(ExifIfd0Directory d)
    {
        if (!d.TryGetDouble(ExifDirectoryBase.TagXResolution, out var x) || !d.TryGetDouble(ExifDirectoryBase.TagYResolution, out var y)) return null;
        var unit = d.TryGetInt32(ExifDirectoryBase.TagResolutionUnit, out var u) ? u : 2;
        return unit switch { 2 => (x, y), 3 => (x * CentimetresPerInch, y * CentimetresPerInch), _ => null };
    }
}
