using System.Text.RegularExpressions;

namespace LaserGrains.Grains.Extraction.Pdf;

/// <summary>Finds title-block labels in text lines and the value each one carries.</summary>
internal static partial class LabelledFields
{
    public const string Part = "part";
    public const string Drawing = "drawing";
    public const string Revision = "revision";
    public const string Material = "material";
    public const string Thickness = "thickness";
    public const string Quantity = "quantity";

    /// <summary>The first value found for each field; a label alone on a line takes the next line as its value.</summary>
    public static IReadOnlyDictionary<string, LabelledValue> Find(IReadOnlyList<string> lines)
    {
        var found = new Dictionary<string, LabelledValue>();
        for (var i = 0; i < lines.Count; i++)
        {
            var m = Label().Match(lines[i]);
            if (!m.Success) continue;
            var key = KeyOf(m);
            if (found.ContainsKey(key)) continue;

            var value = m.Groups["value"].Value.Trim();
            if (value.Length > 0)
            {
                found[key] = new LabelledValue(value, TitleBlockParser.SameLineConfidence);
            }
            else if (i + 1 < lines.Count && !Label().IsMatch(lines[i + 1]))
            {
                found[key] = new LabelledValue(lines[i + 1].Trim(), TitleBlockParser.NextLineConfidence);
            }
        }

        return found;
    }

    private static string KeyOf(Match m) =>
        m.Groups["part"].Success ? Part
        : m.Groups["drawing"].Success ? Drawing
        : m.Groups["revision"].Success ? Revision
        : m.Groups["material"].Success ? Material
        : m.Groups["thickness"].Success ? Thickness
        : Quantity;

    // Labels as drafting templates print them; the drawing label comes first so "DRAWING TITLE" is not a drawing number.
    [GeneratedRegex("""
        ^\s*(?:
           (?<part>part\s*(?:name|no\.?|number)?|drawing\s+title|title|description)
          |(?<drawing>(?:drawing|dwg)\.?\s*(?:no\.?|number|nr\.?|\#))
          |(?<revision>rev(?:ision)?\.?)
          |(?<material>material|mat(?:er)?l\.?)
          |(?<thickness>thickness|thk\.?|gauge|sheet\s+thickness)
          |(?<quantity>qty\.?|quantity|no\.?\s+off|quantity\s+off)
        )\s*(?:[:=\-#]\s*|\s+|$)(?<value>.{0,120}?)\s*$
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Label();
}
