using System.Text.RegularExpressions;

namespace LaserGrains.Grains.Extraction.Naming;

/// <summary>The shop's code formats: client "CL0001" and project "JB-2025-10-CL0001-001" (JB-year-month-client-sequence).</summary>
public static partial class JobCodes
{
    /// <summary>True when <paramref name="code"/> has the project format, so its dashes belong to it.</summary>
    public static bool IsProjectCode(string code) => ProjectExact().IsMatch(code);

    /// <summary>Project codes written anywhere in <paramref name="text"/>, with the client code each contains.</summary>
    public static IEnumerable<(string Project, string Client, int Index, int Length)> FindProjects(string text) =>
        ProjectInText().Matches(text).Select(m => (m.Value.ToUpperInvariant(), m.Groups["client"].Value.ToUpperInvariant(), m.Index, m.Length));

    /// <summary>Client codes written on their own in <paramref name="text"/>.</summary>
    public static IEnumerable<TextSpan<string>> FindClients(string text) =>
        ClientInText().Matches(text).Select(m => new TextSpan<string>(m.Value.ToUpperInvariant(), m.Index, m.Length, 0.75));

    [GeneratedRegex(@"^JB-\d{4}-\d{2}-[A-Z0-9]+-\d{1,6}$", RegexOptions.CultureInvariant)]
    private static partial Regex ProjectExact();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])JB-\d{4}-\d{2}-(?<client>CL\d{3,8})-\d{1,6}(?![\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProjectInText();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])CL\d{4,8}(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClientInText();
}
