using System.Globalization;
using System.Text;
using LaserGrains.Grains.Extraction.Naming;
using LaserGrains.Grains.Interfaces.Files;
using Xunit;

namespace LaserGrains.Tests.Unit.Extraction.Naming;

/// <summary>Property-style: Build then Parse gives every fact back, for thousands of generated records.</summary>
public sealed class StoredFilenameRoundTripTests
{
    private const int Cases = 3000;

    private static readonly string[] Words =
    [
        "Bracket", "Top-Plate", "x10", "5mm", "12mm-x3", "MS", "v2", "rev3", "Käse", "Ωmega", "板金", "नमस्ते", "𝐀bc", "mm",
        "JB", "CL0001", "2025-10", "001", "Gusset_Left", "a.b", "Qty", "4off", "0.8", "A-36", "_", "x", "-x-",
    ];

    private static readonly string[] Codes = ["MS", "SS", "AL", "GALV", "ACR", "CORTEN", "X1", "HARDOX"];
    private static readonly double[] Thicknesses = [0.5, 0.8, 1, 1.5, 2, 3, 4.763, 6.35, 10, 12.7, 19.05, 25.4, 50, 0.001];

    [Fact]
    public void BuildThenParse_GeneratedRecords_GivesEveryFactBack()
    {
        var random = new Random(20251021);
        for (var i = 0; i < Cases; i++)
        {
            var (meta, version) = Generate(random);
            var name = StoredFilename.Build(meta, version, random.Next(3) == 0 ? "" : ".DXF");
            var back = FilenameParser.Parse(name);

            Assert.True(name.Length <= StoredFilename.MaxLength, name);
            Assert.Equal(meta.ClientCode?.Value, back.ClientCode?.Value);
            Assert.Equal(meta.ProjectCode?.Value, back.ProjectCode?.Value);
            Assert.Equal(meta.PartName?.Value, back.PartName?.Value);
            Assert.Equal(meta.MaterialCode?.Value, back.MaterialCode?.Value);
            Assert.Equal(meta.ThicknessMm?.Value, back.ThicknessMm?.Value);
            Assert.Equal(meta.Quantity?.Value, back.Quantity?.Value);
            Assert.Equal(version, FilenameParser.ParseVersion(name));
            // Two or more unknown slots: the short form, marked by "--", with no run of tail placeholders.
            if (Unknown(meta) >= 2) Assert.True(name.Contains("--", StringComparison.Ordinal) && !name.Contains("-_-_-", StringComparison.Ordinal), name);
        }
    }

    // Names stored before the short form existed wrote every slot, '_' when unknown; they must read back as before.
    [Fact]
    public void ParseLegacyFullForm_GeneratedRecords_GivesEveryFactBack()
    {
        var random = new Random(20261201);
        for (var i = 0; i < Cases; i++)
        {
            var (meta, version) = Generate(random);
            var name = LegacyName(meta, version);
            var back = FilenameParser.Parse(name);

            Assert.Equal(meta.ClientCode?.Value, back.ClientCode?.Value);
            Assert.Equal(meta.ProjectCode?.Value, back.ProjectCode?.Value);
            Assert.Equal(meta.PartName?.Value, back.PartName?.Value);
            Assert.Equal(meta.MaterialCode?.Value, back.MaterialCode?.Value);
            Assert.Equal(meta.ThicknessMm?.Value, back.ThicknessMm?.Value);
            Assert.Equal(meta.Quantity?.Value, back.Quantity?.Value);
            Assert.Equal(version, FilenameParser.ParseVersion(name));
        }
    }

    [Fact]
    public void Build_GeneratedRecords_IsSafeAndDeterministic()
    {
        var random = new Random(7);
        for (var i = 0; i < Cases; i++)
        {
            var (meta, version) = Generate(random);
            var name = StoredFilename.Build(meta, version, ".dxf");

            Assert.Equal(name, StoredFilename.Build(meta, version, ".dxf"));
            Assert.DoesNotContain("..", name, StringComparison.Ordinal);
            Assert.DoesNotContain(name, c => c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' || char.IsControl(c) || char.IsWhiteSpace(c));
            Assert.False(name.StartsWith('.') || name.EndsWith('.'), name);
            Assert.False(SafeName.IsReservedWindowsName(name), name);
        }
    }

    private static (FileMetadata Meta, int Version) Generate(Random r)
    {
        var meta = new FileMetadata
        {
            ClientCode = Maybe(r, () => r.Next(2) == 0 ? $"CL{r.Next(10000):D4}" : $"C{r.Next(100)}X"),
            ProjectCode = Maybe(r, () => r.Next(3) switch
            {
                0 => $"JB-{r.Next(2020, 2030)}-{r.Next(1, 13):D2}-CL{r.Next(10000):D4}-{r.Next(1000):D3}",
                1 => "JB",
                _ => $"P{r.Next(1000)}",
            }),
            PartName = Maybe(r, () => PartName(r)),
            MaterialCode = Maybe(r, () => Codes[r.Next(Codes.Length)]),
            ThicknessMm = r.Next(5) == 0 ? null : F(Thicknesses[r.Next(Thicknesses.Length)]),
            Quantity = r.Next(5) == 0 ? null : F(r.Next(4) == 0 ? r.Next(1, int.MaxValue) : r.Next(1, 500)),
        };
        return (meta, r.Next(4) == 0 ? r.Next(0, int.MaxValue) : r.Next(1, 20));
    }

    // Part names as the stored form keeps them: words of letters, digits, '-' and single '.', split by single spaces.
    private static string PartName(Random r)
    {
        var sb = new StringBuilder();
        var count = r.Next(1, 5);
        for (var i = 0; i < count; i++)
        {
            if (i > 0) sb.Append(r.Next(3) == 0 ? "-" : " ");
            sb.Append(r.Next(4) == 0 ? r.Next(100000).ToString(CultureInfo.InvariantCulture) : Words[r.Next(Words.Length)]);
        }

        var text = sb.ToString().Replace('_', ' ').Trim(' ', '-', '.');
        while (text.Contains("  ", StringComparison.Ordinal)) text = text.Replace("  ", " ", StringComparison.Ordinal);
        text = text.Replace(" -", "-", StringComparison.Ordinal).Replace("- ", "-", StringComparison.Ordinal);
        return text.Length == 0 ? "Part" : text;
    }

    private static int Unknown(FileMetadata m) =>
        new object?[] { m.ClientCode, m.ProjectCode, m.PartName, m.MaterialCode, m.ThicknessMm, m.Quantity }.Count(f => f is null);

    private static string LegacyName(FileMetadata m, int version)
    {
        static string Or(string? v) => string.IsNullOrEmpty(v) ? "_" : v;
        var project = m.ProjectCode?.Value == "JB" ? "JB_" : m.ProjectCode?.Value;
        string[] slots =
        [
            Or(m.ClientCode?.Value), Or(project), Or(m.PartName?.Value.Replace(' ', '_')), Or(m.MaterialCode?.Value),
            m.ThicknessMm is { } t ? Thickness.Format(t.Value) + "mm" : "_",
            m.Quantity is { } q ? "x" + q.Value.ToString(CultureInfo.InvariantCulture) : "_",
            "v" + version.ToString(CultureInfo.InvariantCulture),
        ];
        return string.Join('-', slots) + ".dxf";
    }

    private static MetadataField<string>? Maybe(Random r, Func<string> value) => r.Next(5) == 0 ? null : F(value());

    private static MetadataField<T> F<T>(T value) => new(value, MetadataSource.Manual, 1);
}
