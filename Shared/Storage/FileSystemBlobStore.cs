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

    public FileSystemBlobStore(IOptions<BlobStoreOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
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
            await using (var target = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
            {
                var buffer = new byte[BufferSize];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    size += read;
                    if (size > maxBytes) throw new BlobTooLargeException(maxBytes);
                    hash.AppendData(buffer, 0, read);
                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }

                await target.FlushAsync(cancellationToken);
                target.Flush(flushToDisk: true);
            }

            var sha = Convert.ToHexStringLower(hash.GetHashAndReset());
            var final = PathOf(sha);
            Directory.CreateDirectory(Path.GetDirectoryName(final)!);
            if (File.Exists(final)) File.Delete(temp);
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

    internal string PathOf(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(Uri.IsHexDigit))
        {
            throw new ArgumentException("A blob is addressed by a 64-character hex SHA-256.", nameof(sha256));
        }

        return Path.Combine(_objects, sha256[..2], sha256[2..4], sha256);
    }
}
