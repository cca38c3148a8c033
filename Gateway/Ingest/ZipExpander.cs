using System.IO.Compression;
using LaserGrains.Shared.Storage;
using Microsoft.Extensions.Options;

namespace LaserGrains.Gateway.Ingest;

/// <summary>Expands an uploaded .zip into one stored file per entry, within <see cref="ArchiveLimits"/>; nested archives stay files.</summary>
public sealed class ZipExpander(IBlobStore blobs, IOptions<ArchiveLimits> options)
{
    /// <summary>Only a .zip name is an archive to expand: .xlsx and .docx are zips too, but are files in their own right.</summary>
    public static bool IsArchive(string filename) =>
        filename.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);

    /// <summary>Stores every entry of the seekable <paramref name="archive"/>; entries stored before a refusal are left to the blob collector.</summary>
    public async Task<IReadOnlyList<UploadedFile>> ExpandAsync(Stream archive, string archiveName, long maxFileBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var limits = options.Value;
        try
        {
            await using var zip = await ZipArchive.CreateAsync(archive, ZipArchiveMode.Read, leaveOpen: true, entryNameEncoding: null, cancellationToken);
            var entries = zip.Entries.Where(e => !e.FullName.EndsWith('/') && Path.GetFileName(e.FullName).Length > 0).ToList();
            if (entries.Count == 0) throw Refused($"The archive '{archiveName}' holds no files.");
            if (entries.Count > limits.MaxEntries) throw Refused($"The archive '{archiveName}' holds {entries.Count} files; at most {limits.MaxEntries} are expanded.");
            if (entries.Select(e => EntryProblem(e.FullName)).FirstOrDefault(p => p is not null) is { } bad)
            {
                throw Refused($"The archive '{archiveName}' has {bad}; the upload was refused.");
            }

            var budget = new ArchiveBudget();
            var files = new List<UploadedFile>(entries.Count);
            foreach (var entry in entries)
            {
                var name = Path.GetFileName(entry.FullName);
                await using var bounded = new BoundedEntryStream(await entry.OpenAsync(cancellationToken), name, entry.CompressedLength, budget, limits);
                var blob = await blobs.PutAsync(bounded, maxFileBytes, cancellationToken);
                if (blob.Size > 0) files.Add(new UploadedFile(name, blob));
            }

            return files;
        }
        catch (InvalidDataException ex)
        {
            throw Refused($"The archive '{archiveName}' could not be read: {ex.Message}");
        }
    }

    /// <summary>Why an entry's path is refused: it climbs out ("..") or starts at a root or drive, or its name is not a plain name.</summary>
    private static string? EntryProblem(string fullName)
    {
        var segments = fullName.Split('/');
        var unsafePath = fullName.StartsWith('/') || fullName.Contains('\\', StringComparison.Ordinal) ||
            (fullName.Length > 1 && fullName[1] == ':') || segments.Any(s => s == "..");
        if (unsafePath) return $"an entry named '{UploadFileName.Printable(fullName)}' that points outside the archive";
        var problem = UploadFileName.Problem(segments[^1])
            ?? (segments[..^1].Any(s => s.Any(char.IsControl)) ? "a folder name with a control character" : null);
        return problem is null ? null : $"an entry '{UploadFileName.Printable(fullName)}' refused: {problem}";
    }

    private static UploadRejectedException Refused(string detail) =>
        new(StatusCodes.Status422UnprocessableEntity, "Archive refused", detail);
}
