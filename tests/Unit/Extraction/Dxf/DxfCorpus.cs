using System.Globalization;
using LaserGrains.Tests.Common;

namespace LaserGrains.Tests.Unit.Extraction.Dxf;

/// <summary>One DXF row of tests/corpus/MANIFEST.tsv, with the ezdxf reference figures in the file's own units.</summary>
internal sealed record DxfCorpusRow(string Path, IReadOnlyDictionary<string, string> Columns)
{
    public string Name => System.IO.Path.GetFileName(Path);
    public string EzdxfRead => Columns["ezdxf_read"];
    public bool EzdxfReadable => EzdxfRead is "ok" or "recover";
    public double Length => Number("curve_length_model_units");
    public int ContoursClosed => (int)Number("contours_closed");
    public int ContoursOpen => (int)Number("contours_open");

    /// <summary>bbox_w_h is "W x H"; empty when ezdxf found no extents.</summary>
    public (double W, double H)? Size => Columns["bbox_w_h"] is { Length: > 0 } s
        ? (Parse(s.Split(" x ")[0]), Parse(s.Split(" x ")[1]))
        : null;

    /// <summary>bbox_xmin_ymin_xmax_ymax, four numbers separated by spaces.</summary>
    public double[]? Box => Columns["bbox_xmin_ymin_xmax_ymax"] is { Length: > 0 } s
        ? [.. s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Parse)]
        : null;

    private double Number(string column) => Parse(Columns[column]);

    private static double Parse(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
}

/// <summary>The repository's corpus (tests/corpus) and its manifest.</summary>
internal static class DxfCorpus
{
    public static string Root { get; } = TestEnvironment.CorpusRoot;

    public static IReadOnlyList<DxfCorpusRow> Rows { get; } = Load();

    public static DxfCorpusRow Row(string name) => Rows.Single(r => r.Name == name);

    public static string FullPath(DxfCorpusRow row) => System.IO.Path.Combine(Root, row.Path);

    private static List<DxfCorpusRow> Load()
    {
        var lines = File.ReadAllLines(System.IO.Path.Combine(Root, "MANIFEST.tsv"));
        var header = lines[0].Split('\t');
        var rows = new List<DxfCorpusRow>();
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split('\t');
            var columns = new Dictionary<string, string>();
            for (var i = 0; i < header.Length; i++)
            {
                columns[header[i]] = i < cells.Length ? cells[i] : "";
            }

            if (columns["path"].StartsWith("dxf/", StringComparison.Ordinal))
            {
                rows.Add(new DxfCorpusRow(columns["path"], columns));
            }
        }

        return rows;
    }
}
