using LaserGrains.Shared.Storage;
using Microsoft.Extensions.Options;

namespace LaserGrains.Grains.Storage;

/// <summary>The library as hard links under &lt;storage root&gt;/library beside the blob objects (a copy where links are impossible).</summary>
public sealed class FileSystemLibrary : ILibrary
{
    private readonly string _root;
    private readonly FileSystemBlobStore _blobs;

    public FileSystemLibrary(IOptions<BlobStoreOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _root = Path.Combine(Path.GetFullPath(options.Value.Root), "library");
        _blobs = new FileSystemBlobStore(options);
        Directory.CreateDirectory(_root);
    }

    public Task<string> LinkAsync(string sha256, string relativePath, CancellationToken cancellationToken) =>
        // File-system calls leave the grain's scheduler; the continuation comes back to the grain.
        Task.Run(() => Link(sha256, relativePath), cancellationToken);

    public Task UnlinkAsync(string relativePath, CancellationToken cancellationToken) =>
        Task.Run(() => { if (File.Exists(FullPath(relativePath))) File.Delete(FullPath(relativePath)); }, cancellationToken);

    public string FullPath(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var full = Path.GetFullPath(Path.Combine(_root, relativePath));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException("A library path stays inside the library.", nameof(relativePath));
        }

        return full;
    }

    private string Link(string sha256, string relativePath)
    {
        var source = _blobs.PathOf(sha256);
        for (var attempt = 0; ; attempt++)
        {
            var candidate = attempt == 0 ? relativePath : LibraryNames.Suffixed(relativePath, attempt);
            var target = FullPath(candidate);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (File.Exists(target))
            {
                if (SameBytes(target, source)) return candidate;
                continue; // another file's bytes hold this name: never overwrite them
            }

            if (!HardLink.TryCreate(source, target)) File.Copy(source, target);
            return candidate;
        }
    }

    private static bool SameBytes(string a, string b)
    {
        var fa = new FileInfo(a);
        var fb = new FileInfo(b);
        if (fa.Length != fb.Length) return false;
        using var sa = fa.OpenRead();
        using var sb = fb.OpenRead();
        return System.Security.Cryptography.SHA256.HashData(sa).AsSpan().SequenceEqual(System.Security.Cryptography.SHA256.HashData(sb));
    }
}
