namespace LaserGrains.Shared.Storage.Postgres;

/// <summary>Where a blob's chunks are: its content id, its size and the size of every chunk but the last.</summary>
internal sealed record BlobLocation(long ContentId, long Size, int ChunkBytes)
{
    public const string Query = "SELECT content_id, size_bytes, chunk_bytes FROM lg_blobs WHERE sha256 = @sha";
}
