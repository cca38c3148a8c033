using System.Buffers;
using System.Security.Cryptography;
using LaserGrains.Grains.Interfaces.Files;
using Microsoft.Extensions.Options;

namespace LaserGrains.Shared.Storage;

/// <summary>Blob store on the local file system: objects/ab/cd/&lt;sha256&gt;, written through a temp file and renamed.</summary>
public sealed class FileSystemBlobStore : IBlobStore
{
    private const int BufferSize = 81920;
    private readonly string _objects;
    private readonly string _incoming;

    private readonly TimeProvider _time;

    public FileSystemBlobStore(IOptions<BlobStoreOptions> options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = time ?? TimeProvider.System;
        var root = Path.GetFullPath(options.Value.Root);
        _objects = Path.Combine(root, "objects");
        _incoming = Path.Combine(root, "incoming");
        Directory.CreateDirectory(_objects);
        Directory.CreateDirectory(_incoming);
    }

    public async Task<BlobRef> PutAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var temp = Path.Combine(_incoming, Guid.NewGuid().ToString("N"));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long size = 0;
        try
        {
            // Unbuffered: the copy already writes whole pooled buffers, and most uploads are a few KB.
            await using (var target = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0, useAsync: true))
            {
                var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
                try
                {
                    int read;
                    while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                    {
                        size += read;
                        if (size > maxBytes) throw new BlobTooLargeException(maxBytes);
                        hash.AppendData(buffer, 0, read);
                        await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    }
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }

                target.Flush(flushToDisk: true);
            }

            var sha = Convert.ToHexStringLower(hash.GetHashAndReset());
            var final = PathOf(sha);
            Directory.CreateDirectory(Path.GetDirectoryName(final)!);
            if (Refresh(final)) File.Delete(temp);
            else File.Move(temp, final, overwrite: true);
            return new BlobRef(sha, size);
        }
        catch
        {
            if (File.Exists(temp)) File.Delete(temp);
            throw;
        }
    }

    public Stream OpenRead(string sha256) =>
        new FileStream(PathOf(sha256), FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true);

    public bool Exists(string sha256) => File.Exists(PathOf(sha256));

    public Task DeleteAsync(string sha256, CancellationToken cancellationToken)
    {
        var path = PathOf(sha256);
        if (File.Exists(path)) File.Delete(path);
        return Task.CompletedTask;
    }

    public Task<Stream> SpoolAsync(Stream content, long maxBytes, CancellationToken cancellationToken) =>
        LocalSpool.SpoolAsync(_incoming, content, maxBytes, cancellationToken);

    public Task<Stream> OpenReadAsync(string sha256, CancellationToken cancellationToken) =>
        Exists(sha256) ? Task.FromResult(OpenRead(sha256)) : Task.FromException<Stream>(new FileNotFoundException($"No blob {sha256} in the store."));

    public async Task<string?> ProblemAsync(CancellationToken cancellationToken)
    {
        // A probe written and read back in incoming/ proves the folder is there, writable and readable.
        var probe = Path.Combine(_incoming, "probe-" + Guid.NewGuid().ToString("N"));
        try
        {
            await File.WriteAllBytesAsync(probe, [1], cancellationToken);
            return (await File.ReadAllBytesAsync(probe, cancellationToken)).Length == 1 ? null : $"the blob folder {_incoming} does not read back what was written.";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"cannot write the blob folder {_incoming}: {ex.Message}";
        }
        finally
        {
            if (File.Exists(probe)) File.Delete(probe);
        }
    }

    /// <summary>Takes <paramref name="sha256"/> out of the store unless it was written or re-uploaded after <paramref name="cutoff"/>.</summary>
    public bool CollectIfOlder(string sha256, DateTimeOffset cutoff)
    {
        var path = PathOf(sha256);
        var quarantine = Path.Combine(_incoming, sha256 + ".collect");
        try
        {
            File.Move(path, quarantine, overwrite: true); // atomic: an upload from now on writes its own copy
        }
        catch (FileNotFoundException)
        {
            return false;
        }

        if (File.GetLastWriteTimeUtc(quarantine) < cutoff.UtcDateTime)
        {
            File.Delete(quarantine);
            return true;
        }

        // Re-uploaded just before the move: put it back (unless a newer upload already did).
        try
        {
            File.Move(quarantine, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(quarantine);
        }

        return false;
    }

    public IEnumerable<StoredBlob> List()
    {
        foreach (var file in Directory.EnumerateFiles(_objects, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(file);
            if (name.Length == 64) yield return new StoredBlob(name, File.GetLastWriteTimeUtc(file));
        }
    }

    public int RemoveAbandonedUploads(DateTimeOffset cutoff)
    {
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(_incoming))
        {
            if (File.GetLastWriteTimeUtc(file) >= cutoff.UtcDateTime) continue;
            File.Delete(file);
            removed++;
        }

        return removed;
    }

    // An upload of bytes already stored marks them as fresh, so the collector's grace period counts from this upload.
    private bool Refresh(string final)
    {
        // New bytes are the usual case: asked first, so it costs no exception (the catch is for a collector racing us).
        if (!File.Exists(final)) return false;
        try
        {
            File.SetLastWriteTimeUtc(final, _time.GetUtcNow().UtcDateTime);
            return true;
        }
        catch (FileNotFoundException)
        {
            return false;
        }
    }

    internal string PathOf(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(Uri.IsHexDigit))
        {
            throw new ArgumentException("A blob is addressed by a 64-character hex SHA-256.", nameof(sha256));
        }

        return Path.Combine(_objects, sha256[..2], sha256[2..4], sha256);
    }
}
