namespace LaserGrains.Grains.Extraction.Common;

/// <summary>Reads a whole input into memory, refusing anything larger than the limits allow.</summary>
internal static class InputBuffer
{
    private const int ChunkSize = 81_920;

    /// <summary>The stream's bytes; throws "limit_exceeded" once more than MaxBytes arrive.</summary>
    public static byte[] ReadAll(Stream content, ExtractionLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkSize];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (buffer.Length + read > limits.MaxBytes)
            {
                throw new ExtractionFailedException("limit_exceeded", $"The file is larger than the {limits.MaxBytes / (1024 * 1024)} MB limit.");
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0) throw new ExtractionFailedException("invalid_file", "The file is empty.");
        return buffer.ToArray();
    }
}
