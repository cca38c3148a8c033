using System.Text.RegularExpressions;
using LaserGrains.Grains.Extraction.Common;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction.Excel;

/// <summary>Job-level facts from labelled cells ("Client:", "Customer", "Job No") above or beside the part list.</summary>
internal static partial class JobFields
{
    public const double CodeConfidence = 0.9;
    public const double RawJobNumberConfidence = 0.6;

    /// <summary>Records a client or job label's value in the facts (codes) or the properties (names); other labels change nothing.</summary>
    public static FileMetadata Apply(FileMetadata facts, string label, string value, IDictionary<string, string> properties)
    {
        var v = value.Trim();
        if (v.Length == 0) return facts;
        if (ClientLabel().IsMatch(label))
        {
            var code = ClientCode().Match(v);
            if (!code.Success) properties.TryAdd("client_name", v);
            return code.Success && facts.ClientCode is null ? facts with { ClientCode = ContentFacts.Field(code.Value, CodeConfidence) } : facts;
        }

        if (JobLabel().IsMatch(label) && facts.ProjectCode is null)
        {
            var job = JobCode().Match(v);
            return job.Success
                ? facts with
                {
                    ProjectCode = ContentFacts.Field(job.Value, CodeConfidence),
                    ClientCode = facts.ClientCode ?? ContentFacts.Field(job.Groups["client"].Value, CodeConfidence),
                }
                : facts with { ProjectCode = ContentFacts.Field(v, RawJobNumberConfidence) };
        }

        return facts;
    }

    /// <summary>Splits "Client: CL0042" into label and value; a cell holding only a label returns an empty value.</summary>
    public static (string Label, string Value)? SplitLabel(string cellText)
    {
        var m = Labelled().Match(cellText);
        return m.Success ? (m.Groups["label"].Value, m.Groups["value"].Value) : null;
    }

    [GeneratedRegex(@"^\s*(?<label>client(?:\s*(?:code|name|no\.?))?|customer(?:\s*(?:code|name|no\.?))?|job\s*(?:no\.?|number|code|\#|ref)|job|project(?:\s*(?:no\.?|code))?)\s*(?:[:\-#]\s*(?<value>.*)|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"^(?:client|customer)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClientLabel();

    [GeneratedRegex(@"^(?:job|project)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JobLabel();

    [GeneratedRegex(@"\bCL\d{4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClientCode();

    [GeneratedRegex(@"\bJB-\d{4}-(?:0[1-9]|1[0-2])-(?<client>CL\d{4})-\d{3}\b", RegexOptions.CultureInvariant)]
    private static partial Regex JobCode();
}
