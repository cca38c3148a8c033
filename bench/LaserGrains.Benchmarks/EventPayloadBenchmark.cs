using BenchmarkDotNet.Attributes;
using LaserGrains.Grains.Events;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Benchmarks;

/// <summary>
/// One webhook event body of a completed DXF (the load generator's circle, with the facts extraction gives it): built as
/// a JSON tree and then written (how every body was made before session 8, and how a body too big is still shortened)
/// against written straight to text.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class EventPayloadBenchmark
{
    private static readonly DateTimeOffset At = new(2026, 12, 2, 3, 0, 0, TimeSpan.Zero);

    private readonly FileRecord _record = new()
    {
        IngestId = 123_456, OriginalFilename = "loadgen-circle.dxf", StoredFilename = "UNASSIGNED-loadgen-circle-v17.dxf",
        FilePath = "library/_unassigned/dxf/UNASSIGNED-loadgen-circle-v17.dxf", Kind = FileKind.DxfAscii, FileSize = 149,
        Sha256 = new string('c', 64), Status = FileStatus.Completed, CreatedAt = At, ProcessedAt = At.AddMilliseconds(9), Version = 17,
        ConfidenceScore = 0.35,
        Metadata = FileMetadata.Empty with { PartName = new MetadataField<string>("loadgen-circle", MetadataSource.Filename, 0.5) },
        Geometry = new GeometrySummary
        {
            Units = "mm", UnitsSource = "$INSUNITS", BboxWidthMm = 50, BboxHeightMm = 50, CutLengthMm = 157.08, ClosedContours = 1,
            Pierces = 1, NetAreaMm2 = 1963.5, EntityCounts = new Dictionary<string, int> { ["CIRCLE"] = 1 }, Layers = ["0"],
            BboxMinXMm = -25, BboxMinYMm = -25, FileCutSeconds = 4.2,
        },
        Warnings = ["No material in the name or the drawing", "No thickness in the name or the drawing"],
    };

    [Benchmark(Baseline = true)]
    public string TreeThenText() => EventBodyLimit.Fit(FileEventPayload.Tree("file.processed", _record, 2, At, null), EventBodyLimit.DefaultMaxBytes);

    [Benchmark]
    public string StraightToText() => FileEventPayload.Create("file.processed", _record, 2, At).Payload;
}
