namespace LaserGrains.LoadGen.Payload;

/// <summary>Makes every upload's bytes unique while the drawing stays the same: a DXF comment (group 999) first.</summary>
/// <remarks>Readers skip 999 groups and exporters write them first, so content detection and extraction see the same file;
/// the comment keeps the template's line ending so a CRLF file stays CRLF.</remarks>
public static class DxfVariation
{
    public static byte[] Vary(ReadOnlySpan<byte> template, string runId, long counter)
    {
        var newline = template.IndexOf((byte)'\n') is var i and > 0 && template[i - 1] == (byte)'\r' ? "\r\n" : "\n";
        var comment = System.Text.Encoding.ASCII.GetBytes($"999{newline}lasergrains-loadgen {runId} {counter}{newline}");
        var bytes = new byte[comment.Length + template.Length];
        comment.CopyTo(bytes, 0);
        template.CopyTo(bytes.AsSpan(comment.Length));
        return bytes;
    }
}
