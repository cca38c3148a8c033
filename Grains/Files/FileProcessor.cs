using System.Diagnostics;
using LaserGrains.Grains.Extraction;
using LaserGrains.Grains.Extraction.CutTime;
using LaserGrains.Grains.Extraction.Metadata;
using LaserGrains.Grains.Extraction.Naming;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Grains.Storage;
using LaserGrains.Grains.Telemetry;
using LaserGrains.Shared.Storage;

namespace LaserGrains.Grains.Files;

/// <summary>The file grain's work that needs no grain: naming, extraction and merging, applied to a state object.</summary>
public sealed class FileProcessor(
    ExtractionPipeline pipeline, IBlobStore blobs, MaterialCatalog materials, CutTimeEstimator estimator, IFilePartStore partStore, ExtractionSlots slots)
{
    /// <summary>Reads what the file name and the upload hints say, and merges it.</summary>
    public void ApplyNames(FileState s)
    {
        ArgumentNullException.ThrowIfNull(s);
        s.FilenameFacts = FilenameParser.Parse(s.OriginalFilename, materials);
        Remerge(s);
    }

    /// <summary>Runs the extractors on the stored bytes; bad input ends as a failed file, never an exception.</summary>
    public async Task ExtractAsync(FileState s, FileGrainOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(options);
        var sha = s.Blob!.Sha256;
        // A re-extraction starts clean: nothing read by an earlier run may survive a run that no longer reads it.
        if (s.PartsTotal > s.Parts.Count) await partStore.RemoveAsync(s.IngestId, cancellationToken);
        s.ContentFacts = FileMetadata.Empty;
        s.Geometry = null;
        s.Defects = [];
        s.Parts = [];
        s.PartsTotal = 0;
        s.Properties = [];
        s.SearchText = null;
        var context = new ExtractionContext { Kind = FileKind.Unknown, KnownThicknessMm = s.Metadata.ThicknessMm?.Value, Limits = options.Limits(), Materials = materials };
        // The extraction timeout starts once a slot is free: waiting in line is not the file's fault.
        var outcome = await slots.RunAsync(async () =>
        {
            var started = Stopwatch.GetTimestamp();
            var ran = await pipeline.RunAsync(() => blobs.OpenRead(sha), s.OriginalFilename, context, cancellationToken);
            FileMetrics.Extracted(ran.Kind, Stopwatch.GetElapsedTime(started));
            return ran;
        }, cancellationToken);

        s.Kind = outcome.Kind;
        s.Extractor = outcome.Extractor;
        s.ExtractorVersion = outcome.ExtractorVersion;
        s.Warnings = outcome.ExtensionMismatch is { } w ? [w] : [];
        if (outcome.Result is not { } result)
        {
            MarkFailed(s, outcome.FailureCode ?? "invalid_file", outcome.FailureReason ?? "The file could not be read.");
            Remerge(s);
            return;
        }

        s.ContentFacts = result.Facts;
        s.Geometry = result.Geometry;
        s.Defects = [.. result.Defects];
        await KeepPartsAsync(s, result.Parts, options.MaxRecordParts, cancellationToken);
        s.Properties = new Dictionary<string, string>(result.Properties);
        s.Warnings.AddRange(result.Warnings);
        s.SearchText = Bound(result.Text, options.MaxSearchTextChars);
        s.Status = FileStatus.Completed;
        s.FailureCode = s.FailureReason = null;
        Remerge(s);
    }

    /// <summary>The part list a person can page through, and the first parts on the record.</summary>
    public async Task<PartsPage> PartsAsync(FileState s, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(s);
        var total = Math.Max(s.PartsTotal, s.Parts.Count);
        var items = total <= s.Parts.Count || (long)offset + limit <= s.Parts.Count
            ? [.. s.Parts.Skip(offset).Take(limit)]
            : await partStore.ReadAsync(s.IngestId, offset, limit, cancellationToken);
        return new PartsPage(total, offset, items);
    }

    /// <summary>Forgets the stored full part list of a hard-deleted file.</summary>
    public async Task ForgetPartsAsync(FileState s, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (s.PartsTotal > s.Parts.Count) await partStore.RemoveAsync(s.IngestId, cancellationToken);
        s.Parts = [];
        s.PartsTotal = 0;
    }

    public static void MarkFailed(FileState s, string code, string reason)
    {
        ArgumentNullException.ThrowIfNull(s);
        s.Status = FileStatus.Failed;
        s.FailureCode = code;
        s.FailureReason = reason;
    }

    /// <summary>Applies a manual correction and merges again.</summary>
    public void Correct(FileState s, MetadataPatch patch)
    {
        ArgumentNullException.ThrowIfNull(s);
        s.ManualFacts = ManualCorrection.Apply(s.ManualFacts, patch, materials);
        Remerge(s);
    }

    private void Remerge(FileState s)
    {
        s.Metadata = MetadataMerger.Merge(s.FilenameFacts, s.ContentFacts, HintFacts.From(s.Hints, materials), s.ManualFacts);
        s.ConfidenceScore = MetadataMerger.ConfidenceScore(s.Metadata);
        // Material, thickness and quantity can change by correction as well as by extraction: the estimate follows them.
        // A LightBurn project carries its own layer speeds and passes: they describe the job better than the shop's table.
        s.CutEstimate = s.Geometry is { } g && s.Status == FileStatus.Completed
            ? g.FileCutSeconds is { } own ? FileOwnEstimate.From(g.CutLengthMm, own, s.Metadata.Quantity?.Value ?? 1)
                : estimator.Estimate(g.CutLengthMm, g.Pierces, s.Metadata.MaterialCode?.Value, s.Metadata.ThicknessMm?.Value, s.Metadata.Quantity?.Value ?? 1)
            : null;
    }

    // A job sheet may list a million parts: the record (grain state, catalog row, events) keeps the first ones and
    // the full list goes to its own table, written before the state that points to it.
    private async Task KeepPartsAsync(FileState s, IReadOnlyList<JobSheetPart> parts, int keep, CancellationToken cancellationToken)
    {
        if (parts.Count > keep) await partStore.ReplaceAsync(s.IngestId, parts, cancellationToken);
        s.Parts = [.. parts.Take(keep)];
        s.PartsTotal = parts.Count;
    }

    private static string? Bound(string? text, int max) =>
        text is null || text.Length <= max ? text : text[..max];
}
