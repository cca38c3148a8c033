using System.Text;
using LaserGrains.Shared.Storage;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace LaserGrains.Gateway.Ingest;

/// <summary>Streams a multipart/form-data request: file parts go straight to the blob store, never into memory; .zip parts are expanded.</summary>
public sealed class MultipartUploadReader(IBlobStore blobs, ZipExpander zips)
{
    private const int MaxFieldLength = 1024;
    private const int MaxFiles = 100;

    public async Task<UploadForm> ReadAsync(HttpRequest request, long maxFileBytes, CancellationToken cancellationToken)
    {
        var boundary = Boundary(request.ContentType);
        // No per-part cap of the reader's own (128 MiB): the blob store enforces LG_MAX_UPLOAD_BYTES while it streams.
        var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = null };
        var files = new List<UploadedFile>();
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)) continue;
                var name = disposition.Name.Value ?? "";
                if (disposition.IsFileDisposition())
                {
                    if (files.Count >= MaxFiles) throw new UploadRejectedException(400, "Too many files", $"At most {MaxFiles} files per request.");
                    var filename = FileName(disposition);
                    if (ZipExpander.IsArchive(filename))
                    {
                        // Spooled to a temp file (a zip is read from its end), never stored as a blob of its own.
                        await using var archive = await blobs.SpoolAsync(section.Body, maxFileBytes, cancellationToken);
                        if (archive.Length == 0) throw new UploadRejectedException(400, "Empty file", $"The file '{filename}' is empty.");
                        files.AddRange(await zips.ExpandAsync(archive, filename, maxFileBytes, cancellationToken));
                    }
                    else
                    {
                        files.Add(await StoreAsync(section, filename, maxFileBytes, cancellationToken));
                    }
                }
                else
                {
                    fields[name] = await ReadFieldAsync(section, name, cancellationToken);
                }
            }
        }
        catch (BlobTooLargeException ex)
        {
            throw new UploadRejectedException(StatusCodes.Status413PayloadTooLarge, "File too large", ex.Message);
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel's own verdict on the body (413 over LG_MAX_REQUEST_BYTES, 400 cut short): keep its status.
            throw new UploadRejectedException(ex.StatusCode, ex.StatusCode == 413 ? "Request too large" : "Broken upload", ex.Message);
        }
        catch (IOException ex) when (ex is not FileNotFoundException)
        {
            throw new UploadRejectedException(400, "Broken upload", $"The multipart body could not be read: {ex.Message}");
        }
        catch (InvalidDataException ex)
        {
            throw new UploadRejectedException(400, "Broken upload", $"The multipart body could not be read: {ex.Message}");
        }

        if (files.Count == 0) throw new UploadRejectedException(400, "Missing file", "The form has no 'file' field with a file in it.");
        return new UploadForm(files, fields);
    }

    private static string FileName(ContentDispositionHeaderValue disposition)
    {
        // The name is taken as sent and refused when it is not a plain name: it is shown, stored and placed in the library.
        var filename = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.Value ?? disposition.FileName.Value ?? "").ToString();
        if (UploadFileName.Problem(filename) is { } problem) throw new UploadRejectedException(400, "Bad file name", problem);
        return filename;
    }

    private async Task<UploadedFile> StoreAsync(MultipartSection section, string filename, long maxFileBytes, CancellationToken cancellationToken)
    {
        var blob = await blobs.PutAsync(section.Body, maxFileBytes, cancellationToken);
        if (blob.Size == 0) throw new UploadRejectedException(400, "Empty file", $"The file '{filename}' is empty.");
        return new UploadedFile(filename, blob);
    }

    private static async Task<string> ReadFieldAsync(MultipartSection section, string name, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(section.Body, Encoding.UTF8);
        var buffer = new char[MaxFieldLength + 1];
        var read = await reader.ReadBlockAsync(buffer, cancellationToken);
        if (read > MaxFieldLength) throw new UploadRejectedException(400, "Field too long", $"The form field '{name}' is longer than {MaxFieldLength} characters.");
        return new string(buffer, 0, read).Trim();
    }

    private static string Boundary(string? contentType)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var media) ||
            !media.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            throw new UploadRejectedException(StatusCodes.Status415UnsupportedMediaType, "Not a form upload",
                "Send the file as multipart/form-data with a 'file' field.");
        }

        var boundary = HeaderUtilities.RemoveQuotes(media.Boundary).Value;
        if (string.IsNullOrEmpty(boundary) || boundary.Length > 200) throw new UploadRejectedException(400, "Bad multipart boundary", "The multipart boundary is missing or too long.");
        return boundary;
    }
}
