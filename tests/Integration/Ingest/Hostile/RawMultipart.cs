using System.Text;

namespace LaserGrains.Tests.Integration.Ingest.Hostile;

/// <summary>
/// A multipart/form-data body written byte by byte, so a test can send what a well-behaved client library would
/// refuse to (control characters, slashes and huge names in filename*, lying part headers).
/// </summary>
internal static class RawMultipart
{
    public const string Boundary = "lg-hostile-boundary";

    public static string ContentType => $"multipart/form-data; boundary={Boundary}";

    /// <summary>One file part whose Content-Disposition parameters are <paramref name="disposition"/> verbatim.</summary>
    public static byte[] File(string disposition, byte[] content, string extraHeaders = "")
    {
        using var body = new MemoryStream();
        Write(body, $"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; {disposition}\r\n{extraHeaders}Content-Type: application/octet-stream\r\n\r\n");
        body.Write(content);
        Write(body, $"\r\n--{Boundary}--\r\n");
        return body.ToArray();
    }

    /// <summary>A file part whose name is given as RFC 5987 filename* (UTF-8, percent-encoded), so any character can be sent.</summary>
    public static byte[] FileNamed(string filename, byte[] content) =>
        File($"filename*=UTF-8''{Uri.EscapeDataString(filename)}", content);

    private static void Write(Stream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));
}
