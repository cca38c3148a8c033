using LaserGrains.Grains.Files;
using LaserGrains.Grains.Interfaces.Events;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Tests.Grains.Files;

/// <summary>A file state with every member set to a value other than its default, so each one appears in the stored JSON.</summary>
internal static class FileStateSample
{
    private static readonly DateTimeOffset Created = new(2025, 10, 14, 8, 30, 0, TimeSpan.Zero);

    public static FileState Create() => new()
    {
        IngestId = 42,
        OriginalFilename = "CL0001-JB-2025-10-CL0001-001-Bracket-MS-5mm-x10-v1.dxf",
        Blob = new BlobRef(new string('a', 64), 12_345),
        Hints = new UploadHints("CL0001", "JB-2025-10-CL0001-001", "Bracket", "Mild Steel", 5, 10),
        Kind = FileKind.DxfAscii,
        Status = FileStatus.Completed,
        FailureCode = "timeout",
        FailureReason = "Extraction took longer than 60 seconds.",
        Metadata = Metadata(MetadataSource.Content),
        FilenameFacts = Metadata(MetadataSource.Filename),
        ContentFacts = Metadata(MetadataSource.Content),
        ManualFacts = Metadata(MetadataSource.Manual),
        Geometry = new GeometrySummary
        {
            Units = "mm", UnitsSource = "insunits", BboxWidthMm = 120.5, BboxHeightMm = 80.25, CutLengthMm = 612.4,
            ClosedContours = 3, OpenContours = 1, Pierces = 3, NetAreaMm2 = 8_900.5,
            EntityCounts = new Dictionary<string, int> { ["LINE"] = 12, ["ARC"] = 4 }, Layers = ["0", "CUT"],
            BboxMinXMm = -10.5, BboxMinYMm = 2.25,
        },
        Defects = [new Defect("open_contour", "A contour is not closed.", 10.5, 20.25, "CUT")],
        Parts = [new JobSheetPart("Parts", 2, "Bracket", "Mild Steel", 5, 10, "DWG-1042", ["finish"])],
        Warnings = ["text not outlined"],
        Properties = new Dictionary<string, string> { ["acadver"] = "AC1032", ["dxf_version"] = "R2018" },
        SearchText = "bracket mild steel",
        StoredFilename = "CL0001-JB-2025-10-CL0001-001-Bracket-MS-5mm-x10-v1.dxf",
        FilePath = "CL0001/JB-2025-10-CL0001-001/CL0001-JB-2025-10-CL0001-001-Bracket-MS-5mm-x10-v1.dxf",
        Version = 1,
        CreatedAt = Created,
        ProcessedAt = Created.AddSeconds(2),
        UpdatedAt = Created.AddSeconds(3),
        Revision = 4,
        ProcessingAttempts = 1,
        ConfidenceScore = 0.9,
        CutEstimate = new CutEstimate(30.5, 1.5, 32, 320, 1_200, "MS 5 mm, shop table"),
        Extractor = "dxf",
        ExtractorVersion = "1.0",
        Outbox = [new FileEvent("evt_42_2", "file.processed", 42, 2, Created.AddSeconds(2), """{"event_type":"file.processed"}""")],
        EventSequence = 2,
        DuplicateOf = 7,
        ExtractionHistory = [new ExtractionRun(Created.AddSeconds(2), "dxf", "1.0", FileStatus.Completed, ["material"], "ingest")],
        LineageKey = "bracket|dxf",
        LineageProject = "JB-2025-10-CL0001-001",
        DeletedAt = Created.AddDays(1),
        StatusBeforeDelete = FileStatus.Completed,
        HardDeleted = true,
        ProjectedRevision = 6,
        ReExtractRequested = true,
        RedactDeliveries = true,
        PartsTotal = 1200,
        CatalogAfterOutbox = true,
        TraceParent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
    };

    private static FileMetadata Metadata(MetadataSource source) => new()
    {
        ClientCode = new("CL0001", source, 0.9),
        ProjectCode = new("JB-2025-10-CL0001-001", source, 0.9),
        PartName = new("Bracket", source, 0.8),
        Material = new("Mild Steel", source, 0.8),
        MaterialCode = new("MS", source, 0.8),
        ThicknessMm = new(5, source, 0.7),
        Quantity = new(10, source, 0.7),
        Revision = new("B", source, 0.6),
        DrawingNumber = new("DWG-1042", source, 0.6),
    };
}
