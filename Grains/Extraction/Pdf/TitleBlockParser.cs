using System.Globalization;
using System.Text.RegularExpressions;
using LaserGrains.Grains.Extraction.Common;
using LaserGrains.Grains.Extraction.Naming;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction.Pdf;

/// <summary>Reads labelled title-block fields ("MATERIAL: Mild Steel", "THK 5mm", "REV B") and shop codes from drawing text.</summary>
public static partial class TitleBlockParser
{
    /// <summary>A label and its value on one line.</summary>
    public const double SameLineConfidence = 0.75;

    /// <summary>A label alone on its line, the value taken from the next line: a guess about the layout.</summary>
    public const double NextLineConfidence = 0.55;

    public const double CodeConfidence = 0.85;

    public const double DocumentTitleConfidence = 0.4;

    /// <summary>Facts found in <paramref name="text"/> with the default material catalog; fields not found stay null.</summary>
    public static FileMetadata Parse(string text) => Parse(text, MaterialCatalog.Default);

    /// <summary>Facts found in <paramref name="text"/>, materials read with the shop's <paramref name="catalog"/>.</summary>
    public static FileMetadata Parse(string text, MaterialCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(catalog);
        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var found = LabelledFields.Find(lines);

        var facts = new FileMetadata
        {
            PartName = Text(found, LabelledFields.Part),
            Revision = Revision(found),
            ThicknessMm = Thickness(found),
            Quantity = Quantity(found),
        };
        facts = WithDrawing(facts, found, lines);
        facts = WithMaterial(facts, found, catalog);
        return WithCodes(facts, text);
    }

    private static MetadataField<string>? Text(IReadOnlyDictionary<string, LabelledValue> found, string key) =>
        found.TryGetValue(key, out var v) ? ContentFacts.TextOrNull(v.Value, v.Confidence) : null;

    // "DRAWING NO: AC-102   REV: C" or a bare "AC-102 REV C" line: the drawing number and the revision are two fields.
    private static FileMetadata WithDrawing(FileMetadata facts, IReadOnlyDictionary<string, LabelledValue> found, string[] lines)
    {
        if (found.TryGetValue(LabelledFields.Drawing, out var v))
        {
            var (drawing, revision) = DrawingRevision.Split(v.Value);
            return facts with
            {
                DrawingNumber = ContentFacts.TextOrNull(drawing, v.Confidence),
                Revision = facts.Revision ?? ContentFacts.TextOrNull(revision, v.Confidence),
            };
        }

        return DrawingRevision.FindLine(lines) is { } line
            ? facts with
            {
                DrawingNumber = ContentFacts.Field(line.Drawing, NextLineConfidence),
                Revision = facts.Revision ?? ContentFacts.Field(line.Revision, NextLineConfidence),
            }
            : facts;
    }

    private static MetadataField<string>? Revision(IReadOnlyDictionary<string, LabelledValue> found)
    {
        if (!found.TryGetValue(LabelledFields.Revision, out var v)) return null;
        var m = RevisionValue().Match(v.Value);
        return m.Success ? ContentFacts.Field(m.Value.ToUpperInvariant(), v.Confidence) : null;
    }

    private static MetadataField<double>? Thickness(IReadOnlyDictionary<string, LabelledValue> found) =>
        found.TryGetValue(LabelledFields.Thickness, out var v) && LengthText.ToMillimetres(v.Value) is { } mm && mm < 1000
            ? ContentFacts.Field(mm, v.Confidence)
            : null;

    private static MetadataField<int>? Quantity(IReadOnlyDictionary<string, LabelledValue> found)
    {
        if (!found.TryGetValue(LabelledFields.Quantity, out var v)) return null;
        var m = LeadingInteger().Match(v.Value);
        return m.Success && int.TryParse(m.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var q) && q > 0
            ? ContentFacts.Field(q, v.Confidence)
            : null;
    }

    // "MILD STEEL S275" is Mild Steel, grade S275; a material the catalog does not know is kept as written, less surely.
    private static FileMetadata WithMaterial(FileMetadata facts, IReadOnlyDictionary<string, LabelledValue> found, MaterialCatalog catalog) =>
        found.TryGetValue(LabelledFields.Material, out var v)
            ? facts.WithMaterial(MaterialFacts.Labelled(v.Value, catalog, MetadataSource.Content, v.Confidence))
            : facts;

    // Codes follow the shop's own grammar, so they are trusted wherever they appear, labelled or not.
    private static FileMetadata WithCodes(FileMetadata facts, string text)
    {
        var job = JobCode().Match(text);
        var client = ClientCode().Match(text);
        return facts with
        {
            ProjectCode = job.Success ? ContentFacts.Field(job.Value, CodeConfidence) : null,
            ClientCode = job.Success ? ContentFacts.Field(job.Groups["client"].Value, CodeConfidence)
                : client.Success ? ContentFacts.Field(client.Value, CodeConfidence) : null,
        };
    }

    [GeneratedRegex(@"\bJB-\d{4}-(?:0[1-9]|1[0-2])-(?<client>CL\d{4})-\d{3}\b", RegexOptions.CultureInvariant)]
    private static partial Regex JobCode();

    [GeneratedRegex(@"\bCL\d{4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClientCode();

    [GeneratedRegex(@"^[A-Za-z0-9]{1,4}(?:\.\d{1,3})?\b", RegexOptions.CultureInvariant)]
    private static partial Regex RevisionValue();

    [GeneratedRegex(@"^\d{1,7}\b", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingInteger();
}
