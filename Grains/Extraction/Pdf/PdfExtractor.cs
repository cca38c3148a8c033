using System.Globalization;
using System.Text.RegularExpressions;
using LaserGrains.Grains.Extraction.Common;
using LaserGrains.Grains.Extraction.Naming;
using LaserGrains.Grains.Interfaces.Files;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace LaserGrains.Grains.Extraction.Pdf;

/// <summary>Reads page count, page size, text, title-block facts and the first page's vector geometry from PDF drawings.</summary>
public sealed partial class PdfExtractor : IFileExtractor
{
    private const double MillimetresPerPoint = 25.4 / 72;

    /// <summary>Drawings are one to a few sheets; text from beyond this many pages adds nothing to a title block.</summary>
    private const int MaxTextPages = 50;

    public string Name => "pdf";

    public string Version => "2";

    public bool CanExtract(FileKind kind) => kind == FileKind.Pdf;

    public ExtractionResult Extract(Stream content, ExtractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var bytes = InputBuffer.ReadAll(content, context.Limits, cancellationToken);
        if (ZipTrailer.EndsLikeZip(bytes))
        {
            throw new ExtractionFailedException("invalid_file",
                "The file is both a PDF and a zip archive; upload the drawing and the archive as separate files.");
        }

        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, MaxStackDepth = context.Limits.MaxNestingDepth * 4 });
            return Read(document, context.Materials, context.Limits.MaxEntities, cancellationToken);
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new ExtractionFailedException("encrypted", "The PDF is password-protected; upload an unprotected copy.", ex);
        }
        catch (Exception ex) when (ex is not (ExtractionFailedException or OperationCanceledException))
        {
            // PdfPig reports broken files through many exception types; all of them mean the same thing to a user.
            throw new ExtractionFailedException("invalid_file", "The PDF could not be read; it may be damaged, cut short or not really a PDF.", ex);
        }
    }

    private static ExtractionResult Read(PdfDocument document, MaterialCatalog materials, int maxFigures, CancellationToken cancellationToken)
    {
        var pageCount = document.NumberOfPages;
        if (pageCount < 1) throw new ExtractionFailedException("invalid_file", "The PDF has no pages.");

        var text = new BoundedText();
        var properties = new Dictionary<string, string> { ["pages"] = pageCount.ToString(CultureInfo.InvariantCulture) };
        var warnings = new List<string>();
        GeometrySummary? geometry = null;
        for (var number = 1; number <= Math.Min(pageCount, MaxTextPages) && !text.IsFull; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = document.GetPage(number);
            var pageText = ContentOrderTextExtractor.GetText(page);
            if (number == 1)
            {
                AddPageSize(page, properties);
                geometry = PdfVectorPage.Read(page, pageText, maxFigures, properties, cancellationToken);
            }

            text.AppendLine(pageText);
        }

        if (pageCount > MaxTextPages) warnings.Add($"Text was read from the first {MaxTextPages} of {pageCount} pages only.");
        if (text.Truncated) warnings.Add("The PDF's text was cut short at the length limit.");
        AddInformation(document, properties);

        var all = text.ToStringOrNull();
        var facts = TitleBlockParser.Parse(all ?? "", materials);
        if (facts.PartName is null && document.Information.Title is { Length: > 0 } title && !GenericTitle().IsMatch(title))
        {
            facts = facts with { PartName = ContentFacts.TextOrNull(title, TitleBlockParser.DocumentTitleConfidence) };
        }

        if (all is null) warnings.Add("The PDF has no text layer (scanned or outlined text); no title-block facts were read.");
        return new ExtractionResult { Kind = FileKind.Pdf, Facts = facts, Geometry = geometry, Text = all, Properties = properties, Warnings = warnings };
    }

    private static void AddPageSize(Page page, Dictionary<string, string> properties)
    {
        properties["page_width_mm"] = Millimetres(page.Width);
        properties["page_height_mm"] = Millimetres(page.Height);
        if (page.Size != PageSize.Custom) properties["page_size"] = page.Size.ToString();
    }

    private static void AddInformation(PdfDocument document, Dictionary<string, string> properties)
    {
        // Opened without a password means only the empty user password protects it; worth showing, not refusing.
        if (document.IsEncrypted) properties["encrypted"] = "true";
        var info = document.Information;
        if (!string.IsNullOrWhiteSpace(info.Title)) properties["title"] = info.Title.Trim();
        if (!string.IsNullOrWhiteSpace(info.Creator)) properties["creator"] = info.Creator.Trim();
        if (!string.IsNullOrWhiteSpace(info.Producer)) properties["producer"] = info.Producer.Trim();
    }

    private static string Millimetres(double points) =>
        Math.Round(points * MillimetresPerPoint, 1).ToString(CultureInfo.InvariantCulture);

    // Authoring tools fill the title with placeholders ("Sheet1", "Untitled-1") that name no part.
    [GeneratedRegex(@"^\s*(?:sheet|untitled|drawing|layout|page|model|document)[\s_-]*\d*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GenericTitle();
}
