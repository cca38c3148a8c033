namespace LaserGrains.Shared.Storage;

/// <summary>Copies an upload to a local temp file that goes away when its stream is disposed (archives are read from there).</summary>
public static class LocalSpool
{
    private const int BufferSize = 81920;

    /// <summary>The copy, positioned at its start; throws <see cref="BlobTooLargeException"/> past <paramref name="maxBytes"/>.</summary>
    public static async Task<Stream> SpoolAsync(string folder, Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".spool");
        var spool = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, BufferSize,
            FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        try
        {
            var buffer = new byte[BufferSize];
            long size = 0;
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                size += read;
                if (size > maxBytes) throw new BlobTooLargeException(maxBytes);
                await spool.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            spool.Position = 0;
            return spool;
        }
        catch
        {
            await spool.DisposeAsync();
            throw;
        }
    }
}
