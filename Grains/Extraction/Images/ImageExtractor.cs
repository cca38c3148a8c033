using System.Globalization;
using LaserGrains.Grains.Extraction.Common;
using LaserGrains.Grains.Interfaces.Files;
using MetadataExtractor;

namespace LaserGrains.Grains.Extraction.Images;

/// <summary>Reads raster image headers (PNG, JPEG, BMP, GIF, TIFF, WebP): pixel size, resolution and, when known, physical size.</summary>
/// <remarks>
/// Location data (EXIF GPS) is never read into the result: only the named size and resolution tags are copied, so a
/// customer's photo of a part cannot leak where it was taken. A raster has no cut geometry; the geometry summary is
/// given only when the file states its resolution, with Units "px" (the drawing unit) and the bounding box as the
/// printed size in mm. Without a resolution no millimetres are invented.
/// </remarks>
public sealed class ImageExtractor : IFileExtractor
{
    /// <summary>16384 × 16384: a header claiming more is refused, so nothing downstream ever tries to hold such a raster.</summary>
    private const long MaxPixels = 16_384L * 16_384;

    public string Name => "image";

    public string Version => "1";

    public bool CanExtract(FileKind kind) =>
        kind is FileKind.Png or FileKind.Jpeg or FileKind.Bmp or FileKind.Gif or FileKind.Tiff or FileKind.WebP;

    public ExtractionResult Extract(Stream content, ExtractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var bytes = InputBuffer.ReadAll(content, context.Limits, cancellationToken);
        ChunkLengthGuard.Check(context.Kind, bytes);
        IReadOnlyList<MetadataExtractor.Directory> directories;
        try
        {
            directories = ImageMetadataReader.ReadMetadata(new MemoryStream(bytes, writable: false));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // MetadataExtractor signals damaged headers with its own and with IO/argument exceptions alike.
            throw new ExtractionFailedException("invalid_file", $"The {context.Kind} image header could not be read; the image may be damaged or cut short.", ex);
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (ImageHeader.PixelSize(directories) is not { } size || size.Width <= 0 || size.Height <= 0)
        {
            throw new ExtractionFailedException("invalid_file", $"The {context.Kind} image states no pixel size.");
        }

        if ((long)size.Width * size.Height > MaxPixels)
        {
            throw new ExtractionFailedException("limit_exceeded", string.Create(CultureInfo.InvariantCulture,
                $"The {FailureReasons.KindText(context.Kind)} image claims {size.Width} × {size.Height} pixels ({(double)size.Width * size.Height / 1e6:0} M); at most {MaxPixels / 1_000_000} M pixels are accepted."));
        }

        var properties = new Dictionary<string, string>
        {
            ["format"] = context.Kind.ToString(),
            ["width_px"] = Invariant(size.Width),
            ["height_px"] = Invariant(size.Height),
        };
        GeometrySummary? geometry = null;
        if (ImageHeader.Resolution(directories) is { } dpi)
        {
            var widthMm = Math.Round(size.Width / dpi.X * LengthText.MillimetresPerInch, 2);
            var heightMm = Math.Round(size.Height / dpi.Y * LengthText.MillimetresPerInch, 2);
            properties["dpi_x"] = Invariant(Math.Round(dpi.X, 2));
            properties["dpi_y"] = Invariant(Math.Round(dpi.Y, 2));
            properties["width_mm"] = Invariant(widthMm);
            properties["height_mm"] = Invariant(heightMm);
            geometry = new GeometrySummary { Units = "px", UnitsSource = "format", BboxWidthMm = widthMm, BboxHeightMm = heightMm };
        }

        var warnings = geometry is null ? new[] { "The image states no resolution, so its physical size is unknown." } : [];
        return new ExtractionResult { Kind = context.Kind, Geometry = geometry, Properties = properties, Warnings = warnings };
    }

    private static string Invariant(double value) => value.ToString(CultureInfo.InvariantCulture);
}
