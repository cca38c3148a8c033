namespace LaserGrains.Gateway.Ingest;

/// <summary>Reads one archive entry and stops the moment it expands past what the limits allow, whatever its header claims.</summary>
internal sealed class BoundedEntryStream(Stream inner, string name, long compressedBytes, ArchiveBudget budget, ArchiveLimits limits) : Stream
{
    private long _read;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }

    private int Count(int n)
    {
        _read += n;
        budget.Spend(n, limits.MaxTotalBytes);
        if (_read > limits.RatioFloorBytes && _read > Math.Max(1, compressedBytes) * limits.MaxRatio)
        {
            throw new UploadRejectedException(StatusCodes.Status422UnprocessableEntity, "Archive refused",
                $"The archive entry '{name}' expands more than {limits.MaxRatio}:1 (a zip bomb?); the upload was refused.");
        }

        return n;
    }
}

/// <summary>Bytes expanded so far from one archive, against its total limit.</summary>
internal sealed class ArchiveBudget
{
    private long _spent;

    public void Spend(long bytes, long limit)
    {
        _spent += bytes;
        if (_spent > limit)
        {
            throw new UploadRejectedException(StatusCodes.Status422UnprocessableEntity, "Archive refused",
                $"The archive expands to more than {limit} bytes in all; the upload was refused.");
        }
    }
}
